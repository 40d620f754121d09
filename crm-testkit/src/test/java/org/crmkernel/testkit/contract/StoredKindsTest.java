package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.value.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract suite's random records reach what it claims to test: every status and type, the
 * edge values of each kind, and both present and empty optional values; and the helpers every
 * contract relies on keep what they promise. Seeded, so that the same records come every run.
 */
class StoredKindsTest {

  private static final int SAMPLES = 400;
  private static final TenantId TENANT = TenantId.of(new UUID(1, 1));

  static List<StoredKind<?, ?>> kinds() {
    return StoredKinds.ALL;
  }

  /** Copies and changes keep what they promise, for every kind. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void copiesAndChangesKeepWhatTheyPromise(StoredKind<?, ?> kind) {
    copiesAndChangesKeepWhatTheyPromise0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void copiesAndChangesKeepWhatTheyPromise0(StoredKind<I, R> kind) {
    Random random = new Random(42);
    TenantId other = TenantId.of(new UUID(2, 2));
    for (int i = 0; i < 50; i++) {
      R record = kind.random(random, TENANT);
      assertThat(record.version()).isEqualTo(1);
      assertThat(kind.withTenant(kind.withTenant(record, other), TENANT)).isEqualTo(record);
      I id = kind.id(UUID.randomUUID());
      assertThat(kind.withId(kind.withId(record, id), record.id())).isEqualTo(record);
      assertThat(kind.withId(record, id).id()).isEqualTo(id);
      R changed = kind.changed(record, random, 4);
      assertThat(changed.id()).isEqualTo(record.id());
      assertThat(changed.tenantId()).isEqualTo(TENANT);
      assertThat(changed.version()).isEqualTo(4);
      assertThat(kind.uniqueKey(changed)).isEqualTo(kind.uniqueKey(record));
      assertThat(kind.queryFields().get(0).name()).isEqualTo("id");
    }
  }

  @Test
  void dealsReachEveryStatusAndTheirLimits() {
    List<Deal> deals = sample(StoredKinds.DEALS);
    for (StageCategory status : StageCategory.values()) {
      assertThat(deals).as("deals %s", status).anyMatch(d -> d.status() == status);
    }
    assertThat(deals).anyMatch(d -> length(d.name()) == Deal.MAX_NAME);
    assertThat(deals).anyMatch(d -> d.lostReason().map(StoredKindsTest::length).orElse(0) == Deal.MAX_REASON);
    assertThat(deals).anyMatch(d -> d.nextStep().map(StoredKindsTest::length).orElse(0) == Deal.MAX_NEXT_STEP);
    assertThat(deals).anyMatch(d -> d.amount().equals(Optional.of(Money.of("999999999999999999.999999", "USD"))));
    assertThat(deals).anyMatch(d -> d.amount().map(m -> m.amount().scale() == 6).orElse(false));
    assertThat(deals).anyMatch(d -> d.expectedCloseDate().equals(Optional.of(Deal.EARLIEST_DATE)));
    assertThat(deals).anyMatch(d -> d.closedOn().equals(Optional.of(Deal.LATEST_DATE)));
    assertThat(deals).anyMatch(d -> d.probability() == 100 && d.status() == StageCategory.OPEN);
    assertThat(deals).anyMatch(d -> !d.customFields().isEmpty());
    assertBoth(deals, d -> d.amount().isPresent());
    assertBoth(deals, d -> d.primaryContact().isPresent());
    assertBoth(deals, d -> d.originatingLead().isPresent());
    assertBoth(deals, d -> d.lostReason().isPresent());
  }

  @Test
  void activitiesReachEveryTypeAndTheirLimits() {
    List<Activity> activities = sample(StoredKinds.ACTIVITIES);
    for (ActivityType type : ActivityType.values()) {
      assertThat(activities).as("activities of type %s", type).anyMatch(a -> a.type() == type);
    }
    assertThat(activities).anyMatch(a -> a.description().map(StoredKindsTest::length).orElse(0) == Activity.MAX_DESCRIPTION);
    assertThat(activities).anyMatch(a -> a.description().map(d -> d.contains("\r\n")).orElse(false));
    assertThat(activities).anyMatch(a -> length(a.subject()) == Activity.MAX_SUBJECT);
    assertThat(activities).anyMatch(a -> a.duration().equals(Optional.of(Duration.ofMillis(1))));
    assertThat(activities).anyMatch(a -> a.duration().equals(Optional.of(Activity.MAX_DURATION)));
    assertThat(activities).anyMatch(a -> a.remindedFor().isPresent() && a.remindedFor().equals(a.dueAt()));
    assertThat(activities).anyMatch(Activity::awaitsReminder);
    assertBoth(activities, a -> a.completedAt().isPresent());
    assertBoth(activities, a -> a.dueAt().isPresent());
    assertBoth(activities, a -> a.description().isPresent());
  }

  @Test
  void pipelinesReachTheirLimits() {
    List<Pipeline> pipelines = sample(StoredKinds.PIPELINES);
    assertThat(pipelines).anyMatch(p -> p.stages().size() == Pipeline.MAX_STAGES);
    assertThat(pipelines).anyMatch(p -> length(p.name()) == Pipeline.MAX_NAME);
    assertThat(pipelines).anyMatch(p -> p.stages().stream().anyMatch(s -> length(s.name()) == Stage.MAX_NAME));
    assertThat(pipelines).anyMatch(p -> p.stages().stream().anyMatch(s -> s.staleAfterDays().equals(
        Optional.of(Stage.MAX_STALE_DAYS))));
    assertThat(pipelines).as("a retired stage named like an active one").anyMatch(p -> p.stages().stream()
        .anyMatch(r -> r.retired() && p.activeStages().stream()
            .anyMatch(a -> a.name().toLowerCase(Locale.ROOT).equals(r.name().toLowerCase(Locale.ROOT)))));
    assertThat(pipelines).anyMatch(p -> p.stages().stream().anyMatch(s -> s.requiredFields().contains("custom.region")));
    assertThat(pipelines).as("pipelines sharing a stage id").anyMatch(p -> pipelines.stream()
        .anyMatch(q -> q != p && q.stages().stream().anyMatch(s -> p.stage(s.id()).isPresent())));
  }

  @Test
  void assignmentRulesReachTheirLimits() {
    List<LeadAssignmentRule> rules = sample(StoredKinds.ASSIGNMENT_RULES);
    assertThat(rules).anyMatch(r -> r.criteria().postalCodePrefixes().size() == AssignmentCriteria.MAX_VALUES);
    assertThat(rules).anyMatch(r -> r.criteria().industries().stream()
        .anyMatch(i -> length(i) == AssignmentCriteria.MAX_VALUE_LENGTH));
    assertThat(rules).anyMatch(r -> r.criteria().equals(AssignmentCriteria.any()));
    assertThat(rules).anyMatch(r -> r.assignedCount() == Long.MAX_VALUE);
    assertThat(rules).anyMatch(r -> r.assignedCount() == (1L << 53) + 1);
    assertThat(rules).anyMatch(r -> r.position() == Integer.MAX_VALUE);
    assertThat(rules).anyMatch(r -> r.criteria().maxEmployees().equals(Optional.of(Integer.MAX_VALUE)));
    assertBoth(rules, r -> r.target() instanceof AssignmentTarget.ToTeam);
    assertBoth(rules, LeadAssignmentRule::active);
  }

  @Test
  void leadsCarryTheirOutcomeOnlyWithTheirStatus() {
    List<Lead> leads = sample(StoredKinds.LEADS);
    assertThat(leads).anyMatch(l -> l.status() == LeadStatus.DISQUALIFIED && l.disqualificationReason().isPresent());
    assertThat(leads).anyMatch(l -> l.status() == LeadStatus.DISQUALIFIED && l.disqualificationReason().isEmpty());
    assertThat(leads).anyMatch(l -> l.status() == LeadStatus.CONVERTED && l.conversion().isPresent());
    assertThat(leads).anyMatch(l -> l.conversion().map(c -> c.deal().isPresent()).orElse(false));
    assertThat(leads).anyMatch(l -> l.disqualificationReason().map(StoredKindsTest::length).orElse(0) == Lead.MAX_REASON);
    Set<LeadStatus> withOutcome = Set.of(LeadStatus.DISQUALIFIED, LeadStatus.CONVERTED);
    assertThat(leads).filteredOn(l -> !withOutcome.contains(l.status()))
        .allMatch(l -> l.disqualificationReason().isEmpty() && l.conversion().isEmpty());
    Random random = new Random(7);
    assertThat(IntStream.range(0, SAMPLES).mapToObj(i -> StoredKinds.LEADS.changed(leads.get(i), random)))
        .anyMatch(l -> l.conversion().isPresent()).anyMatch(l -> l.disqualificationReason().isPresent());
  }

  private static <I extends RecordId, R extends CrmRecord<I>> List<R> sample(StoredKind<I, R> kind) {
    Random random = new Random(20261126L);
    return IntStream.range(0, SAMPLES).mapToObj(i -> kind.random(random, TENANT)).toList();
  }

  private static <R> void assertBoth(List<R> records, Predicate<R> property) {
    assertThat(records).anyMatch(property).anyMatch(property.negate());
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
