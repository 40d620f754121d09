package org.crmkernel.access;

import java.util.Objects;
import org.crmkernel.model.id.RecordKind;

/**
 * Where an offboarding stands after a batch.
 *
 * @param kind the kind being reassigned
 * @param reassigned how many records of that kind are reassigned so far
 * @param total how many the user owned when the offboarding started
 */
public record OffboardingProgress(RecordKind kind, long reassigned, long total) {

  /** Rejects a missing kind. */
  public OffboardingProgress {
    Objects.requireNonNull(kind, "kind");
  }
}
