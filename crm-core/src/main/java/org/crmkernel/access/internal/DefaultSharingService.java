package org.crmkernel.access.internal;

import java.util.List;
import java.util.Set;
import org.crmkernel.access.SharingService;
import org.crmkernel.customer.internal.OwnedRecords;
import org.crmkernel.customer.internal.Shares;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;

/** Sharing through {@link Shares}, one unit of work per call. */
public final class DefaultSharingService implements SharingService {

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service for {@code session}. */
  public DefaultSharingService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public RecordShare shareWith(RecordRef record, Principal grantee, Set<Privilege> rights) {
    checkArguments(record, grantee, rights);
    Set<Privilege> copy = Set.copyOf(rights);
    return work.write(session, changes -> Shares.grantAsPartOf(changes, owned(changes.tx(), record), grantee, copy));
  }

  @Override
  public RecordShare modifyShare(RecordRef record, Principal grantee, Set<Privilege> rights) {
    checkArguments(record, grantee, rights);
    Set<Privilege> copy = Set.copyOf(rights);
    return work.write(session, changes -> Shares.modifyAsPartOf(changes, owned(changes.tx(), record), grantee, copy));
  }

  @Override
  public void revokeShare(RecordRef record, Principal grantee) {
    Arguments.present(record, "record");
    Arguments.present(grantee, "grantee");
    work.write(session, changes -> {
      Shares.revokeAsPartOf(changes, owned(changes.tx(), record), grantee);
      return null;
    });
  }

  @Override
  public List<RecordShare> sharesOf(RecordRef record) {
    Arguments.present(record, "record");
    return work.read(session, tx -> {
      OwnedRecord<?> owned = owned(tx, record);
      session.guard().require(tx, Privilege.READ, AccessTarget.of(owned));
      return tx.recordShares().sharesOf(session.tenantId(), record);
    });
  }

  private static void checkArguments(RecordRef record, Principal grantee, Set<Privilege> rights) {
    Arguments.present(record, "record");
    Arguments.present(grantee, "grantee");
    Arguments.present(rights, "rights");
    if (rights.stream().anyMatch(java.util.Objects::isNull)) {
      throw CrmValidationException.of("rights", "required", "a right must not be null");
    }
  }

  private OwnedRecord<?> owned(StoreTransaction tx, RecordRef record) {
    if (!record.kind().isOwned()) {
      throw CrmValidationException.of("record", "not_shareable", record.kind() + " records cannot be shared");
    }
    return OwnedRecords.find(tx, session.tenantId(), record).orElseThrow(() -> new RecordNotFoundException(record));
  }
}
