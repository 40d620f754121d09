package org.crmkernel.customer.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmkernel.access.OffboardingProgress;
import org.crmkernel.access.OffboardingReport;
import org.crmkernel.access.OffboardingService;
import org.crmkernel.internal.AccessVersion;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/** Offboards a user: deactivation first, then reassignment in batches, one correlation id throughout. */
public final class DefaultOffboardingService implements OffboardingService {

  /** The owned kinds an offboarding reassigns, in this order. */
  private static final List<RecordKind> OWNED_KINDS =
      List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD, RecordKind.DEAL, RecordKind.ACTIVITY);


  /** The largest batch one transaction takes. */
  static final int MAX_BATCH = 1_000;

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service for {@code session}. */
  public DefaultOffboardingService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public OffboardingReport offboard(UserId user, Owner successor, int batchSize, Consumer<OffboardingProgress> progress) {
    Arguments.present(user, "user");
    Arguments.present(successor, "successor");
    Arguments.present(progress, "progress");
    Violations problems = new Violations();
    problems.check(batchSize >= 1 && batchSize <= MAX_BATCH, "batchSize", "out_of_range", "a batch is 1 to " + MAX_BATCH + " records");
    problems.check(!successor.equals(Owner.user(user)), "successor", "same_user", "a user cannot succeed themselves");
    problems.check(!session.userId().map(user::equals).orElse(false), "user", "self", "a user cannot offboard themselves");
    problems.throwIfAny();
    CorrelationId correlation = session.correlationId().orElseGet(() -> CorrelationId.generate(session.kernel().clock()));
    SessionContext one = new SessionContext(session.kernel(), session.tenantId(), session.actor(), Optional.of(correlation));
    if (!one.guard().isSystem()) {
      checkEverythingFirst(one, user);
    }
    Map<RecordKind, Long> totals = work.write(one, changes -> {
      User current = changes.tx().users().get(one.tenantId(), user);
      one.guard().require(changes.tx(), Privilege.WRITE, AccessTarget.of(current));
      Violations violations = new Violations();
      Owners.resolve(changes.tx(), one.tenantId(), Optional.of(successor), one.actor(), violations);
      violations.throwIfAny();
      if (current.active()) {
        User inactive = new User(current.id(), current.tenantId(), current.fullName(), current.email(),
            current.businessUnitId(), current.managerId(), false, current.roleIds(), current.revision().next(changes.now()));
        changes.tx().users().update(inactive, current.version());
        changes.record(AuditOperation.UPDATE, EventType.USER_CHANGED, inactive.ref(), inactive.version(),
            List.of(FieldChange.of("active", Optional.of("true"), Optional.of("false"))));
        AccessVersion.bump(changes);
      }
      Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
      counts.put(RecordKind.ACCOUNT, changes.tx().accounts().count(one.tenantId(), Filter.eq(AccountFields.OWNER_ID, user.value())));
      counts.put(RecordKind.CONTACT, changes.tx().contacts().count(one.tenantId(), Filter.eq(ContactFields.OWNER_ID, user.value())));
      counts.put(RecordKind.LEAD, changes.tx().leads().count(one.tenantId(), Filter.eq(LeadFields.OWNER_ID, user.value())));
      counts.put(RecordKind.DEAL, changes.tx().deals().count(one.tenantId(), Filter.eq(DealFields.OWNER_ID, user.value())));
      counts.put(RecordKind.ACTIVITY,
          changes.tx().activities().count(one.tenantId(), Filter.eq(ActivityFields.OWNER_ID, user.value())));
      return counts;
    });
    Map<RecordKind, Long> moved = new EnumMap<>(RecordKind.class);
    int batches = 0;
    for (RecordKind kind : OWNED_KINDS) {
      long done = 0;
      while (true) {
        int count = work.write(one, changes -> {
          Violations violations = new Violations();
          Ownership ownership = Owners.resolve(changes.tx(), one.tenantId(), Optional.of(successor), one.actor(), violations);
          violations.throwIfAny();
          List<? extends OwnedRecord<?>> batch = ownedBy(changes.tx(), kind, user, batchSize);
          for (OwnedRecord<?> record : batch) {
            Reassignment.apply(changes, record, java.util.Objects.requireNonNull(ownership));
          }
          return batch.size();
        });
        if (count == 0) {
          break;
        }
        batches++;
        done += count;
        progress.accept(new OffboardingProgress(kind, done, Math.max(done, totals.getOrDefault(kind, 0L))));
      }
      moved.put(kind, done);
    }
    return new OffboardingReport(user, successor, moved, batches, correlation);
  }

  /**
   * A user session's checks for the whole offboarding, before anything is written: write on the
   * user, and read and assign on every record they own (batches later check again, as records
   * may change meanwhile), so that a denial leaves the user active and every record in place.
   */
  private void checkEverythingFirst(SessionContext one, UserId user) {
    work.read(one, tx -> {
      one.guard().require(tx, Privilege.WRITE, AccessTarget.of(tx.users().get(one.tenantId(), user)));
      try (var accounts = tx.accounts().scan(one.tenantId(), Filter.eq(AccountFields.OWNER_ID, user.value()));
          var contacts = tx.contacts().scan(one.tenantId(), Filter.eq(ContactFields.OWNER_ID, user.value()));
          var leads = tx.leads().scan(one.tenantId(), Filter.eq(LeadFields.OWNER_ID, user.value()));
          var deals = tx.deals().scan(one.tenantId(), Filter.eq(DealFields.OWNER_ID, user.value()));
          var activities = tx.activities().scan(one.tenantId(), Filter.eq(ActivityFields.OWNER_ID, user.value()))) {
        java.util.stream.Stream.<java.util.stream.Stream<? extends OwnedRecord<?>>>of(accounts, contacts, leads, deals,
            activities).flatMap(s -> s).forEach(record -> {
          one.guard().require(tx, Privilege.READ, AccessTarget.of(record));
          one.guard().require(tx, Privilege.ASSIGN, AccessTarget.of(record));
        });
      }
      return null;
    });
  }

  private List<? extends OwnedRecord<?>> ownedBy(StoreTransaction tx, RecordKind kind, UserId user, int limit) {
    return switch (kind) {
      case ACCOUNT -> tx.accounts().query(session.tenantId(),
          new Query<>(Filter.eq(AccountFields.OWNER_ID, user.value()), Sort.byId(), limit, Optional.empty())).items();
      case CONTACT -> tx.contacts().query(session.tenantId(),
          new Query<>(Filter.eq(ContactFields.OWNER_ID, user.value()), Sort.byId(), limit, Optional.empty())).items();
      case LEAD -> tx.leads().query(session.tenantId(),
          new Query<>(Filter.eq(LeadFields.OWNER_ID, user.value()), Sort.byId(), limit, Optional.empty())).items();
      case DEAL -> tx.deals().query(session.tenantId(),
          new Query<>(Filter.eq(DealFields.OWNER_ID, user.value()), Sort.byId(), limit, Optional.empty())).items();
      case ACTIVITY -> tx.activities().query(session.tenantId(),
          new Query<>(Filter.eq(ActivityFields.OWNER_ID, user.value()), Sort.byId(), limit, Optional.empty())).items();
      default -> throw new IllegalStateException(kind + " records have no owner");
    };
  }
}
