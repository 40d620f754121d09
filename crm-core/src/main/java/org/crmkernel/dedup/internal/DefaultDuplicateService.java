package org.crmkernel.dedup.internal;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkernel.dedup.DuplicateKind;
import org.crmkernel.dedup.DuplicateScan;
import org.crmkernel.dedup.DuplicateService;
import org.crmkernel.dedup.MatchCancellation;
import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.MatchProgressListener;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.MatchRecords;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;

/** Duplicate scans through a session: the store's records streamed into the matcher in one read transaction. */
public final class DefaultDuplicateService implements DuplicateService {

  private final SessionContext session;
  private final UnitOfWork work;

  /** The service of {@code session}. */
  public DefaultDuplicateService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public DuplicateScan scan(DuplicateKind kind) {
    return new Scan(Objects.requireNonNull(kind, "kind"));
  }

  private final class Scan implements DuplicateScan {
    private final DuplicateKind kind;
    private MatchRules rules;
    private int threads = Runtime.getRuntime().availableProcessors();
    private MatchProgressListener listener = MatchProgressListener.NONE;
    private MatchCancellation cancellation = new MatchCancellation();
    private boolean includeArchived;

    Scan(DuplicateKind kind) {
      this.kind = kind;
      this.rules = kind.defaultRules();
    }

    @Override
    public DuplicateScan rules(MatchRules value) {
      this.rules = Objects.requireNonNull(value, "rules");
      return this;
    }

    @Override
    public DuplicateScan threads(int value) {
      MatchEngine.checkThreads(value);
      this.threads = value;
      return this;
    }

    @Override
    public DuplicateScan progress(MatchProgressListener value) {
      this.listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    @Override
    public DuplicateScan cancellation(MatchCancellation value) {
      this.cancellation = Objects.requireNonNull(value, "cancellation");
      return this;
    }

    @Override
    public DuplicateScan includeArchived(boolean include) {
      this.includeArchived = include;
      return this;
    }

    @Override
    public MatchResult run() {
      MatchEngine engine = engine();
      return engine.match(prepare(engine));
    }

    @Override
    public MatchRules learn() {
      MatchEngine engine = engine();
      return engine.learn(prepare(engine));
    }

    private MatchEngine engine() {
      // Stored dates are ISO already; custom date fields come as their display text, read month first in the US.
      String region = session.profile().defaultRegion();
      MatchContext context = new MatchContext(region, !region.equals("US"));
      return new MatchEngine(rules, context, threads, listener, cancellation);
    }

    private MatchEngine.Prepared prepare(MatchEngine engine) {
      return work.read(session, tx -> {
        session.userId().ifPresent(user -> {
          throw new AccessDeniedException(user, "scan duplicates", new RecordRef(recordKind(), Guard.WHOLE_KIND),
              "duplicate scans read every record of a kind and run in the system session for now");
        });
        try (Stream<MatchRecord> records = records(tx)) {
          return engine.prepare(records::iterator);
        }
      });
    }

    private RecordKind recordKind() {
      return switch (kind) {
        case CONTACTS -> RecordKind.CONTACT;
        case LEADS -> RecordKind.LEAD;
        case ACCOUNTS -> RecordKind.ACCOUNT;
      };
    }

    private Stream<MatchRecord> records(StoreTransaction tx) {
      String active = RecordState.ACTIVE.name();
      return switch (kind) {
        case CONTACTS -> tx.contacts().scan(session.tenantId(),
            includeArchived ? Filter.all() : Filter.eq(ContactFields.STATE, active)).map(MatchRecords::contact);
        case LEADS -> tx.leads().scan(session.tenantId(),
            includeArchived ? Filter.all() : Filter.eq(LeadFields.STATE, active)).map(MatchRecords::lead);
        case ACCOUNTS -> tx.accounts().scan(session.tenantId(),
            includeArchived ? Filter.all() : Filter.eq(AccountFields.STATE, active)).map(MatchRecords::account);
      };
    }
  }
}
