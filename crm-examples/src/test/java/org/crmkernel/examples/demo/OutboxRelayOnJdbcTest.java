package org.crmkernel.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.notify.DeliveryReport;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.Test;

/**
 * The kernel's outbox on the JDBC adapter, on H2 and, when their URLs are set, PostgreSQL and
 * MariaDB: events whose delivery failed after commit survive a restart (a new {@code Crm} on a
 * new pool over the same database delivers them, once), and two relays running side by side
 * deliver a backlog between them exactly once each, because they claim rows with {@code FOR
 * UPDATE SKIP LOCKED}.
 */
class OutboxRelayOnJdbcTest {

  @Test
  void onH2() throws Exception {
    String url = "jdbc:h2:mem:relay_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    undeliveredEventsSurviveARestart(url);
    twoRelaysSideBySideDeliverEachEventOnce(url);
  }

  @Test
  void onPostgresql() throws Exception {
    try (DemoDatabases.Scratch scratch = DemoDatabases.POSTGRESQL.scratch()) {
      undeliveredEventsSurviveARestart(scratch.url());
      twoRelaysSideBySideDeliverEachEventOnce(scratch.url());
    }
  }

  @Test
  void onMariadb() throws Exception {
    try (DemoDatabases.Scratch scratch = DemoDatabases.MARIADB.scratch()) {
      undeliveredEventsSurviveARestart(scratch.url());
      twoRelaysSideBySideDeliverEachEventOnce(scratch.url());
    }
  }

  private static void undeliveredEventsSurviveARestart(String url) {
    MutableClock clock = MutableClock.startingNow();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    Owner owner = ownerIn(url, clock, tenant);
    RecordingNotificationSink down = new RecordingNotificationSink();
    down.failWhile(event -> true);
    List<RecordRef> created = new ArrayList<>();
    running(url, clock, down, crm -> {
      CrmSession session = crm.tenant(tenant).system();
      for (String name : List.of("Globex", "Initech", "Umbrella")) {
        Account account = session.accounts().create(AccountDraft.builder(name).owner(owner).build());
        created.add(account.ref());
      }
      assertThat(down.failures()).as("each event was tried once after its commit").isEqualTo(3);
      assertThat(crm.relay().pending()).isEqualTo(3);
    });

    // A restart: a new Crm on a new pool; the failed deliveries are due again after their back-off.
    clock.advance(Duration.ofMinutes(5));
    RecordingNotificationSink up = new RecordingNotificationSink();
    running(url, clock, up, crm -> {
      assertThat(crm.relay().pending()).isEqualTo(3);
      DeliveryReport report = crm.relay().deliverDue();
      assertThat(report).isEqualTo(new DeliveryReport(3, 0));
      assertThat(crm.relay().deliverDue()).isEqualTo(DeliveryReport.NONE);
      assertThat(crm.relay().pending()).isZero();
    });
    assertThat(up.events()).extracting(DomainEvent::subject).containsExactlyInAnyOrderElementsOf(created);
    assertThat(up.events()).extracting(DomainEvent::type).containsOnly(EventType.ACCOUNT_CREATED);
  }

  private static void twoRelaysSideBySideDeliverEachEventOnce(String url) throws Exception {
    MutableClock clock = MutableClock.startingNow();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    int backlog = 400;
    Owner owner = ownerIn(url, clock, tenant);
    RecordingNotificationSink unused = new RecordingNotificationSink();
    List<RecordRef> created = new ArrayList<>();
    runningQuietly(url, clock, unused, crm -> {
      CrmSession session = crm.tenant(tenant).system();
      List<AccountDraft> drafts = new ArrayList<>();
      for (int i = 0; i < backlog; i++) {
        drafts.add(AccountDraft.builder("Account " + i).owner(owner).build());
      }
      session.accounts().createAll(drafts).forEach(account -> created.add(account.ref()));
    });

    RecordingNotificationSink first = new RecordingNotificationSink();
    RecordingNotificationSink second = new RecordingNotificationSink();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<DeliveryReport> one = threads.submit(() -> drain(url, clock, first));
      Future<DeliveryReport> two = threads.submit(() -> drain(url, clock, second));
      DeliveryReport total = one.get(120, TimeUnit.SECONDS).plus(two.get(120, TimeUnit.SECONDS));
      assertThat(total).isEqualTo(new DeliveryReport(backlog, 0));
    } finally {
      threads.shutdownNow();
    }
    List<RecordRef> delivered = new ArrayList<>();
    first.events().forEach(event -> delivered.add(event.subject()));
    second.events().forEach(event -> delivered.add(event.subject()));
    assertThat(delivered).as("every event delivered once, by one relay or the other")
        .hasSize(backlog).containsExactlyInAnyOrderElementsOf(created);
  }

  /** A user of {@code tenant} to own accounts, made (and its events delivered) beforehand. */
  private static Owner ownerIn(String url, MutableClock clock, TenantId tenant) {
    Owner[] owner = new Owner[1];
    running(url, clock, new RecordingNotificationSink(), crm -> {
      CrmSession session = crm.tenant(tenant).system();
      BusinessUnit hq = session.directory().createRootUnit("Acme HQ");
      User ada = session.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());
      owner[0] = Owner.user(ada.id());
      assertThat(crm.relay().pending()).isZero();
    });
    return owner[0];
  }

  private static DeliveryReport drain(String url, MutableClock clock, RecordingNotificationSink sink) {
    DeliveryReport[] report = new DeliveryReport[1];
    running(url, clock, sink, crm -> report[0] = crm.relay().deliverDue());
    return report[0];
  }

  /** Runs {@code work} with a Crm on a pool of its own over {@code url}, delivering after commit. */
  private static void running(String url, MutableClock clock, RecordingNotificationSink sink, Consumer<Crm> work) {
    run(url, clock, sink, true, work);
  }

  /** As {@link #running}, but events wait in the outbox for a relay. */
  private static void runningQuietly(String url, MutableClock clock, RecordingNotificationSink sink,
      Consumer<Crm> work) {
    run(url, clock, sink, false, work);
  }

  private static void run(String url, MutableClock clock, RecordingNotificationSink sink, boolean afterCommit,
      Consumer<Crm> work) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      Crm crm = Crm.builder().store(JdbcCrmStore.create(dataSource)).clock(clock).notifications(sink)
          .deliverAfterCommit(afterCommit).build();
      try {
        work.accept(crm);
      } finally {
        crm.close();
      }
    }
  }
}
