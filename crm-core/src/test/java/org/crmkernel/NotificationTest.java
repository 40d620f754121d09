package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.notify.DeliveryReport;
import org.crmkernel.spi.TenantProfiles;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.Test;

class NotificationTest extends KernelTestSupport {

  @Test
  void aFailingSinkNeitherFailsTheCallerNorLosesTheEvent() {
    sink.failNext(1);

    Account acme = createAccount("Acme");

    assertThat(session.accounts().get(acme.id())).isEqualTo(acme);
    assertThat(sink.events()).isEmpty();
    assertThat(crm.relay().pending()).isEqualTo(1);

    assertThat(crm.relay().deliverDue()).isEqualTo(DeliveryReport.NONE);
    clock.advance(Duration.ofSeconds(31));
    DeliveryReport report = crm.relay().deliverDue();

    assertThat(report).isEqualTo(new DeliveryReport(1, 0));
    assertThat(sink.events()).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo(acme.ref()));
    assertThat(crm.relay().pending()).isZero();
  }

  @Test
  void retriesBackOffAndKeepTheEventId() {
    sink.failNext(3);
    createAccount("Acme"); // the first attempt, right after commit, fails: due again in 1 s
    clock.advance(Duration.ofSeconds(1));
    assertThat(crm.relay().deliverDue()).isEqualTo(new DeliveryReport(0, 1)); // second attempt fails: 2 s
    clock.advance(Duration.ofMillis(1900));
    assertThat(crm.relay().deliverDue()).isEqualTo(DeliveryReport.NONE);
    clock.advance(Duration.ofMillis(100));
    assertThat(crm.relay().deliverDue()).isEqualTo(new DeliveryReport(0, 1)); // third attempt fails: 4 s
    clock.advance(Duration.ofSeconds(4));
    assertThat(crm.relay().deliverDue()).isEqualTo(new DeliveryReport(1, 0));
    assertThat(sink.events()).hasSize(1);
    assertThat(crm.relay().pending()).isZero();
  }

  @Test
  void aFailingSinkDoesNotHoldTheOthersBack() {
    RecordingNotificationSink flaky = new RecordingNotificationSink();
    RecordingNotificationSink steady = new RecordingNotificationSink();
    flaky.failNext(1);
    Crm twoSinks = Crm.builder().store(store).clock(clock).notifications(flaky, steady)
        .tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();

    twoSinks.tenant(tenant).system().accounts().create(account("Acme").build());

    assertThat(steady.events()).hasSize(1);
    assertThat(flaky.events()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    twoSinks.relay().deliverDue();
    assertThat(flaky.events()).hasSize(1);
    assertThat(steady.events()).hasSize(2).extracting(DomainEvent::id).containsOnly(steady.events().get(0).id());
  }

  @Test
  void aSinkThatThrowsAnErrorFailsNeitherTheCallerNorTheRelay() {
    RecordingNotificationSink later = new RecordingNotificationSink();
    int[] calls = {0};
    Crm erratic = Crm.builder().store(store).clock(clock).notifications(event -> {
      if (calls[0]++ == 0) {
        throw new StackOverflowError("a sink's own bug");
      }
    }, later).tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();

    Account acme = erratic.tenant(tenant).system().accounts().create(account("Acme").build());

    Optional<Account> stored = store.read(tx -> tx.accounts().find(tenant, acme.id()));
    assertThat(stored).isPresent();
    assertThat(erratic.relay().pending()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(erratic.relay().deliverDue()).isEqualTo(new DeliveryReport(1, 0));
    assertThat(later.events()).hasSize(2); // once beside the failing sink, once on the retry
  }

  @Test
  void eventsOfARolledBackCallAreNeverDelivered() {
    Account acme = createAccount("Acme");
    sink.clear();

    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> session.accounts().update(acme.id(), acme.version(), d -> d.name("Acme Corp").email("broken@")));
    clock.advance(Duration.ofHours(1));
    crm.relay().deliverDue();

    assertThat(sink.events()).isEmpty();
  }

  @Test
  void aRelayWithoutInlineDeliveryDeliversEverythingOnceAndEveryEventHasItsOwnId() {
    RecordingNotificationSink later = new RecordingNotificationSink();
    Crm relayOnly = Crm.builder().store(store).clock(clock).notifications(later).deliverAfterCommit(false)
        .tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();
    CrmSession other = relayOnly.tenant(tenant).system();
    Account acme = other.accounts().create(account("Acme").build());
    other.accounts().update(acme.id(), acme.version(), d -> d.industry("Retail"));
    assertThat(later.events()).isEmpty();

    relayOnly.relay().deliverDue();
    relayOnly.relay().deliverDue();

    List<DomainEvent> events = later.events();
    assertThat(events).extracting(DomainEvent::type).containsExactly(EventType.ACCOUNT_CREATED, EventType.ACCOUNT_UPDATED);
    assertThat(events).extracting(DomainEvent::id).doesNotHaveDuplicates().allMatch(id -> id instanceof EventId);
    assertThat(relayOnly.relay().pending()).isZero();
  }
}
