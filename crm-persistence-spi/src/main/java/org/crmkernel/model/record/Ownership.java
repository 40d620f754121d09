package org.crmkernel.model.record;

import java.util.Objects;
import org.crmkernel.model.id.BusinessUnitId;

/**
 * A record's owner and owning business unit. The unit is the owner's unit at the time of
 * assignment, as in Dynamics 365; access depths are measured from it.
 */
public record Ownership(Owner owner, BusinessUnitId owningUnitId) {

  /** Rejects missing parts. */
  public Ownership {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(owningUnitId, "owningUnitId");
  }
}
