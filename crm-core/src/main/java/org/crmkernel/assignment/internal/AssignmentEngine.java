package org.crmkernel.assignment.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentCriteria.LeadTraits;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.value.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * Decides who gets a lead: the first active rule, in the order given, whose criteria the lead
 * meets and whose target has an active user. A user target gives the lead to that user; a team
 * target to the active member at index {@code assignedCount mod members} (round robin) or to the
 * member with the fewest open leads, ties to the smallest id (load balanced). An inactive user or
 * a team without active members passes the lead on. Nothing here reads a clock, a random source or
 * a store, so the same lead, rules and state always give the same choice.
 *
 * <p>The lead is normalised once and the directory is asked only about the targets of matching
 * rules, so that trying many rules stays cheap.
 */
public final class AssignmentEngine {

  /** The fields of a lead the criteria look at, as field security names them. */
  private static final String ADDRESS = "address", INDUSTRY = "industry", SOURCE = "source",
      EMPLOYEES = "employeeCount";

  private AssignmentEngine() {}

  /** The choice for {@code lead} among {@code rules} (active rules in position order), if any rule takes it. */
  public static Optional<AssignmentChoice> decide(Lead lead, List<LeadAssignmentRule> rules, AssignmentState state) {
    return decide(lead, rules, state, Set.of());
  }

  /**
   * The choice for {@code lead}, whose reason leaves out the values of {@code hiddenFields} (the
   * lead's fields, such as {@code address} or {@code industry}, that the reader may not read).
   * Inactive rules among {@code rules} are skipped.
   */
  public static Optional<AssignmentChoice> decide(Lead lead, List<LeadAssignmentRule> rules, AssignmentState state,
      Set<String> hiddenFields) {
    LeadTraits traits = LeadTraits.of(lead);
    StringJoiner passedOver = null;
    for (int i = 0, n = rules.size(); i < n; i++) {
      LeadAssignmentRule rule = rules.get(i);
      if (!rule.active() || !rule.criteria().matches(traits)) {
        continue;
      }
      Pick pick = pick(rule, state);
      if (pick.owner() == null) {
        passedOver = passedOver == null ? new StringJoiner("; ", "; passed over ", "") : passedOver;
        passedOver.add(ruleText(rule) + ": " + pick.how());
        continue;
      }
      String reason = ruleText(rule) + ": " + matched(rule.criteria(), lead, hiddenFields)
          + (pick.how().isEmpty() ? "" : "; " + pick.how()) + " -> " + state.userName(pick.owner()) + (passedOver == null ? "" : passedOver.toString());
      return Optional.of(new AssignmentChoice(rule, pick.owner(), reason));
    }
    return Optional.empty();
  }

  /** The owner {@code rule}'s target picks and how, or no owner and why not. */
  private static Pick pick(LeadAssignmentRule rule, AssignmentState state) {
    AssignmentTarget target = rule.target();
    if (target instanceof AssignmentTarget.ToUser toUser) {
      return state.isActive(toUser.user())
          ? new Pick(toUser.user(), "")
          : new Pick(null, "user " + state.userName(toUser.user()) + " is inactive");
    }
    AssignmentTarget.ToTeam toTeam = (AssignmentTarget.ToTeam) target;
    List<UserId> members = state.activeMembers(toTeam.team());
    String team = "team '" + state.teamName(toTeam.team()) + "'";
    if (members.isEmpty()) {
      return new Pick(null, team + " has no active member");
    }
    if (toTeam.distribution() == Distribution.ROUND_ROBIN) {
      int index = (int) Math.floorMod(rule.assignedCount(), (long) members.size());
      return new Pick(members.get(index), "round robin turn " + (rule.assignedCount() + 1) + " of " + team
          + " (member " + (index + 1) + " of " + members.size() + ")");
    }
    Map<UserId, Long> open = state.openLeads(members);
    UserId fewest = members.get(0);
    long least = open.getOrDefault(fewest, 0L);
    for (int i = 1, n = members.size(); i < n; i++) {
      UserId member = members.get(i);
      long count = open.getOrDefault(member, 0L);
      if (count < least || (count == least && Uuid7.UNSIGNED_ORDER.compare(member.value(), fewest.value()) < 0)) {
        fewest = member;
        least = count;
      }
    }
    return new Pick(fewest, "fewest open leads (" + least + ") in " + team);
  }

  /** The lead's values that the rule's criteria looked at, or {@code any lead}. */
  private static String matched(AssignmentCriteria criteria, Lead lead, Set<String> hidden) {
    if (criteria.acceptsAny()) {
      return "any lead";
    }
    StringJoiner parts = new StringJoiner(", ");
    boolean addressHidden = hidden.contains(ADDRESS);
    Optional<PostalAddress> address = lead.address();
    if (!criteria.countries().isEmpty()) {
      parts.add("country " + shown(addressHidden,
          address.flatMap(PostalAddress::countryCode).map(code -> code.toUpperCase(Locale.ROOT))));
    }
    if (!criteria.regions().isEmpty()) {
      parts.add("region " + shown(addressHidden, address.flatMap(PostalAddress::region)));
    }
    if (!criteria.postalCodePrefixes().isEmpty()) {
      parts.add("postal code " + shown(addressHidden, address.flatMap(PostalAddress::postalCode)));
    }
    if (!criteria.industries().isEmpty()) {
      parts.add("industry " + shown(hidden.contains(INDUSTRY), lead.industry()));
    }
    if (!criteria.sources().isEmpty()) {
      parts.add("source " + shown(hidden.contains(SOURCE), lead.source()));
    }
    if (criteria.minEmployees().isPresent() || criteria.maxEmployees().isPresent()) {
      parts.add(hidden.contains(EMPLOYEES) ? "employees (secured)"
          : lead.employeeCount().map(String::valueOf).orElse("?") + " employees");
    }
    return parts.toString();
  }

  private static String shown(boolean hidden, Optional<String> value) {
    return hidden ? "(secured)" : value.orElse("?");
  }

  private static String ruleText(LeadAssignmentRule rule) {
    return "rule '" + rule.name() + "' (position " + rule.position() + ")";
  }

  /**
   * A target's pick: the owner, or null when the target has no active user; and how a team picked
   * (empty for a user target), or why there is no owner.
   */
  private record Pick(@Nullable UserId owner, String how) {}
}
