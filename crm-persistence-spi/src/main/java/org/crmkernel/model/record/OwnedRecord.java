package org.crmkernel.model.record;

import org.crmkernel.model.id.RecordId;

/**
 * A record with an owner and an owning business unit, and a lifecycle state.
 *
 * @param <I> the id type
 */
public sealed interface OwnedRecord<I extends RecordId> extends CrmRecord<I>
    permits org.crmkernel.model.customer.Account, org.crmkernel.model.customer.Contact,
        org.crmkernel.model.customer.Lead,
        org.crmkernel.model.pipeline.Deal, org.crmkernel.model.activity.Activity {

  /** Owner and owning unit. */
  Ownership ownership();

  /** Active or archived. */
  RecordState state();
}
