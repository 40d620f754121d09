package org.crmkernel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.jdbc.HostTransactions;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.notify.DeliveryReport;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel on {@link JdbcCrmStore} inside a host's transactions ({@link HostTransactions}), as
 * its Javadoc says to build it: {@code deliverAfterCommit(false)}, the relay delivers. A kernel
 * call joins the host's transaction; when the host rolls it back, the account, its audit entry and
 * its event are gone, and nothing is ever delivered; when the host commits, all three are there
 * and the relay delivers the event.
 */
class KernelInHostTransactionsTest {

  private HikariDataSource dataSource;
  private ThreadBoundHost host;
  private RecordingNotificationSink sink;
  private Crm crm;
  private CrmSession session;
  private User ada;

  @BeforeEach
  void kernelInsideTheHostsTransactions() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:host_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(2);
    dataSource = new HikariDataSource(config);
    host = new ThreadBoundHost(dataSource);
    sink = new RecordingNotificationSink();
    crm = Crm.builder()
        .store(JdbcCrmStore.builder(dataSource).hostTransactions(host).build())
        .deliverAfterCommit(false)
        .notifications(sink)
        .build();
    session = crm.tenant(TenantId.of(UUID.randomUUID())).system();
    // The owner, made in transactions of their own; their events delivered and forgotten.
    BusinessUnit hq = session.directory().createRootUnit("Acme HQ");
    ada = session.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());
    crm.relay().deliverDue();
    sink.clear();
    assertThat(crm.relay().pending()).isZero();
  }

  private AccountDraft globex() {
    return AccountDraft.builder("Globex Corporation").owner(Owner.user(ada.id())).build();
  }

  @AfterEach
  void close() {
    crm.close();
    dataSource.close();
  }

  @Test
  void anAccountCreatedInAHostTransactionThatRollsBackLeavesNoAccountAuditEntryOrEvent() {
    Account[] created = new Account[1];

    assertThatThrownBy(() -> host.outer(() -> {
      created[0] = session.accounts().create(globex());
      assertThat(session.accounts().find(created[0].id())).as("the host's transaction sees its own account").isPresent();
      assertThat(crm.relay().pending()).as("the event waits in the host's transaction").isEqualTo(1);
      throw new IllegalStateException("the host's own work failed after the kernel call");
    })).hasMessage("the host's own work failed after the kernel call");

    assertThat(session.accounts().find(created[0].id())).isEmpty();
    assertThat(session.accounts().list(Query.of(Filter.all(), Sort.by(AccountFields.NAME))).items()).isEmpty();
    assertThat(session.audit().historyOf(created[0].ref(), 10, Optional.empty()).items()).isEmpty();
    assertThat(crm.relay().pending()).isZero();
    DeliveryReport delivery = crm.relay().deliverDue();
    assertThat(delivery.delivered()).isZero();
    assertThat(sink.events()).isEmpty();
    assertThat(host.rolledBack).isEqualTo(1);
  }

  @Test
  void anAccountCreatedInAHostTransactionThatCommitsIsStoredAuditedAndDeliveredByTheRelay() {
    Account account = host.outer(() -> session.accounts().create(globex()));

    assertThat(session.accounts().get(account.id()).name()).isEqualTo("Globex Corporation");
    assertThat(session.audit().historyOf(account.ref(), 10, Optional.empty()).items())
        .singleElement().satisfies(entry -> assertThat(entry.operation().name()).isEqualTo("CREATE"));
    assertThat(sink.events()).as("nothing is delivered on commit: deliverAfterCommit(false)").isEmpty();
    assertThat(crm.relay().pending()).isEqualTo(1);

    DeliveryReport delivery = crm.relay().deliverDue();

    assertThat(delivery.delivered()).isEqualTo(1);
    assertThat(sink.events()).extracting(DomainEvent::type, DomainEvent::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.ACCOUNT_CREATED, account.ref()));
    assertThat(crm.relay().pending()).isZero();
    assertThat(host.rolledBack).isZero();
  }

  /**
   * A host transaction manager in miniature: one transaction per thread, joined by inner calls
   * (Spring's REQUIRED propagation), committed or rolled back by the outermost call.
   */
  private static final class ThreadBoundHost implements HostTransactions {
    private final HikariDataSource dataSource;
    private final ThreadLocal<@Nullable Bound> current = new ThreadLocal<>();
    private int rolledBack;

    ThreadBoundHost(HikariDataSource dataSource) {
      this.dataSource = dataSource;
    }

    /** Runs the host's own work in an outer transaction, which kernel calls inside join. */
    <T> T outer(Supplier<T> work) {
      return inTransaction(TransactionMode.READ_WRITE, transaction -> work.get());
    }

    @Override
    public <T> T inTransaction(TransactionMode mode, Work<T> work) {
      Bound joined = current.get();
      if (joined != null) {
        return work.runIn(joined);
      }
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        Bound bound = new Bound(connection);
        current.set(bound);
        try {
          T result = work.runIn(bound);
          if (bound.rollbackOnly) {
            connection.rollback();
            rolledBack++;
          } else {
            connection.commit();
          }
          return result;
        } catch (RuntimeException e) {
          connection.rollback();
          rolledBack++;
          throw e;
        } finally {
          current.remove();
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static final class Bound implements Transaction {
      private final Connection connection;
      private boolean rollbackOnly;

      Bound(Connection connection) {
        this.connection = connection;
      }

      @Override
      public Connection connection() {
        return connection;
      }

      @Override
      public void setRollbackOnly() {
        rollbackOnly = true;
      }
    }
  }
}
