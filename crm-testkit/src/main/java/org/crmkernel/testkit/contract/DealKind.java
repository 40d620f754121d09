package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Deals for the contract suite: open, won and lost, with the probability, forecast, close date
 * and lost reason each status allows, amounts and dates at their limits, and custom fields.
 */
final class DealKind extends StoredKind<DealId, Deal> {

  /** Calendar dates a deal may carry, the earliest and latest included. */
  static final List<LocalDate> DATES = List.of(Deal.EARLIEST_DATE, Deal.LATEST_DATE, LocalDate.of(2020, 2, 29),
      LocalDate.of(1999, 12, 31), LocalDate.of(2024, 6, 30));

  /** Stages deals stand in; shared between deals, so that filters on the stage select several. */
  static final List<StageId> STAGES = ValuePools.REFERENCES.stream().map(StageId::of).toList();

  /** Pipelines deals belong to. */
  static final List<PipelineId> PIPELINES =
      List.of(PipelineId.of(ValuePools.REFERENCES.get(1)), PipelineId.of(ValuePools.REFERENCES.get(2)));

  private static final List<ForecastCategory> OPEN_FORECASTS = List.of(ForecastCategory.PIPELINE,
      ForecastCategory.BEST_CASE, ForecastCategory.COMMIT, ForecastCategory.OMITTED);

  private static final List<FieldRef<Deal, ?>> FIELDS = fields();

  /** Where a deal stands: the values that must agree with its status. */
  private record Standing(StageCategory status, ForecastCategory forecast, int probability, Optional<LocalDate> closedOn,
      Optional<String> lostReason) {}

  DealKind() {
    super("deals");
  }

  @Override
  RecordStore<DealId, Deal> store(StoreTransaction tx) {
    return tx.deals();
  }

  @Override
  DealId id(UUID value) {
    return DealId.of(value);
  }

  @Override
  Deal random(Random random, TenantId tenant) {
    Standing standing = standing(random);
    return new Deal(DealId.of(ValuePools.uuid(random)), tenant, ValuePools.text(random, Deal.MAX_NAME),
        AccountId.of(pick(random, ValuePools.REFERENCES)),
        maybe(random, 0.5, () -> ContactId.of(pick(random, ValuePools.REFERENCES))),
        pick(random, PIPELINES), pick(random, STAGES), standing.status(), standing.forecast(),
        maybe(random, 0.7, () -> pick(random, ValuePools.AMOUNTS)), standing.probability(),
        pick(random, List.of(ProbabilitySource.values())),
        maybe(random, 0.6, () -> pick(random, DATES)), standing.closedOn(), standing.lostReason(),
        maybe(random, 0.3, () -> ValuePools.text(random, Deal.MAX_COMPETITOR)),
        maybe(random, 0.5, () -> ValuePools.text(random, Deal.MAX_SOURCE)),
        maybe(random, 0.4, () -> ValuePools.text(random, Deal.MAX_NEXT_STEP)),
        maybe(random, 0.3, () -> LeadId.of(pick(random, ValuePools.REFERENCES))),
        pick(random, ValuePools.INSTANTS), ValuePools.ownership(random),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE,
        ValuePools.customFields(random), ValuePools.revision(random));
  }

  @Override
  Deal withTenant(Deal d, TenantId tenant) {
    return new Deal(d.id(), tenant, d.name(), d.account(), d.primaryContact(), d.pipeline(), d.stage(), d.status(),
        d.forecast(), d.amount(), d.probability(), d.probabilitySource(), d.expectedCloseDate(), d.closedOn(),
        d.lostReason(), d.competitor(), d.source(), d.nextStep(), d.originatingLead(), d.stageEnteredAt(),
        d.ownership(), d.state(), d.customFields(), d.revision());
  }

  @Override
  Deal withId(Deal d, DealId id) {
    return new Deal(id, d.tenantId(), d.name(), d.account(), d.primaryContact(), d.pipeline(), d.stage(), d.status(),
        d.forecast(), d.amount(), d.probability(), d.probabilitySource(), d.expectedCloseDate(), d.closedOn(),
        d.lostReason(), d.competitor(), d.source(), d.nextStep(), d.originatingLead(), d.stageEnteredAt(),
        d.ownership(), d.state(), d.customFields(), d.revision());
  }

  /** Moves the deal to another stage and standing, with a new amount, owner and custom fields. */
  @Override
  Deal changed(Deal d, Random random, long version) {
    Standing standing = standing(random);
    return new Deal(d.id(), d.tenantId(), ValuePools.text(random, Deal.MAX_NAME), d.account(), d.primaryContact(),
        d.pipeline(), pick(random, STAGES), standing.status(), standing.forecast(),
        maybe(random, 0.7, () -> pick(random, ValuePools.AMOUNTS)), standing.probability(),
        pick(random, List.of(ProbabilitySource.values())), d.expectedCloseDate(), standing.closedOn(),
        standing.lostReason(), d.competitor(), d.source(), maybe(random, 0.4, () -> pick(random, ValuePools.TEXTS)),
        d.originatingLead(), pick(random, ValuePools.INSTANTS), ValuePools.ownership(random), d.state(),
        ValuePools.customFields(random), ValuePools.revisionAt(d.revision(), version));
  }

  @Override
  List<FieldRef<Deal, ?>> queryFields() {
    return FIELDS;
  }

  /** Mostly open; won deals are certain and closed, lost ones omitted, closed and sometimes explained. */
  private static Standing standing(Random random) {
    int draw = random.nextInt(10);
    if (draw < 6) {
      return new Standing(StageCategory.OPEN, pick(random, OPEN_FORECASTS), pick(random, ValuePools.PERCENTAGES),
          Optional.empty(), Optional.empty());
    }
    Optional<LocalDate> closedOn = Optional.of(pick(random, DATES));
    return draw < 8
        ? new Standing(StageCategory.WON, ForecastCategory.CLOSED, 100, closedOn, Optional.empty())
        : new Standing(StageCategory.LOST, ForecastCategory.OMITTED, 0, closedOn,
            maybe(random, 0.6, () -> ValuePools.text(random, Deal.MAX_REASON)));
  }

  private static List<FieldRef<Deal, ?>> fields() {
    List<FieldRef<Deal, ?>> fields = new ArrayList<>(DealFields.ALL);
    fields.addAll(ValuePools.customFieldRefs(RecordKind.DEAL));
    return List.copyOf(fields);
  }
}
