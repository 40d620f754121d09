package org.crmkernel.assignment;

import java.util.Objects;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.id.UserId;

/**
 * What the assignment rules decide for a lead: the rule that takes it, as stored when it decided,
 * and the user who gets it.
 *
 * @param reason why, for people: the rule and position, the lead's values its criteria looked
 *     at, how the target picked the owner, and rules passed over because no active user could
 *     take the lead; such as {@code rule 'DACH enterprise' (position 3): country DE, 500
 *     employees; round robin turn 7 of team 'Sales DACH' (member 1 of 3) -> Ada Lovelace}
 */
public record AssignmentDecision(LeadAssignmentRule rule, UserId owner, String reason) {

  /** Rejects missing parts. */
  public AssignmentDecision {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reason, "reason");
  }
}
