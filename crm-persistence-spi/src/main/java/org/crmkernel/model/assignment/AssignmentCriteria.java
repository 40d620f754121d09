package org.crmkernel.model.assignment;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.model.value.Texts;

/**
 * What a lead must look like for a rule to take it. Every criterion that is set must hold; an
 * empty set or absent bound accepts anything, and a lead without the value fails a criterion
 * that is set. Text compares ignoring case; postal codes by prefix, ignoring case and spaces.
 *
 * @param countries ISO 3166-1 alpha-2 codes of the lead's address
 * @param regions the address's region (state, province)
 * @param postalCodePrefixes prefixes of the address's postal code
 * @param industries the lead's industry
 * @param sources the lead's source
 * @param minEmployees the smallest company size, inclusive
 * @param maxEmployees the largest company size, inclusive
 */
public record AssignmentCriteria(
    Set<String> countries,
    Set<String> regions,
    Set<String> postalCodePrefixes,
    Set<String> industries,
    Set<String> sources,
    Optional<Integer> minEmployees,
    Optional<Integer> maxEmployees) {

  /** The most values one criterion may list. */
  public static final int MAX_VALUES = 1000;
  /** The longest value, in characters. */
  public static final int MAX_VALUE_LENGTH = 80;

  private static final AssignmentCriteria ANY =
      new AssignmentCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty());

  /** Normalises every value and checks the limits, listing all problems. */
  public AssignmentCriteria {
    Objects.requireNonNull(minEmployees, "minEmployees");
    Objects.requireNonNull(maxEmployees, "maxEmployees");
    Violations v = new Violations();
    countries = normalised(countries, "countries", s -> s.toUpperCase(Locale.ROOT), v);
    for (String country : countries) {
      v.check(country.matches("[A-Z]{2}"), "countries", "invalid_country", "'" + country + "' is not an ISO 3166-1 alpha-2 code");
    }
    regions = normalised(regions, "regions", AssignmentCriteria::fold, v);
    postalCodePrefixes = normalised(postalCodePrefixes, "postalCodePrefixes", AssignmentCriteria::postal, v);
    industries = normalised(industries, "industries", AssignmentCriteria::fold, v);
    sources = normalised(sources, "sources", AssignmentCriteria::fold, v);
    minEmployees.ifPresent(n -> v.check(n >= 0, "minEmployees", "too_small", "must not be negative"));
    maxEmployees.ifPresent(n -> v.check(n >= 0, "maxEmployees", "too_small", "must not be negative"));
    if (minEmployees.isPresent() && maxEmployees.isPresent()) {
      v.check(minEmployees.get() <= maxEmployees.get(), "maxEmployees", "below_minimum", "must not be below minEmployees");
    }
    v.throwIfAny();
  }

  /** Criteria every lead meets. */
  public static AssignmentCriteria any() {
    return ANY;
  }

  /** Whether {@code lead} meets every criterion that is set. */
  public boolean matches(Lead lead) {
    return matches(LeadTraits.of(lead));
  }

  /**
   * Whether a lead with {@code traits} meets every criterion that is set: the same answer as
   * {@link #matches(Lead)}, for callers that try many rules against one lead.
   */
  public boolean matches(LeadTraits traits) {
    if (!countries.isEmpty() && !in(countries, traits.country())) {
      return false;
    }
    if (!regions.isEmpty() && !in(regions, traits.region())) {
      return false;
    }
    if (!postalCodePrefixes.isEmpty() && !startsWithAny(traits.postalCode(), postalCodePrefixes)) {
      return false;
    }
    if (!industries.isEmpty() && !in(industries, traits.industry())) {
      return false;
    }
    if (!sources.isEmpty() && !in(sources, traits.source())) {
      return false;
    }
    if (minEmployees.isPresent() || maxEmployees.isPresent()) {
      if (traits.employees().isEmpty()) {
        return false;
      }
      int size = traits.employees().get();
      return (minEmployees.isEmpty() || size >= minEmployees.get()) && (maxEmployees.isEmpty() || size <= maxEmployees.get());
    }
    return true;
  }

  /** Whether no criterion is set, so that every lead matches. */
  public boolean acceptsAny() {
    return countries.isEmpty() && regions.isEmpty() && postalCodePrefixes.isEmpty() && industries.isEmpty()
        && sources.isEmpty() && minEmployees.isEmpty() && maxEmployees.isEmpty();
  }

  /**
   * A lead's values in the form the criteria compare them (country upper-cased, texts stripped
   * and lower-cased, postal code without spaces and upper-cased), computed once per lead so that
   * trying a thousand rules does not normalise the lead a thousand times.
   */
  public record LeadTraits(
      Optional<String> country,
      Optional<String> region,
      Optional<String> postalCode,
      Optional<String> industry,
      Optional<String> source,
      Optional<Integer> employees) {

    /** Rejects missing parts. */
    public LeadTraits {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(postalCode, "postalCode");
      Objects.requireNonNull(industry, "industry");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(employees, "employees");
    }

    /** The traits of {@code lead}. */
    public static LeadTraits of(Lead lead) {
      Optional<PostalAddress> address = lead.address();
      return new LeadTraits(
          address.flatMap(PostalAddress::countryCode).map(s -> s.toUpperCase(Locale.ROOT)),
          address.flatMap(PostalAddress::region).map(AssignmentCriteria::fold),
          address.flatMap(PostalAddress::postalCode).map(AssignmentCriteria::postal),
          lead.industry().map(AssignmentCriteria::fold),
          lead.source().map(AssignmentCriteria::fold),
          lead.employeeCount());
    }
  }

  private static boolean in(Set<String> accepted, Optional<String> value) {
    return value.isPresent() && accepted.contains(value.get());
  }

  private static boolean startsWithAny(Optional<String> value, Set<String> prefixes) {
    if (value.isEmpty()) {
      return false;
    }
    String code = value.get();
    for (String prefix : prefixes) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static String postal(String text) {
    return text.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static Set<String> normalised(Set<String> values, String path, UnaryOperator<String> form, Violations v) {
    Objects.requireNonNull(values, path);
    v.check(values.size() <= MAX_VALUES, path, "too_many", "a criterion lists at most " + MAX_VALUES + " values");
    TreeSet<String> out = new TreeSet<>();
    for (String value : values) {
      String cleaned = Texts.required(value, path, MAX_VALUE_LENGTH, v);
      if (cleaned != null) {
        out.add(form.apply(cleaned));
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
