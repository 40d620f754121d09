package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentRuleFields;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Lead assignment rules for the contract suite: empty and full criteria (now and then a
 * criterion with the most values allowed, or a value of the longest length), user and team
 * targets, and positions and counts at the limits of their types: a count above 2^53 is lost by
 * any store that keeps it as a floating-point number, as JSON parsers often do.
 */
final class AssignmentRuleKind extends StoredKind<AssignmentRuleId, LeadAssignmentRule> {

  private static final List<Integer> POSITIONS = List.of(0, 1, 2, 10, Integer.MAX_VALUE);
  private static final List<Long> COUNTS = List.of(0L, 1L, 7L, (1L << 53) + 1, Long.MAX_VALUE);
  private static final List<Integer> EMPLOYEES = List.of(0, 10, 250, Integer.MAX_VALUE);
  private static final List<String> COUNTRIES = List.of("DE", "ch", "FR", "US");
  private static final List<String> REGIONS = List.of("Bavaria", "bavaria ", "\u00CEle-de-France", "Z\u00DCRICH");
  private static final List<String> POSTAL_PREFIXES = List.of("10", "8 0", "75", "sw1");
  private static final Set<String> MOST_POSTAL_PREFIXES = mostPostalPrefixes();

  private static final List<FieldRef<LeadAssignmentRule, ?>> FIELDS = List.copyOf(AssignmentRuleFields.ALL);

  AssignmentRuleKind() {
    super("lead assignment rules");
  }

  @Override
  RecordStore<AssignmentRuleId, LeadAssignmentRule> store(StoreTransaction tx) {
    return tx.leadAssignmentRules();
  }

  @Override
  AssignmentRuleId id(UUID value) {
    return AssignmentRuleId.of(value);
  }

  @Override
  LeadAssignmentRule random(Random random, TenantId tenant) {
    return new LeadAssignmentRule(AssignmentRuleId.of(ValuePools.uuid(random)), tenant,
        ValuePools.text(random, LeadAssignmentRule.MAX_NAME), pick(random, POSITIONS), random.nextBoolean(),
        criteria(random), target(random), pick(random, COUNTS), ValuePools.revision(random));
  }

  @Override
  LeadAssignmentRule withTenant(LeadAssignmentRule r, TenantId tenant) {
    return new LeadAssignmentRule(r.id(), tenant, r.name(), r.position(), r.active(), r.criteria(), r.target(),
        r.assignedCount(), r.revision());
  }

  @Override
  LeadAssignmentRule withId(LeadAssignmentRule r, AssignmentRuleId id) {
    return new LeadAssignmentRule(id, r.tenantId(), r.name(), r.position(), r.active(), r.criteria(), r.target(),
        r.assignedCount(), r.revision());
  }

  /** Moved, switched on or off, with other criteria and target, and one more lead assigned. */
  @Override
  LeadAssignmentRule changed(LeadAssignmentRule r, Random random, long version) {
    long count = r.assignedCount() == Long.MAX_VALUE ? 0 : r.assignedCount() + 1;
    return new LeadAssignmentRule(r.id(), r.tenantId(), ValuePools.text(random, LeadAssignmentRule.MAX_NAME),
        pick(random, POSITIONS), random.nextBoolean(), criteria(random), target(random), count,
        ValuePools.revisionAt(r.revision(), version));
  }

  @Override
  List<FieldRef<LeadAssignmentRule, ?>> queryFields() {
    return FIELDS;
  }

  private static AssignmentCriteria criteria(Random random) {
    if (random.nextInt(5) == 0) {
      return AssignmentCriteria.any();
    }
    Set<String> postalCodes = random.nextInt(15) == 0 ? MOST_POSTAL_PREFIXES : values(random, POSTAL_PREFIXES);
    Set<String> industries = values(random, ValuePools.TEXTS);
    if (random.nextInt(8) == 0) {
      industries.add(ValuePools.longest(AssignmentCriteria.MAX_VALUE_LENGTH));
    }
    Optional<Integer> min = maybe(random, 0.4, () -> pick(random, EMPLOYEES));
    Optional<Integer> max = maybe(random, 0.4, () -> pick(random, EMPLOYEES))
        .filter(m -> min.map(n -> n <= m).orElse(true));
    return new AssignmentCriteria(values(random, COUNTRIES), values(random, REGIONS), postalCodes, industries,
        values(random, ValuePools.TEXTS), min, max);
  }

  private static Set<String> values(Random random, List<String> pool) {
    return new LinkedHashSet<>(ValuePools.some(random, pool, 3, v -> v));
  }

  private static AssignmentTarget target(Random random) {
    return random.nextBoolean()
        ? AssignmentTarget.user(pick(random, ValuePools.USERS))
        : AssignmentTarget.team(pick(random, ValuePools.TEAMS), pick(random, List.of(Distribution.values())));
  }

  private static Set<String> mostPostalPrefixes() {
    Set<String> prefixes = new LinkedHashSet<>();
    IntStream.range(0, AssignmentCriteria.MAX_VALUES).forEach(i -> prefixes.add(String.format(Locale.ROOT, "P%04d", i)));
    return prefixes;
  }
}
