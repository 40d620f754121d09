package org.crmkernel.customer.internal;

import java.util.Optional;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.spi.StoreTransaction;

/** Finds an owned record of any kind by reference. */
public final class OwnedRecords {

  private OwnedRecords() {}

  /** The owned record {@code ref} names, if it exists in the tenant. */
  public static Optional<? extends OwnedRecord<?>> find(StoreTransaction tx, TenantId tenant, RecordRef ref) {
    return switch (ref.kind()) {
      case ACCOUNT -> tx.accounts().find(tenant, AccountId.of(ref.id()));
      case CONTACT -> tx.contacts().find(tenant, ContactId.of(ref.id()));
      case LEAD -> tx.leads().find(tenant, LeadId.of(ref.id()));
      case DEAL -> tx.deals().find(tenant, org.crmkernel.model.id.DealId.of(ref.id()));
      case ACTIVITY -> tx.activities().find(tenant, org.crmkernel.model.id.ActivityId.of(ref.id()));
      default -> Optional.empty();
    };
  }
}
