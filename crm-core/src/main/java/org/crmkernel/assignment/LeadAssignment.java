package org.crmkernel.assignment;

import java.util.Objects;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.UserId;

/**
 * A lead given an owner by an assignment rule.
 *
 * @param lead the lead as stored after the assignment (fields the session may not read emptied)
 * @param ruleId the rule that chose the owner
 * @param ruleName that rule's name when it chose
 * @param owner the new owner
 * @param reason why, as {@link AssignmentDecision#reason()} says
 */
public record LeadAssignment(Lead lead, AssignmentRuleId ruleId, String ruleName, UserId owner, String reason) {

  /** Rejects missing parts. */
  public LeadAssignment {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reason, "reason");
  }
}
