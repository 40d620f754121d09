package org.crmkernel.customer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.assignment.AssignmentDecision;
import org.crmkernel.assignment.AssignmentRuleDraft;
import org.crmkernel.assignment.LeadAssignment;
import org.crmkernel.assignment.LeadAssignmentService;
import org.crmkernel.assignment.internal.AssignmentChoice;
import org.crmkernel.assignment.internal.AssignmentEngine;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.assignment.AssignmentRuleFields;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.LeadAssignmentRules;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.jspecify.annotations.Nullable;

/**
 * The kernel's {@link LeadAssignmentService}. It lives with the customer services because
 * assigning a lead resolves the owning unit and field security as they do; the decision itself is
 * {@link AssignmentEngine}'s.
 */
public final class DefaultLeadAssignmentService implements LeadAssignmentService {

  /** The most rules one tenant may keep. */
  static final int MAX_RULES = 10_000;

  private static final RecordKind KIND = RecordKind.LEAD_ASSIGNMENT_RULE;

  /** Position order; ids break ties, though the kernel keeps positions unique. */
  private static final Comparator<LeadAssignmentRule> ORDER = Comparator.comparingInt(LeadAssignmentRule::position)
      .thenComparing((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.id().value(), b.id().value()));

  private static final FieldDiff<LeadAssignmentRule> AUDITED = FieldDiff.<LeadAssignmentRule>builder()
      .field("name", r -> Optional.of(r.name()))
      .field("position", r -> Optional.of(r.position()))
      .field("active", r -> Optional.of(r.active()))
      .list("criteria.countries", r -> List.copyOf(r.criteria().countries()))
      .list("criteria.regions", r -> List.copyOf(r.criteria().regions()))
      .list("criteria.postalCodePrefixes", r -> List.copyOf(r.criteria().postalCodePrefixes()))
      .list("criteria.industries", r -> List.copyOf(r.criteria().industries()))
      .list("criteria.sources", r -> List.copyOf(r.criteria().sources()))
      .field("criteria.minEmployees", r -> r.criteria().minEmployees())
      .field("criteria.maxEmployees", r -> r.criteria().maxEmployees())
      .field("target", r -> Optional.of(targetText(r.target())))
      .build();

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultLeadAssignmentService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public LeadAssignmentRule createRule(AssignmentRuleDraft draft) {
    Arguments.present(draft, "draft");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      session.guard().requireOnOrganization(tx, Privilege.CREATE, KIND, Guard.WHOLE_KIND);
      Violations violations = new Violations();
      LeadAssignmentRule rule = violations.attempt("", () -> new LeadAssignmentRule(
          AssignmentRuleId.generate(session.kernel().clock()), session.tenantId(), draft.name(), draft.position(),
          draft.active(), draft.criteria(), draft.target(), 0, Revision.first(changes.now())));
      checkPosition(tx, draft.position(), null, violations);
      checkTarget(tx, draft.target(), violations);
      violations.check(tx.leadAssignmentRules().count(session.tenantId(), Filter.all()) < MAX_RULES, "", "too_many",
          "a tenant keeps at most " + MAX_RULES + " assignment rules");
      violations.throwIfAny();
      LeadAssignmentRule stored = tx.leadAssignmentRules().insert(Objects.requireNonNull(rule));
      changes.record(AuditOperation.CREATE, EventType.ASSIGNMENT_RULE_CREATED, stored.ref(), stored.version(),
          AUDITED.created(stored));
      return stored;
    });
  }

  @Override
  public LeadAssignmentRule updateRule(AssignmentRuleId id, long expectedVersion, AssignmentRuleDraft draft) {
    Arguments.present(id, "id");
    Arguments.present(draft, "draft");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      LeadAssignmentRule current = tx.leadAssignmentRules().get(session.tenantId(), id);
      session.guard().requireOnOrganization(tx, Privilege.WRITE, KIND, id.value());
      requireVersion(current, expectedVersion);
      Violations violations = new Violations();
      LeadAssignmentRule changed = violations.attempt("", () -> new LeadAssignmentRule(id, session.tenantId(),
          draft.name(), draft.position(), draft.active(), draft.criteria(), draft.target(), current.assignedCount(),
          current.revision().next(changes.now())));
      if (draft.position() != current.position()) {
        checkPosition(tx, draft.position(), id, violations);
      }
      if (!draft.target().equals(current.target())) {
        checkTarget(tx, draft.target(), violations);
      }
      violations.throwIfAny();
      LeadAssignmentRule next = Objects.requireNonNull(changed);
      List<FieldChange> diff = AUDITED.between(current, next);
      if (diff.isEmpty()) {
        return current;
      }
      LeadAssignmentRule stored = tx.leadAssignmentRules().update(next, expectedVersion);
      changes.record(AuditOperation.UPDATE, EventType.ASSIGNMENT_RULE_CHANGED, stored.ref(), stored.version(), diff);
      return stored;
    });
  }

  @Override
  public void deleteRule(AssignmentRuleId id, long expectedVersion) {
    Arguments.present(id, "id");
    work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      LeadAssignmentRule current = tx.leadAssignmentRules().get(session.tenantId(), id);
      session.guard().requireOnOrganization(tx, Privilege.DELETE, KIND, id.value());
      requireVersion(current, expectedVersion);
      tx.leadAssignmentRules().delete(session.tenantId(), id, expectedVersion);
      List<FieldChange> removed = AUDITED.created(current).stream()
          .map(c -> new FieldChange(c.field(), c.after(), Optional.empty())).toList();
      changes.record(AuditOperation.DELETE, EventType.ASSIGNMENT_RULE_DELETED, current.ref(), 0, removed);
      return null;
    });
  }

  @Override
  public List<LeadAssignmentRule> rules() {
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, KIND, Guard.WHOLE_KIND);
      return inOrder(tx.leadAssignmentRules(), Filter.all());
    });
  }

  @Override
  public Optional<LeadAssignmentRule> findRule(AssignmentRuleId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, KIND, id.value());
      return tx.leadAssignmentRules().find(session.tenantId(), id);
    });
  }

  @Override
  public LeadAssignmentRule getRule(AssignmentRuleId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, KIND, id.value());
      return tx.leadAssignmentRules().get(session.tenantId(), id);
    });
  }

  @Override
  public Optional<LeadAssignment> assign(LeadId leadId, long expectedVersion) {
    Arguments.present(leadId, "lead");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      Lead current = tx.leads().get(session.tenantId(), leadId);
      session.guard().require(tx, Privilege.READ, AccessTarget.of(current));
      session.guard().require(tx, Privilege.ASSIGN, AccessTarget.of(current));
      requireVersion(current, expectedVersion);
      requireAssignable(current);
      FieldAccess fieldAccess = fieldAccess(tx);
      Optional<AssignmentChoice> decided = decide(tx, current, fieldAccess);
      if (decided.isEmpty()) {
        return Optional.<LeadAssignment>empty();
      }
      AssignmentChoice choice = decided.get();
      LeadAssignmentRule rule = choice.rule();
      Violations violations = new Violations();
      Ownership ownership = Owners.resolve(tx, session.tenantId(), Optional.of(Owner.user(choice.owner())),
          session.actor(), violations);
      violations.throwIfAny(); // the engine picked an active user of this tenant, so this holds
      Lead stored = tx.leads().update(current.withOwnership(Objects.requireNonNull(ownership))
          .withRevision(current.revision().next(changes.now())), expectedVersion);
      // The rule's count is its round-robin turn: stored with the assignment, it makes the next one replayable.
      tx.leadAssignmentRules().update(rule.counted(rule.revision().next(changes.now())), rule.version());
      changes.record(AuditOperation.ASSIGN, EventType.LEAD_ASSIGNED, stored.ref(), stored.version(),
          assignmentChanges(current, stored, rule));
      return Optional.of(new LeadAssignment(SecuredFields.clear(stored, fieldAccess.unreadable()), rule.id(),
          rule.name(), choice.owner(), choice.reason()));
    });
  }

  @Override
  public Optional<AssignmentDecision> preview(LeadId leadId) {
    Arguments.present(leadId, "lead");
    return work.read(session, tx -> {
      Lead current = tx.leads().get(session.tenantId(), leadId);
      session.guard().require(tx, Privilege.READ, AccessTarget.of(current));
      session.guard().requireOnOrganization(tx, Privilege.READ, KIND, Guard.WHOLE_KIND);
      requireAssignable(current);
      return decide(tx, current, fieldAccess(tx))
          .map(choice -> new AssignmentDecision(choice.rule(), choice.owner(), choice.reason()));
    });
  }

  /** Runs the tenant's active rules, read once in position order, for {@code lead}. */
  private Optional<AssignmentChoice> decide(StoreTransaction tx, Lead lead, FieldAccess fieldAccess) {
    List<LeadAssignmentRule> active = inOrder(tx.leadAssignmentRules(), Filter.eq(AssignmentRuleFields.ACTIVE, true));
    return AssignmentEngine.decide(lead, active, new StoredAssignmentState(tx, session.tenantId(), lead.id()),
        fieldAccess.unreadable());
  }

  private List<LeadAssignmentRule> inOrder(LeadAssignmentRules store, Filter<LeadAssignmentRule> filter) {
    List<LeadAssignmentRule> rules;
    try (Stream<LeadAssignmentRule> scanned = store.scan(session.tenantId(), filter)) {
      rules = new ArrayList<>(scanned.toList());
    }
    rules.sort(ORDER);
    return rules;
  }

  /** The owner (always, so that the event names who gets the lead), the owning unit if it moved, and the rule. */
  private static List<FieldChange> assignmentChanges(Lead before, Lead after, LeadAssignmentRule rule) {
    List<FieldChange> fields = new ArrayList<>(3);
    fields.add(FieldChange.of("owner", Optional.of(before.ownership().owner().ref().toString()),
        Optional.of(after.ownership().owner().ref().toString())));
    if (!before.ownership().owningUnitId().equals(after.ownership().owningUnitId())) {
      fields.add(FieldChange.of("owningUnit", Optional.of(before.ownership().owningUnitId().ref().toString()),
          Optional.of(after.ownership().owningUnitId().ref().toString())));
    }
    fields.add(FieldChange.of("assignmentRule", Optional.empty(), Optional.of(rule.name() + " (" + rule.id() + ")")));
    return fields;
  }

  /** Records a position another rule of the tenant already holds. */
  private void checkPosition(StoreTransaction tx, int position, @Nullable AssignmentRuleId self, Violations violations) {
    if (position < 0) {
      return; // the rule's own check reports it
    }
    try (Stream<LeadAssignmentRule> holders = tx.leadAssignmentRules().scan(session.tenantId(),
        Filter.eq(AssignmentRuleFields.POSITION, (long) position))) {
      holders.filter(other -> !other.id().equals(self)).findFirst().ifPresent(other -> violations.add("position",
          "position_taken", "rule '" + other.name() + "' already holds position " + position));
    }
  }

  /** Records a target user or team this tenant does not have. */
  private void checkTarget(StoreTransaction tx, AssignmentTarget target, Violations violations) {
    if (target instanceof AssignmentTarget.ToUser toUser) {
      violations.check(tx.users().find(session.tenantId(), toUser.user()).isPresent(), "target.user", "unknown_user",
          "no user " + toUser.user() + " in this tenant");
    } else {
      AssignmentTarget.ToTeam toTeam = (AssignmentTarget.ToTeam) target;
      violations.check(tx.teams().find(session.tenantId(), toTeam.team()).isPresent(), "target.team", "unknown_team",
          "no team " + toTeam.team() + " in this tenant");
    }
  }

  /** What field security leaves the session on leads; definitions are read only for a user session. */
  private FieldAccess fieldAccess(StoreTransaction tx) {
    Optional<org.crmkernel.spi.access.AccessScope> scope = session.guard().scope(tx);
    return scope.isEmpty() ? FieldAccess.ALL
        : FieldAccess.of(scope, RecordKind.LEAD, Definitions.of(tx, session.tenantId(), RecordKind.LEAD));
  }

  /** A converted lead is read-only, as in Salesforce. */
  private static void requireAssignable(Lead lead) {
    if (lead.status() == LeadStatus.CONVERTED) {
      throw CrmValidationException.of("lead", "converted", "lead " + lead.id() + " is converted and cannot be assigned");
    }
  }

  private static void requireVersion(CrmRecord<?> current, long expectedVersion) {
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
  }

  private static String targetText(AssignmentTarget target) {
    if (target instanceof AssignmentTarget.ToUser toUser) {
      return toUser.user().ref().toString();
    }
    AssignmentTarget.ToTeam toTeam = (AssignmentTarget.ToTeam) target;
    return toTeam.team().ref() + " " + toTeam.distribution();
  }
}
