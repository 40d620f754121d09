package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.PipelineFields;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Pipelines for the contract suite: stages of every category in random order, retired stages
 * among them (some named like an active one, as retired names may be), required fields, stale
 * periods at their limits, and now and then the most stages a pipeline may hold. Stage ids come
 * partly from a shared pool, so that filters on the multi-valued stage id select several.
 */
final class PipelineKind extends StoredKind<PipelineId, Pipeline> {

  private static final List<String> STAGE_NAMES = List.of("Prospecting", "prospecting", "Qualification",
      "Proposal", "Negotiation", "Closed Won", "Closed Lost", "\u00C9valuation", "\uD835\uDD18nicorn", "50%_off");

  private static final List<ForecastCategory> OPEN_FORECASTS = List.of(ForecastCategory.PIPELINE,
      ForecastCategory.BEST_CASE, ForecastCategory.COMMIT, ForecastCategory.OMITTED);

  private static final List<Integer> STALE_DAYS = List.of(1, 14, Stage.MAX_STALE_DAYS);

  private static final List<String> REQUIRABLE = List.of("amount", "primaryContact", "expectedCloseDate", "nextStep",
      "competitor", "source", "custom.region", "custom.a_1");

  private static final List<FieldRef<Pipeline, ?>> FIELDS = List.copyOf(PipelineFields.ALL);

  PipelineKind() {
    super("pipelines");
  }

  @Override
  RecordStore<PipelineId, Pipeline> store(StoreTransaction tx) {
    return tx.pipelines();
  }

  @Override
  PipelineId id(UUID value) {
    return PipelineId.of(value);
  }

  @Override
  Pipeline random(Random random, TenantId tenant) {
    return new Pipeline(PipelineId.of(ValuePools.uuid(random)), tenant, ValuePools.text(random, Pipeline.MAX_NAME),
        stages(random), ValuePools.revision(random));
  }

  @Override
  Pipeline withTenant(Pipeline p, TenantId tenant) {
    return new Pipeline(p.id(), tenant, p.name(), p.stages(), p.revision());
  }

  @Override
  Pipeline withId(Pipeline p, PipelineId id) {
    return new Pipeline(id, p.tenantId(), p.name(), p.stages(), p.revision());
  }

  /** Renamed, with its stages reordered, one more retired and a new one added, as an edit would. */
  @Override
  Pipeline changed(Pipeline p, Random random, long version) {
    List<Stage> stages = new ArrayList<>(p.stages());
    Collections.shuffle(stages, random);
    List<Stage> active = stages.stream().filter(s -> !s.retired()).toList();
    Stage candidate = pick(random, active);
    if (active.stream().filter(s -> s.category() == candidate.category()).count() > 1) {
      stages.set(stages.indexOf(candidate), candidate.retire());
    }
    if (stages.size() < Pipeline.MAX_STAGES) {
      Set<String> names = new HashSet<>();
      stages.stream().filter(s -> !s.retired()).forEach(s -> names.add(s.name().toLowerCase(Locale.ROOT)));
      Set<StageId> ids = new HashSet<>();
      stages.forEach(s -> ids.add(s.id()));
      stages.add(random.nextInt(stages.size() + 1), stage(random, StageCategory.OPEN, names, ids, false));
    }
    return p.with(ValuePools.text(random, Pipeline.MAX_NAME), stages, ValuePools.revisionAt(p.revision(), version));
  }

  @Override
  List<FieldRef<Pipeline, ?>> queryFields() {
    return FIELDS;
  }

  /** An active open, won and lost stage, then random others, shuffled. */
  private static List<Stage> stages(Random random) {
    int size = random.nextInt(12) == 0 ? Pipeline.MAX_STAGES : 3 + random.nextInt(6);
    Set<String> activeNames = new HashSet<>();
    Set<StageId> ids = new HashSet<>();
    List<Stage> stages = new ArrayList<>();
    for (StageCategory category : StageCategory.values()) {
      stages.add(stage(random, category, activeNames, ids, false));
    }
    while (stages.size() < size) {
      stages.add(stage(random, pick(random, List.of(StageCategory.values())), activeNames, ids,
          random.nextInt(4) == 0));
    }
    Collections.shuffle(stages, random);
    return stages;
  }

  /**
   * A stage of {@code category} with an id not in {@code takenIds}; an active one gets a name no
   * other active stage has (ignoring case), a retired one any name. Records the id and name.
   */
  private static Stage stage(Random random, StageCategory category, Set<String> activeNames, Set<StageId> takenIds,
      boolean retired) {
    String name = random.nextInt(10) == 0 ? ValuePools.longest(Stage.MAX_NAME) : pick(random, STAGE_NAMES);
    if (!retired) {
      for (int n = 2; activeNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
        name = pick(random, STAGE_NAMES) + " " + n;
      }
      activeNames.add(name.toLowerCase(Locale.ROOT));
    }
    int probability = switch (category) {
      case OPEN -> pick(random, ValuePools.PERCENTAGES);
      case WON -> 100;
      case LOST -> 0;
    };
    ForecastCategory forecast = switch (category) {
      case OPEN -> pick(random, OPEN_FORECASTS);
      case WON -> ForecastCategory.CLOSED;
      case LOST -> ForecastCategory.OMITTED;
    };
    StageId pooled = StageId.of(pick(random, ValuePools.REFERENCES));
    StageId id = random.nextInt(3) == 0 && !takenIds.contains(pooled) ? pooled : StageId.of(ValuePools.uuid(random));
    takenIds.add(id);
    return new Stage(id, name, probability, category, forecast,
        new LinkedHashSet<>(ValuePools.some(random, REQUIRABLE, 3, f -> f)),
        maybe(random, 0.4, () -> pick(random, STALE_DAYS)), retired);
  }
}
