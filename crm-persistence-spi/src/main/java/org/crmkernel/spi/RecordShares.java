package org.crmkernel.spi;

import java.util.List;
import java.util.Optional;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TenantId;

/**
 * Shares of owned records. A record has at most one share per grantee: inserting a second one
 * fails with a {@link org.crmkernel.model.error.DuplicateRecordException}. Stores index shares
 * by record and by grantee, since every access decision and visible page may consult them.
 */
public interface RecordShares extends RecordStore<ShareId, RecordShare> {

  /** The shares of {@code record}, in share id order. */
  List<RecordShare> sharesOf(TenantId tenant, RecordRef record);

  /** The share of {@code record} with {@code grantee}, if any. */
  Optional<RecordShare> find(TenantId tenant, RecordRef record, Principal grantee);
}
