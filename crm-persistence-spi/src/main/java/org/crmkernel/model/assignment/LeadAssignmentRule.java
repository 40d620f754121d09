package org.crmkernel.model.assignment;

import java.util.Objects;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * One lead assignment rule. Active rules are tried in ascending {@link #position}; the first whose
 * criteria match and whose target has an active user takes the lead.
 *
 * @param position the rule's place in the order; unique per tenant, checked by the kernel
 * @param assignedCount how many leads the rule has assigned: the round-robin turn, so that the
 *     same rules and count always pick the same member
 */
public record LeadAssignmentRule(
    AssignmentRuleId id,
    TenantId tenantId,
    String name,
    int position,
    boolean active,
    AssignmentCriteria criteria,
    AssignmentTarget target,
    long assignedCount,
    Revision revision)
    implements CrmRecord<AssignmentRuleId> {

  /** The most characters of a rule name. */
  public static final int MAX_NAME = 120;

  /** Validates every field, listing all problems. */
  public LeadAssignmentRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleaned = Texts.required(name, "name", MAX_NAME, v);
    name = cleaned == null ? "" : cleaned;
    v.check(position >= 0, "position", "too_small", "must not be negative");
    v.check(assignedCount >= 0, "assignedCount", "too_small", "must not be negative");
    v.throwIfAny();
  }

  /** This rule after it assigned one more lead, at {@code next}. */
  public LeadAssignmentRule counted(Revision next) {
    return new LeadAssignmentRule(id, tenantId, name, position, active, criteria, target, assignedCount + 1, next);
  }
}
