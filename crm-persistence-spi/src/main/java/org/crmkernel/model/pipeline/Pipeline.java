package org.crmkernel.model.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * A sales pipeline: an ordered list of stages that deals move through. Stages keep their ids
 * forever; a removed stage stays in the list as {@link Stage#retired()}, so that deal history
 * always names a stage that exists. The active stages, in list order, are the pipeline's order.
 *
 * @param id the id
 * @param tenantId the tenant
 * @param name unique per tenant (ignoring case), checked by the kernel
 * @param stages every stage, active and retired, in order
 * @param revision version and timestamps
 */
public record Pipeline(PipelineId id, TenantId tenantId, String name, List<Stage> stages, Revision revision)
    implements CrmRecord<PipelineId> {

  /** The most characters of a pipeline name. */
  public static final int MAX_NAME = 120;
  /** The most stages, active and retired, a pipeline may hold. */
  public static final int MAX_STAGES = 100;

  /**
   * Validates every field, listing all problems: unique stage ids, unique active stage names,
   * and at least one active open, won and lost stage.
   */
  public Pipeline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleaned = Texts.required(name, "name", MAX_NAME, v);
    name = cleaned == null ? "" : cleaned;
    stages = List.copyOf(stages);
    v.check(stages.size() <= MAX_STAGES, "stages", "too_many", "a pipeline has at most " + MAX_STAGES + " stages");
    Set<StageId> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      v.check(ids.add(stage.id()), "stages[" + i + "].id", "duplicate", "repeats an earlier stage's id");
      if (!stage.retired()) {
        v.check(names.add(stage.name().toLowerCase(Locale.ROOT)), "stages[" + i + "].name", "duplicate",
            "another active stage is called '" + stage.name() + "'");
      }
    }
    for (StageCategory category : StageCategory.values()) {
      v.check(stages.stream().anyMatch(s -> !s.retired() && s.category() == category), "stages", "missing_" + category.name().toLowerCase(Locale.ROOT),
          "a pipeline needs at least one active " + category.name().toLowerCase(Locale.ROOT) + " stage");
    }
    v.throwIfAny();
  }

  /** The stage with {@code id}, active or retired. */
  public Optional<Stage> stage(StageId stageId) {
    for (Stage stage : stages) {
      if (stage.id().equals(stageId)) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }

  /** The active stages, in order. */
  public List<Stage> activeStages() {
    return stages.stream().filter(s -> !s.retired()).toList();
  }

  /** The first active stage of {@code category}; every pipeline has one of each. */
  public Stage first(StageCategory category) {
    return stages.stream().filter(s -> !s.retired() && s.category() == category).findFirst()
        .orElseThrow(() -> new IllegalStateException("a pipeline always has an active " + category + " stage"));
  }

  /** This pipeline with other stages, name and revision. */
  public Pipeline with(String newName, List<Stage> newStages, Revision next) {
    return new Pipeline(id, tenantId, newName, newStages, next);
  }
}
