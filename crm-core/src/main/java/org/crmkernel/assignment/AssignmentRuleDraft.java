package org.crmkernel.assignment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.error.Violations;

/**
 * What a caller says about a lead assignment rule. The kernel checks it (name, a position no
 * other rule of the tenant holds, a target that exists in the tenant) and stores a {@link
 * LeadAssignmentRule}.
 *
 * @param name what people call the rule, shown in assignment reasons and audit entries
 * @param position the rule's place in the order; rules are tried from the lowest position up
 * @param active whether the rule is tried at all
 * @param criteria what a lead must look like for the rule to take it
 * @param target who gets the lead: a user, or a member of a team
 */
public record AssignmentRuleDraft(
    String name, int position, boolean active, AssignmentCriteria criteria, AssignmentTarget target) {

  /** Rejects missing parts as bad input. */
  public AssignmentRuleDraft {
    Arguments.present(name, "name");
    Arguments.present(criteria, "criteria");
    Arguments.present(target, "target");
  }

  /** An active draft at {@code position} that gives every lead to {@code target}, until criteria are set. */
  public static Builder builder(String name, int position, AssignmentTarget target) {
    return new Builder(name, position, target);
  }

  /** The draft of a stored rule, for editing. */
  public static AssignmentRuleDraft from(LeadAssignmentRule rule) {
    Arguments.present(rule, "rule");
    return new AssignmentRuleDraft(rule.name(), rule.position(), rule.active(), rule.criteria(), rule.target());
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    return new Builder(name, position, target).active(active).criteria(criteria);
  }

  /**
   * Builds a draft. Criteria are set one by one or all at once; {@link #build()} checks them
   * together and lists every problem under {@code criteria.}.
   */
  public static final class Builder {
    private String name;
    private int position;
    private boolean active = true;
    private AssignmentTarget target;
    private Set<String> countries = Set.of();
    private Set<String> regions = Set.of();
    private Set<String> postalCodePrefixes = Set.of();
    private Set<String> industries = Set.of();
    private Set<String> sources = Set.of();
    private Optional<Integer> minEmployees = Optional.empty();
    private Optional<Integer> maxEmployees = Optional.empty();

    private Builder(String name, int position, AssignmentTarget target) {
      this.name = Arguments.present(name, "name");
      this.position = position;
      this.target = Arguments.present(target, "target");
    }

    /** The name. */
    public Builder name(String name) {
      this.name = Arguments.present(name, "name");
      return this;
    }

    /** The place in the order. */
    public Builder position(int position) {
      this.position = position;
      return this;
    }

    /** Whether the rule is tried. */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /** Who gets the leads the rule takes. */
    public Builder target(AssignmentTarget target) {
      this.target = Arguments.present(target, "target");
      return this;
    }

    /** Replaces every criterion with those of {@code criteria}. */
    public Builder criteria(AssignmentCriteria criteria) {
      Arguments.present(criteria, "criteria");
      countries = criteria.countries();
      regions = criteria.regions();
      postalCodePrefixes = criteria.postalCodePrefixes();
      industries = criteria.industries();
      sources = criteria.sources();
      minEmployees = criteria.minEmployees();
      maxEmployees = criteria.maxEmployees();
      return this;
    }

    /** The countries (ISO 3166-1 alpha-2) of the lead's address; none means any. */
    public Builder countries(String... codes) {
      countries = texts(codes, "criteria.countries");
      return this;
    }

    /** The regions (state, province) of the lead's address; none means any. */
    public Builder regions(String... names) {
      regions = texts(names, "criteria.regions");
      return this;
    }

    /** Prefixes of the lead's postal code; none means any. */
    public Builder postalCodePrefixes(String... prefixes) {
      postalCodePrefixes = texts(prefixes, "criteria.postalCodePrefixes");
      return this;
    }

    /** The lead's industries; none means any. */
    public Builder industries(String... names) {
      industries = texts(names, "criteria.industries");
      return this;
    }

    /** The lead's sources; none means any. */
    public Builder sources(String... names) {
      sources = texts(names, "criteria.sources");
      return this;
    }

    /** Company sizes from {@code min} employees, inclusive. */
    public Builder minEmployees(int min) {
      minEmployees = Optional.of(min);
      return this;
    }

    /** Company sizes up to {@code max} employees, inclusive. */
    public Builder maxEmployees(int max) {
      maxEmployees = Optional.of(max);
      return this;
    }

    /** Company sizes from {@code min} to {@code max} employees, both inclusive. */
    public Builder employees(int min, int max) {
      return minEmployees(min).maxEmployees(max);
    }

    /** No criteria: the rule takes every lead that reaches it. */
    public Builder anyLead() {
      return criteria(AssignmentCriteria.any());
    }

    /**
     * The draft.
     *
     * @throws org.crmkernel.model.error.CrmValidationException listing every problem with the
     *     criteria, under {@code criteria.}
     */
    public AssignmentRuleDraft build() {
      Violations violations = new Violations();
      AssignmentCriteria criteria = violations.attempt("criteria", () -> new AssignmentCriteria(countries, regions,
          postalCodePrefixes, industries, sources, minEmployees, maxEmployees));
      violations.throwIfAny();
      return new AssignmentRuleDraft(name, position, active, java.util.Objects.requireNonNull(criteria), target);
    }

    /** The values as a set, or a validation failure naming a missing array or entry. */
    private static Set<String> texts(String[] values, String path) {
      return Set.copyOf(Arguments.list(Arrays.asList(Arguments.present(values, path)), path));
    }
  }
}
