package org.crmkernel.model.value;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.error.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A postal address. Every part is optional but at least one is present; the country is an ISO
 * 3166-1 alpha-2 code. Text parts follow {@link Texts}; the street may span lines.
 */
public record PostalAddress(
    Optional<String> street,
    Optional<String> city,
    Optional<String> region,
    Optional<String> postalCode,
    Optional<String> countryCode) {

  /** Limits in characters. */
  public static final int MAX_STREET = 255, MAX_CITY = 80, MAX_REGION = 80, MAX_POSTAL_CODE = 20;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");

  /**
   * Validates every part, listing all problems. A null instead of an empty Optional is a {@code
   * required} violation at that part's path.
   */
  public PostalAddress {
    Violations v = new Violations();
    street = Texts.optional(street, "street", MAX_STREET, true, v);
    city = Texts.optional(city, "city", MAX_CITY, v);
    region = Texts.optional(region, "region", MAX_REGION, v);
    postalCode = Texts.optional(postalCode, "postalCode", MAX_POSTAL_CODE, v);
    if (countryCode == null) {
      v.add("countryCode", "required", "must be given; use Optional.empty() for none");
      countryCode = Optional.empty();
    }
    countryCode = countryCode.filter(c -> !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT));
    countryCode.ifPresent(c -> v.check(COUNTRIES.contains(c), "countryCode", "unknown_country",
        "'" + c + "' is not an ISO 3166-1 alpha-2 country code"));
    v.check(street.isPresent() || city.isPresent() || region.isPresent() || postalCode.isPresent()
        || countryCode.isPresent(), "", "required", "an address needs at least one part");
    v.throwIfAny();
  }

  /** A street address in a city and country; a null part counts as absent. */
  public static PostalAddress of(@Nullable String street, @Nullable String city, @Nullable String postalCode,
      @Nullable String countryCode) {
    return of(street, city, null, postalCode, countryCode);
  }

  /**
   * A street address in a city, region (state, province) and country; a null part counts as
   * absent.
   */
  public static PostalAddress of(@Nullable String street, @Nullable String city, @Nullable String region,
      @Nullable String postalCode, @Nullable String countryCode) {
    return new PostalAddress(Optional.ofNullable(street), Optional.ofNullable(city), Optional.ofNullable(region),
        Optional.ofNullable(postalCode), Optional.ofNullable(countryCode));
  }

  /** One line for display, such as {@code 1 Main St, 94105 San Francisco, US}. */
  public String singleLine() {
    StringBuilder line = new StringBuilder();
    street.ifPresent(s -> line.append(LINE_BREAK.matcher(s).replaceAll(", ")));
    String place = String.join(" ", postalCode.orElse(""), city.orElse("")).strip();
    for (String part : new String[] {place, region.orElse(""), countryCode.orElse("")}) {
      if (!part.isEmpty()) {
        line.append(line.length() == 0 ? "" : ", ").append(part);
      }
    }
    return line.toString();
  }
}
