package org.crmkernel.pipeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordInUseException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.record.Revision;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.pipeline.PipelineService;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.pipeline.StageDraft;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/** The kernel's {@link PipelineService}. */
public final class DefaultPipelineService implements PipelineService {

  /** How many deals a refusal to retire a stage names. */
  private static final int NAMED_DEALS = 5;

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultPipelineService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public Pipeline create(PipelineDraft draft) {
    Arguments.present(draft, "draft");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      session.guard().requireOnOrganization(tx, Privilege.CREATE, RecordKind.PIPELINE, Guard.WHOLE_KIND);
      Violations violations = new Violations();
      List<Stage> stages = stagesOf(tx, draft, List.of(), violations);
      checkNameFree(tx, draft.name(), Optional.empty(), violations);
      Pipeline pipeline = violations.attempt("", () -> new Pipeline(PipelineId.generate(session.kernel().clock()),
          session.tenantId(), draft.name(), stages, Revision.first(changes.now())));
      violations.throwIfAny();
      Pipeline stored = tx.pipelines().insert(java.util.Objects.requireNonNull(pipeline));
      changes.record(AuditOperation.CREATE, EventType.PIPELINE_CREATED, stored.ref(), stored.version(),
          List.of(FieldChange.of("name", Optional.empty(), Optional.of(stored.name())),
              FieldChange.of("stages", Optional.empty(), Optional.of(StageText.of(stored.stages())))));
      return stored;
    });
  }

  @Override
  public Pipeline update(PipelineId id, long expectedVersion, PipelineDraft draft) {
    Arguments.present(id, "id");
    Arguments.present(draft, "draft");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      Pipeline current = tx.pipelines().get(session.tenantId(), id);
      session.guard().requireOnOrganization(tx, Privilege.WRITE, RecordKind.PIPELINE, id.value());
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(current.ref(), expectedVersion, current.version());
      }
      Violations violations = new Violations();
      List<Stage> stages = stagesOf(tx, draft, current.stages(), violations);
      checkNameFree(tx, draft.name(), Optional.of(id), violations);
      if (violations.isEmpty()) {
        checkRetirements(tx, current, stages, violations);
      }
      Pipeline next = violations.attempt("", () -> current.with(draft.name(), stages, current.revision().next(changes.now())));
      violations.throwIfAny();
      Pipeline changed = java.util.Objects.requireNonNull(next);
      if (changed.name().equals(current.name()) && changed.stages().equals(current.stages())) {
        return current;
      }
      Pipeline stored = tx.pipelines().update(changed, expectedVersion);
      List<FieldChange> fields = new ArrayList<>();
      if (!current.name().equals(stored.name())) {
        fields.add(FieldChange.of("name", Optional.of(current.name()), Optional.of(stored.name())));
      }
      if (!current.stages().equals(stored.stages())) {
        fields.add(FieldChange.of("stages", Optional.of(StageText.of(current.stages())),
            Optional.of(StageText.of(stored.stages()))));
      }
      changes.record(AuditOperation.UPDATE, EventType.PIPELINE_CHANGED, stored.ref(), stored.version(), fields);
      return stored;
    });
  }

  @Override
  public Optional<Pipeline> find(PipelineId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.PIPELINE, id.value());
      return tx.pipelines().find(session.tenantId(), id);
    });
  }

  @Override
  public Pipeline get(PipelineId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.PIPELINE, id.value());
      return tx.pipelines().get(session.tenantId(), id);
    });
  }

  @Override
  public List<Pipeline> list() {
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.PIPELINE, Guard.WHOLE_KIND);
      return all(tx);
    });
  }

  @Override
  public void delete(PipelineId id, long expectedVersion) {
    Arguments.present(id, "id");
    work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      Pipeline current = tx.pipelines().get(session.tenantId(), id);
      session.guard().requireOnOrganization(tx, Privilege.DELETE, RecordKind.PIPELINE, id.value());
      if (current.version() != expectedVersion) {
        throw new StaleVersionException(current.ref(), expectedVersion, current.version());
      }
      List<Deal> using = tx.deals().query(session.tenantId(), new Query<>(Filter.eq(DealFields.PIPELINE_ID, id.value()),
          Sort.byId(), NAMED_DEALS, Optional.empty())).items();
      if (!using.isEmpty()) {
        throw new RecordInUseException(current.ref(), using.stream().map(Deal::ref).toList(),
            "deals are in this pipeline; move or delete them first");
      }
      tx.pipelines().delete(session.tenantId(), id, expectedVersion);
      changes.record(AuditOperation.DELETE, EventType.PIPELINE_DELETED, current.ref(), 0,
          List.of(FieldChange.of("name", Optional.of(current.name()), Optional.empty())));
      return null;
    });
  }

  @Override
  public PipelineSummary summary(PipelineId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      Pipeline pipeline = tx.pipelines().get(session.tenantId(), id);
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.PIPELINE, id.value());
      requireReadableAmounts(tx);
      Filter<Deal> filter = Filter.and(Filter.eq(DealFields.PIPELINE_ID, id.value()),
          Filter.eq(DealFields.STATE, org.crmkernel.model.record.RecordState.ACTIVE.name()));
      PipelineTotals totals = new PipelineTotals(pipeline, session.profile().baseCurrency(), session.kernel().currency(),
          session.now(), session.kernel().clock().getZone());
      try (Stream<Deal> deals = session.guard().isSystem() ? tx.deals().scan(session.tenantId(), filter)
          : tx.deals().scan(session.tenantId(), filter, session.guard().visibility(tx, RecordKind.DEAL, Privilege.READ))) {
        deals.forEach(totals::add);
      }
      return totals.summary();
    });
  }

  /** Sums of amounts the user may not read would reveal them, as filtering by them would. */
  private void requireReadableAmounts(StoreTransaction tx) {
    FieldKey amount = new FieldKey(RecordKind.DEAL, "amount");
    session.guard().scope(tx).ifPresent(scope -> {
      if (scope.settings().securedFields().contains(amount) && !scope.securedFieldPermission(amount).read()) {
        throw CrmValidationException.of("amount", "secured",
            "field security does not let this user read deal amounts, so it cannot sum them");
      }
    });
  }

  private List<Pipeline> all(StoreTransaction tx) {
    try (Stream<Pipeline> pipelines = tx.pipelines().scan(session.tenantId(), Filter.all())) {
      return pipelines.sorted(Comparator.comparing((Pipeline p) -> p.name().toLowerCase(Locale.ROOT))
          .thenComparing(p -> p.id().value(), org.crmkernel.model.id.Uuid7.UNSIGNED_ORDER)).toList();
    }
  }

  /** Pipeline names are unique per tenant, ignoring case. */
  private void checkNameFree(StoreTransaction tx, String name, Optional<PipelineId> self, Violations violations) {
    // Compared as stored: names are kept in Unicode normal form C.
    String wanted = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    for (Pipeline other : all(tx)) {
      if (other.name().toLowerCase(Locale.ROOT).equals(wanted) && !self.map(other.id()::equals).orElse(false)) {
        violations.add("name", "taken", "another pipeline is called '" + other.name() + "'");
        return;
      }
    }
  }

  /**
   * The stages a draft describes, in its order, followed by the existing stages it leaves out,
   * retired; problems are recorded at {@code stages[i]} paths.
   */
  private List<Stage> stagesOf(StoreTransaction tx, PipelineDraft draft, List<Stage> existing, Violations violations) {
    Map<StageId, Stage> byId = new HashMap<>();
    existing.forEach(s -> byId.put(s.id(), s));
    Set<StageId> named = new HashSet<>();
    List<Stage> stages = new ArrayList<>();
    List<FieldDefinition> definitions = null;
    for (int i = 0; i < draft.stages().size(); i++) {
      StageDraft d = draft.stages().get(i);
      String path = "stages[" + i + "]";
      if (d.id().isPresent()) {
        if (!byId.containsKey(d.id().get())) {
          violations.add(path + ".id", "unknown_stage", "the pipeline has no stage " + d.id().get());
          continue;
        }
        if (!named.add(d.id().get())) {
          violations.add(path + ".id", "duplicate", "the stage is named twice");
          continue;
        }
      }
      // A requirement the stage already had stands; a new one must name a field deals can be given.
      Set<String> had = d.id().map(byId::get).map(Stage::requiredFields).orElse(Set.of());
      for (String field : d.requiredFields()) {
        if (field.startsWith("custom.") && !had.contains(field)) {
          if (definitions == null) {
            definitions = Definitions.of(tx, session.tenantId(), RecordKind.DEAL);
          }
          String api = field.substring("custom.".length());
          violations.check(definitions.stream().anyMatch(def -> def.apiName().equals(api) && !def.retired()),
              path + ".requiredFields", "unknown_field", "deals have no active custom field " + api);
        }
      }
      StageId id = d.id().orElseGet(() -> StageId.generate(session.kernel().clock()));
      Stage stage = violations.attempt(path, () -> new Stage(id, d.name(), d.probability(), d.category(),
          d.forecast(), d.requiredFields(), d.staleAfterDays(), false));
      if (stage != null) {
        stages.add(stage);
      }
    }
    for (Stage old : existing) {
      if (!named.contains(old.id())) {
        stages.add(old.retired() ? old : old.retire());
      }
    }
    return stages;
  }

  /**
   * A stage may be retired, or change between open, won and lost, only once no deal (active or
   * archived) stands on it: deals copy their status from the stage they enter, and a stage that
   * changed meaning under them would misstate them.
   */
  private void checkRetirements(StoreTransaction tx, Pipeline current, List<Stage> next, Violations violations) {
    for (Stage stage : next) {
      Optional<Stage> before = current.stage(stage.id()).filter(s -> !s.retired());
      boolean retiring = stage.retired() && before.isPresent();
      boolean recategorised = !stage.retired() && before.map(s -> s.category() != stage.category()).orElse(false);
      if (!retiring && !recategorised) {
        continue;
      }
      Filter<Deal> onStage = Filter.and(Filter.eq(DealFields.PIPELINE_ID, current.id().value()),
          Filter.eq(DealFields.STAGE_ID, stage.id().value()));
      long count = tx.deals().count(session.tenantId(), onStage);
      if (count > 0) {
        List<Deal> some = tx.deals().query(session.tenantId(), new Query<>(onStage, Sort.byId(), NAMED_DEALS,
            Optional.empty())).items();
        violations.add("stages", "stage_in_use", "stage '" + stage.name() + "' still has " + count
            + (count == 1 ? " deal" : " deals") + " (such as " + String.join(", ", some.stream().map(d -> d.id().toString())
            .toList()) + "); move them to another stage before " + (retiring ? "removing it"
            : "making it " + stage.category().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
  }
}
