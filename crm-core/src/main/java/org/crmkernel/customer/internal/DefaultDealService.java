package org.crmkernel.customer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.DealSnapshot;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.Texts;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.DealService;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.jspecify.annotations.Nullable;

/**
 * The kernel's {@link DealService}: the owned-record lifecycle of {@link CustomerServiceBase},
 * the stage rules on create and update, and the business actions, each of which appends to the
 * deal's history through {@link DealHistoryLog}.
 */
public final class DefaultDealService extends CustomerServiceBase<DealId, Deal, DealDraft, DealDraft.Builder>
    implements DealService {

  private static final FieldDiff<Deal> AUDITED = FieldDiff.<Deal>builder()
      .field("name", d -> Optional.of(d.name()))
      .field("account", d -> Optional.of(d.account().ref()))
      .field("primaryContact", d -> d.primaryContact().map(ContactId::ref))
      .field("pipeline", d -> Optional.of(d.pipeline().ref()))
      .field("stage", d -> Optional.of(d.stage()))
      .field("status", d -> Optional.of(d.status()))
      .field("forecast", d -> Optional.of(d.forecast()))
      .field("amount", Deal::amount)
      .field("probability", d -> Optional.of(d.probability()))
      .field("probabilitySource", d -> Optional.of(d.probabilitySource()))
      .field("expectedCloseDate", Deal::expectedCloseDate)
      .field("closedOn", Deal::closedOn)
      .field("lostReason", Deal::lostReason)
      .field("competitor", Deal::competitor)
      .field("source", Deal::source)
      .field("nextStep", Deal::nextStep)
      .field("originatingLead", d -> d.originatingLead().map(LeadId::ref))
      .field("owner", d -> Optional.of(d.ownership().owner().ref()))
      .field("owningUnit", d -> Optional.of(d.ownership().owningUnitId().ref()))
      .field("state", d -> Optional.of(d.state()))
      .build();

  /** A service acting as {@code session}. */
  public DefaultDealService(SessionContext session, UnitOfWork work) {
    super(session, work);
  }

  @Override
  RecordKind kind() {
    return RecordKind.DEAL;
  }

  @Override
  OwnedRecordStore<DealId, Deal> store(StoreTransaction tx) {
    return tx.deals();
  }

  @Override
  DealId newId() {
    return DealId.generate(session.kernel().clock());
  }

  @Override
  Optional<Owner> ownerOf(DealDraft draft) {
    return draft.owner();
  }

  @Override
  Map<String, Object> customOf(DealDraft draft) {
    return draft.custom();
  }

  @Override
  List<PhoneNumber> phonesOf(Deal record) {
    return List.of();
  }

  /**
   * A new deal starts open, at the draft's stage or the pipeline's first open stage. On update
   * the stage may move between active open stages, unless the deal is closed; a closed deal keeps
   * its status, probability and close day. Entering a stage needs the fields it requires.
   */
  @Override
  @Nullable Deal build(StoreTransaction tx, @Nullable Deal current, DealDraft d, DealId id, Ownership ownership,
      RecordState state, CustomFields custom, Revision revision, List<PhoneNumber> storedPhones, Violations violations) {
    Optional<Pipeline> found = tx.pipelines().find(session.tenantId(), d.pipeline());
    if (found.isEmpty()) {
      violations.add("pipeline", "unknown_record", "there is no pipeline " + d.pipeline() + " in this tenant");
      return null;
    }
    Pipeline pipeline = found.get();
    boolean samePipeline = current != null && current.pipeline().equals(pipeline.id());
    StageId stageId = d.stage().orElseGet(() -> samePipeline ? current.stage() : pipeline.first(StageCategory.OPEN).id());
    Optional<Stage> stage = pipeline.stage(stageId);
    if (stage.isEmpty()) {
      violations.add("stage", "unknown_stage", "pipeline '" + pipeline.name() + "' has no stage " + stageId);
      return null;
    }
    Stage target = stage.get();
    boolean entering = current == null || !samePipeline || !current.stage().equals(stageId);
    Instant now = revision.modifiedAt();
    boolean keepClosed = current != null && current.isClosed() && !entering;
    if (entering) {
      if (current != null && current.isClosed()) {
        violations.add("stage", "closed", "the deal is " + current.status().name().toLowerCase(java.util.Locale.ROOT)
            + "; reopen it before moving it");
      }
      checkEnterable(pipeline, target, violations);
    }
    if (current != null && !d.originatingLead().equals(current.originatingLead())) {
      violations.add("originatingLead", "fixed", "the lead a deal came from is set when the deal is created");
    }
    if (keepClosed && d.probability().isPresent() && d.probability().get() != current.probability()) {
      violations.add("probability", "closed", "a closed deal's probability is fixed by how it closed");
    }
    if (!violations.isEmpty()) {
      return null;
    }
    // A deal that stays on its stage keeps what it took from the stage on entering, however the
    // pipeline was edited since.
    boolean staying = current != null && !entering;
    int probability;
    ProbabilitySource probabilitySource;
    if (keepClosed) {
      probability = current.probability();
      probabilitySource = current.probabilitySource();
    } else if (d.probability().isPresent()) {
      probability = d.probability().get();
      probabilitySource = ProbabilitySource.OVERRIDDEN;
    } else if (staying && current.probabilitySource() == ProbabilitySource.STAGE_DEFAULT) {
      probability = current.probability();
      probabilitySource = ProbabilitySource.STAGE_DEFAULT;
    } else {
      probability = target.probability();
      probabilitySource = ProbabilitySource.STAGE_DEFAULT;
    }
    Deal built = construct(violations, () -> new Deal(id, session.tenantId(), d.name(), d.account(), d.primaryContact(),
        pipeline.id(), target.id(), staying ? current.status() : target.category(),
        staying ? current.forecast() : target.forecast(), d.amount(), probability, probabilitySource,
        d.expectedCloseDate(), keepClosed ? current.closedOn() : Optional.empty(),
        keepClosed ? current.lostReason() : Optional.empty(), d.competitor(), d.source(), d.nextStep(),
        current == null ? d.originatingLead() : current.originatingLead(),
        entering ? now : current.stageEnteredAt(), ownership, state, custom, revision));
    if (built != null) {
      StageRequirements.check(target, current, current == null ? built : withUnshownValues(tx, current, built),
          entering, violations);
    }
    return violations.isEmpty() ? built : null;
  }

  /**
   * {@code edited} with the stored values of the fields the user may not read and left as shown
   * (empty), as the update will store it: a value the user cannot see still counts for a stage.
   */
  private Deal withUnshownValues(StoreTransaction tx, Deal current, Deal edited) {
    java.util.Set<String> unshown = new java.util.HashSet<>();
    for (String field : fieldAccess(tx).unreadable()) {
      if (!SecuredFields.hasValue(edited, field)) {
        unshown.add(field);
      }
    }
    return SecuredFields.copy(current, edited, unshown);
  }

  /** Records why {@code target} cannot take a deal moved or created there: unknown, retired or closed. */
  private static void checkEnterable(Pipeline pipeline, Stage target, Violations violations) {
    violations.check(!target.retired(), "stage", "retired_stage",
        "stage '" + target.name() + "' of pipeline '" + pipeline.name() + "' is retired");
    violations.check(target.category() == StageCategory.OPEN, "stage", "closed_stage",
        "stage '" + target.name() + "' closes deals: use closeAsWon or closeAsLost");
  }

  @Override
  void checkReferences(StoreTransaction tx, @Nullable Deal before, Deal deal, Violations violations) {
    if (before == null || !before.account().equals(deal.account())) {
      violations.check(tx.accounts().find(session.tenantId(), deal.account()).isPresent(), "account", "unknown_record",
          "there is no account " + deal.account() + " in this tenant");
    }
    if (before == null && deal.originatingLead().isPresent()) {
      violations.check(tx.leads().find(session.tenantId(), deal.originatingLead().get()).isPresent(), "originatingLead",
          "unknown_record", "there is no lead " + deal.originatingLead().get() + " in this tenant");
    }
    if (deal.primaryContact().isPresent() && (before == null || !before.primaryContact().equals(deal.primaryContact()))) {
      violations.check(tx.contacts().find(session.tenantId(), deal.primaryContact().get()).isPresent(), "primaryContact",
          "unknown_record", "there is no contact " + deal.primaryContact().get() + " in this tenant");
    }
  }

  @Override
  List<RecordRef> links(Deal deal) {
    List<RecordRef> links = new ArrayList<>(3);
    links.add(deal.account().ref());
    deal.primaryContact().ifPresent(c -> links.add(c.ref()));
    deal.originatingLead().ifPresent(l -> links.add(l.ref()));
    return links;
  }

  @Override
  void afterCreate(Changes changes, Deal created) {
    DealHistoryLog.created(changes, created);
  }

  /** A stage move made by an update is audited and announced as the stage action's are. */
  @Override
  void recordUpdate(Changes changes, Deal before, Deal stored, List<FieldChange> fields) {
    boolean moved = !before.stage().equals(stored.stage());
    changes.record(moved ? AuditOperation.MOVE_STAGE : AuditOperation.UPDATE,
        moved ? EventType.DEAL_STAGE_CHANGED : EventType.DEAL_UPDATED, stored.ref(), stored.version(), fields);
  }

  @Override
  void afterUpdate(Changes changes, Deal before, Deal after) {
    DealHistoryLog.changed(changes, before, after,
        before.stage().equals(after.stage()) ? DealAction.UPDATE : DealAction.MOVE_STAGE);
  }

  @Override
  void afterAssign(Changes changes, Deal before, Deal after) {
    DealHistoryLog.changed(changes, before, after, DealAction.REASSIGN);
  }

  @Override
  DealDraft draftOf(Deal d, Map<String, Object> editableCustom) {
    return new DealDraft(d.name(), d.account(), d.primaryContact(), d.pipeline(), Optional.of(d.stage()), d.amount(),
        d.probabilitySource() == ProbabilitySource.OVERRIDDEN ? Optional.of(d.probability()) : Optional.empty(),
        d.expectedCloseDate(), d.competitor(), d.source(), d.nextStep(), Optional.of(d.ownership().owner()),
        d.originatingLead(), editableCustom);
  }

  @Override
  DealDraft.Builder builderOf(DealDraft draft) {
    return draft.toBuilder();
  }

  @Override
  DealDraft buildDraft(DealDraft.Builder builder) {
    return builder.build();
  }

  @Override
  Deal withOwnership(Deal record, Ownership ownership) {
    return record.withOwnership(ownership);
  }

  @Override
  Deal withState(Deal record, RecordState state, Revision revision) {
    return record.withState(state).withRevision(revision);
  }

  @Override
  Deal withRevision(Deal record, Revision revision) {
    return record.withRevision(revision);
  }

  @Override
  FieldDiff<Deal> audited() {
    return AUDITED;
  }

  @Override
  StandardField<Deal, String> stateField() {
    return DealFields.STATE;
  }

  @Override
  EventType event(AuditOperation operation) {
    return switch (operation) {
      case CREATE -> EventType.DEAL_CREATED;
      case ARCHIVE -> EventType.DEAL_ARCHIVED;
      case RESTORE -> EventType.DEAL_RESTORED;
      case DELETE -> EventType.DEAL_DELETED;
      default -> EventType.DEAL_UPDATED;
    };
  }

  // ---- business actions

  @Override
  public Deal moveToStage(DealId id, long expectedVersion, StageId stage) {
    Arguments.present(stage, "stage");
    return act(id, expectedVersion, DealAction.MOVE_STAGE, (current, pipeline, next, changes, v) -> {
      requireOpen(current, v);
      Optional<Stage> target = pipeline.stage(stage);
      if (target.isEmpty()) {
        v.add("stage", "unknown_stage", "pipeline '" + pipeline.name() + "' has no stage " + stage);
        return Optional.empty();
      }
      checkEnterable(pipeline, target.get(), v);
      if (!v.isEmpty() || current.stage().equals(stage)) {
        return Optional.empty();
      }
      next.stage(pipeline.id(), target.get(), changes.now());
      if (current.probabilitySource() == ProbabilitySource.STAGE_DEFAULT) {
        next.probability(target.get().probability(), ProbabilitySource.STAGE_DEFAULT);
      }
      return target;
    });
  }

  @Override
  public Deal closeAsWon(DealId id, long expectedVersion) {
    return closeAsWon(id, expectedVersion, Optional.empty());
  }

  @Override
  public Deal closeAsWon(DealId id, long expectedVersion, LocalDate closedOn) {
    return closeAsWon(id, expectedVersion, Optional.of(Arguments.present(closedOn, "closedOn")));
  }

  private Deal closeAsWon(DealId id, long expectedVersion, Optional<LocalDate> closedOn) {
    return act(id, expectedVersion, DealAction.CLOSE_WON, (current, pipeline, next, changes, v) -> {
      requireOpen(current, v);
      LocalDate today = today(changes);
      LocalDate day = closedOn.orElse(today);
      checkClosingDay(current, day, today, v);
      Stage won = pipeline.first(StageCategory.WON);
      next.stage(pipeline.id(), won, changes.now()).probability(100, ProbabilitySource.STAGE_DEFAULT)
          .closedOn(Optional.of(day));
      return Optional.of(won);
    });
  }

  @Override
  public Deal closeAsLost(DealId id, long expectedVersion, String reason, Optional<String> competitor) {
    Arguments.present(competitor, "competitor");
    return act(id, expectedVersion, DealAction.CLOSE_LOST, (current, pipeline, next, changes, v) -> {
      requireOpen(current, v);
      String why = Texts.required(reason, "reason", Deal.MAX_REASON, v);
      Stage lost = pipeline.first(StageCategory.LOST);
      next.stage(pipeline.id(), lost, changes.now()).probability(0, ProbabilitySource.STAGE_DEFAULT)
          .closedOn(Optional.of(today(changes))).lostReason(Optional.ofNullable(why));
      if (competitor.isPresent()) {
        next.competitor(competitor);
      }
      return Optional.of(lost);
    });
  }

  @Override
  public Deal reopen(DealId id, long expectedVersion) {
    return reopen(id, expectedVersion, Optional.empty());
  }

  @Override
  public Deal reopen(DealId id, long expectedVersion, StageId stage) {
    return reopen(id, expectedVersion, Optional.of(Arguments.present(stage, "stage")));
  }

  private Deal reopen(DealId id, long expectedVersion, Optional<StageId> chosen) {
    return act(id, expectedVersion, DealAction.REOPEN, (current, pipeline, next, changes, v) -> {
      if (!current.isClosed()) {
        v.add("status", "not_closed", "the deal is open");
        return Optional.empty();
      }
      StageId stageId = chosen.orElseGet(() -> stageClosedFrom(changes.tx(), current)
          .filter(s -> pipeline.stage(s).map(t -> !t.retired()).orElse(false))
          .orElseGet(() -> pipeline.first(StageCategory.OPEN).id()));
      Optional<Stage> target = pipeline.stage(stageId);
      if (target.isEmpty()) {
        v.add("stage", "unknown_stage", "pipeline '" + pipeline.name() + "' has no stage " + stageId);
        return Optional.empty();
      }
      checkEnterable(pipeline, target.get(), v);
      next.stage(pipeline.id(), target.get(), changes.now())
          .probability(target.get().probability(), ProbabilitySource.STAGE_DEFAULT)
          .closedOn(Optional.empty()).lostReason(Optional.empty());
      return target;
    });
  }

  /** The open stage the deal stood at before it last closed, from its history. */
  private Optional<StageId> stageClosedFrom(StoreTransaction tx, Deal deal) {
    List<DealChange> history = tx.dealHistory().historyOf(session.tenantId(), deal.id());
    for (int i = history.size() - 1; i >= 0; i--) {
      DealChange change = history.get(i);
      if (change.after().status().isClosed() && change.before().isPresent()
          && !change.before().get().status().isClosed()) {
        return Optional.of(change.before().get().stage());
      }
    }
    return Optional.empty();
  }

  @Override
  public Deal changeAmount(DealId id, long expectedVersion, Money amount) {
    Arguments.present(amount, "amount");
    return act(id, expectedVersion, DealAction.CHANGE_AMOUNT, (current, pipeline, next, changes, v) -> {
      next.amount(Optional.of(amount));
      return Optional.empty();
    });
  }

  @Override
  public Deal changeCloseDate(DealId id, long expectedVersion, LocalDate expectedCloseDate) {
    Arguments.present(expectedCloseDate, "expectedCloseDate");
    return act(id, expectedVersion, DealAction.CHANGE_CLOSE_DATE, (current, pipeline, next, changes, v) -> {
      requireOpen(current, v);
      next.expectedCloseDate(Optional.of(expectedCloseDate));
      return Optional.empty();
    });
  }

  @Override
  public Deal changeProbability(DealId id, long expectedVersion, int probability) {
    return act(id, expectedVersion, DealAction.CHANGE_PROBABILITY, (current, pipeline, next, changes, v) -> {
      requireOpen(current, v);
      next.probability(probability, ProbabilitySource.OVERRIDDEN);
      return Optional.empty();
    });
  }

  @Override
  public Deal useStageProbability(DealId id, long expectedVersion) {
    return act(id, expectedVersion, DealAction.CHANGE_PROBABILITY, (current, pipeline, next, changes, v) -> {
      requireOpen(current, v);
      Stage stage = pipeline.stage(current.stage()).orElseThrow();
      next.probability(stage.probability(), ProbabilitySource.STAGE_DEFAULT);
      return Optional.empty();
    });
  }

  @Override
  public Deal reassign(DealId id, long expectedVersion, Owner owner) {
    return assignOwner(id, expectedVersion, owner);
  }

  @Override
  public List<DealChange> history(DealId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      Optional<Deal> deal = tx.deals().find(session.tenantId(), id);
      if (deal.isPresent()) {
        readable(tx, deal.get());
      } else if (!session.guard().isSystem()) {
        throw new RecordNotFoundException(id.ref());
      }
      List<DealChange> history = tx.dealHistory().historyOf(session.tenantId(), id);
      java.util.Set<String> unreadable = fieldAccess(tx).unreadable();
      boolean hideAmount = unreadable.contains("amount");
      boolean hideCloseDate = unreadable.contains("expectedCloseDate");
      if (!hideAmount && !hideCloseDate) {
        return history;
      }
      // The history shows secured values no more than the deal does.
      return history.stream().map(c -> new DealChange(c.id(), c.tenantId(), c.deal(), c.sequence(), c.action(),
          c.before().map(s -> masked(s, hideAmount, hideCloseDate)), masked(c.after(), hideAmount, hideCloseDate),
          c.actor(), c.at())).toList();
    });
  }

  private static DealSnapshot masked(DealSnapshot s, boolean hideAmount, boolean hideCloseDate) {
    return new DealSnapshot(s.pipeline(), s.stage(), s.status(), s.forecast(), hideAmount ? Optional.empty() : s.amount(),
        s.probability(), s.probabilitySource(), hideCloseDate ? Optional.empty() : s.expectedCloseDate(), s.closedOn(),
        s.owner());
  }

  private static void requireOpen(Deal current, Violations v) {
    v.check(!current.isClosed(), "status", "closed",
        "the deal is " + current.status().name().toLowerCase(java.util.Locale.ROOT) + "; reopen it first");
  }

  /** A deal closes on a day that has begun and not before the day it was created. */
  private void checkClosingDay(Deal current, LocalDate day, LocalDate today, Violations v) {
    LocalDate created = LocalDate.ofInstant(current.revision().createdAt(), session.kernel().clock().getZone());
    v.check(!day.isAfter(today), "closedOn", "in_future", "a deal cannot close on a day that has not come yet");
    v.check(!day.isBefore(created), "closedOn", "before_creation", "a deal cannot close before it was created ("
        + created + ")");
  }

  /**
   * One business action on a deal: the change {@code transition} makes to a copy, checked (field
   * security, the record's invariants, the entered stage's requirements), stored, audited and
   * appended to the history. An action that changes nothing writes nothing.
   */
  private Deal act(DealId id, long expectedVersion, DealAction action, Transition transition) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      Deal current = tx.deals().get(session.tenantId(), id);
      requireReadAnd(tx, Privilege.WRITE, current);
      requireVersion(current, expectedVersion);
      Pipeline pipeline = tx.pipelines().get(session.tenantId(), current.pipeline());
      Violations violations = new Violations();
      DealBuilder next = new DealBuilder(current).revision(current.revision().next(changes.now()));
      Optional<Stage> entered = transition.apply(current, pipeline, next, changes, violations);
      violations.throwIfAny();
      Deal built = construct(violations, next::build);
      violations.throwIfAny();
      Deal changed = java.util.Objects.requireNonNull(built);
      entered.ifPresent(stage -> StageRequirements.check(stage, current, changed, true, violations));
      FieldAccess fieldAccess = fieldAccess(tx);
      for (String field : fieldAccess.unwritable()) {
        violations.check(SecuredFields.value(changed, field).equals(SecuredFields.value(current, field)), field,
            "secured", "field security does not let this user change " + field);
      }
      violations.throwIfAny();
      if (changed.withRevision(current.revision()).equals(current)) {
        return SecuredFields.clear(current, fieldAccess.unreadable());
      }
      Deal stored = tx.deals().update(changed, expectedVersion);
      boolean stageAction = action == DealAction.MOVE_STAGE || action == DealAction.CLOSE_WON
          || action == DealAction.CLOSE_LOST || action == DealAction.REOPEN;
      changes.record(stageAction ? AuditOperation.MOVE_STAGE : AuditOperation.UPDATE, eventOf(action), stored.ref(),
          stored.version(), AUDITED.between(current, stored));
      DealHistoryLog.changed(changes, current, stored, action);
      return SecuredFields.clear(stored, fieldAccess.unreadable());
    });
  }

  private static EventType eventOf(DealAction action) {
    return switch (action) {
      case MOVE_STAGE -> EventType.DEAL_STAGE_CHANGED;
      case CLOSE_WON -> EventType.DEAL_WON;
      case CLOSE_LOST -> EventType.DEAL_LOST;
      case REOPEN -> EventType.DEAL_REOPENED;
      default -> EventType.DEAL_UPDATED;
    };
  }

  /** The day of {@code changes}' time in the kernel clock's zone. */
  private LocalDate today(Changes changes) {
    return LocalDate.ofInstant(changes.now(), session.kernel().clock().getZone());
  }

  /** What one business action does to a deal; returns the stage the deal enters, if it moves. */
  @FunctionalInterface
  private interface Transition {
    Optional<Stage> apply(Deal current, Pipeline pipeline, DealBuilder next, Changes changes, Violations violations);
  }
}
