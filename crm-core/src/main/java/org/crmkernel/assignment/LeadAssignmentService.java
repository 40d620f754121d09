package org.crmkernel.assignment;

import java.util.List;
import java.util.Optional;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.LeadId;

/**
 * Lead assignment rules and their use, as in Salesforce's lead assignment rules. Active rules are
 * tried in ascending position; the first whose criteria the lead meets and whose target has an
 * active user takes the lead: a user target gives it to that user; a team target gives it to one
 * of the team's active members, in turn (round robin, by the rule's count of assigned leads) or to
 * the one with the fewest open leads (ties go to the smallest id). An inactive user, or a team
 * without active members, passes the lead on to the next rule. The same lead, rules and directory
 * always give the same owner.
 *
 * <p>Rules are organisation-owned: managing them in a user session needs the privilege on {@code
 * LEAD_ASSIGNMENT_RULE} at organisation depth. Every assignment stores the rule's next version
 * (its count, which is the round-robin turn), so an edit must name the version last read.
 */
public interface LeadAssignmentService {

  /**
   * Creates a rule.
   *
   * @throws org.crmkernel.model.error.CrmValidationException listing every problem: blank or too
   *     long name, negative or taken position ({@code position_taken}), a target user or team
   *     unknown in this tenant ({@code unknown_user}, {@code unknown_team}), too many rules
   */
  LeadAssignmentRule createRule(AssignmentRuleDraft draft);

  /**
   * Replaces the rule's name, position, state, criteria and target; its count of assigned leads
   * (the round-robin turn) carries on.
   *
   * @throws org.crmkernel.model.error.CrmValidationException as {@link #createRule} does
   * @throws org.crmkernel.model.error.StaleVersionException if the rule changed (or assigned a
   *     lead) meanwhile
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such rule
   */
  LeadAssignmentRule updateRule(AssignmentRuleId id, long expectedVersion, AssignmentRuleDraft draft);

  /**
   * Deletes the rule.
   *
   * @throws org.crmkernel.model.error.StaleVersionException if the rule changed meanwhile
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such rule
   */
  void deleteRule(AssignmentRuleId id, long expectedVersion);

  /** Every rule of the tenant, active or not, in position order. */
  List<LeadAssignmentRule> rules();

  /** The rule, if the tenant has it. */
  Optional<LeadAssignmentRule> findRule(AssignmentRuleId id);

  /** The rule, or a {@link org.crmkernel.model.error.RecordNotFoundException}. */
  LeadAssignmentRule getRule(AssignmentRuleId id);

  /**
   * Runs the rules for the lead and gives it to the owner they choose, in one transaction: the
   * lead's next version with the new owner and owning unit, the rule's next count, one audit
   * entry (operation {@code ASSIGN}: owner, owning unit if it changed, and {@code assignmentRule}
   * naming the rule) and one {@code LeadAssigned} event whose changes name the new owner, for the
   * notification sinks to tell them. The lead is stored anew even when the rules pick its current
   * owner: the rule's turn was taken. Needs read and assign on the lead; the rules themselves need
   * no privilege to be run.
   *
   * @return the assignment, or empty when no rule takes the lead, which is then left unchanged
   * @throws org.crmkernel.model.error.CrmValidationException if the lead is converted
   * @throws org.crmkernel.model.error.StaleVersionException if the lead changed meanwhile, or
   *     the chosen rule assigned another lead meanwhile
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such lead
   */
  Optional<LeadAssignment> assign(LeadId lead, long expectedVersion);

  /**
   * What {@link #assign} would decide for the lead now, writing nothing. Needs read on the lead
   * and on the rules.
   *
   * @return the decision, or empty when no rule takes the lead
   * @throws org.crmkernel.model.error.CrmValidationException if the lead is converted
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such lead
   */
  Optional<AssignmentDecision> preview(LeadId lead);
}
