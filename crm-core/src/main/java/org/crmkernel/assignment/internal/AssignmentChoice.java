package org.crmkernel.assignment.internal;

import java.util.Objects;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.id.UserId;

/**
 * The engine's answer: the rule that takes the lead (as it was given), the user who gets it, and
 * why, in words.
 */
public record AssignmentChoice(LeadAssignmentRule rule, UserId owner, String reason) {

  /** Rejects missing parts. */
  public AssignmentChoice {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(reason, "reason");
  }
}
