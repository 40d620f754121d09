package org.crmkernel.dedup.internal;

import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.Normalization;

/** What each {@link Normalization} does to a raw value. */
public final class Normalizations {

  private Normalizations() {}

  /** Normalises {@code raw} as {@code normalization} says; "" when nothing usable remains. */
  public static String apply(Normalization normalization, String raw, MatchContext context) {
    return switch (normalization) {
      case NONE -> raw.strip();
      case TEXT -> PersonNames.fold(raw);
      case GIVEN_NAME -> PersonNames.givenName(raw);
      case SURNAME -> PersonNames.surname(raw);
      case PERSON_NAME -> PersonNames.fullName(raw);
      case ORGANISATION_NAME -> OrganisationNames.normalize(raw);
      case EMAIL -> Emails.normalize(raw);
      case PHONE -> Phones.normalize(raw, context.defaultRegion());
      case STREET_NAME -> Addresses.streetName(raw);
      case STREET_NUMBER -> Addresses.streetNumber(raw);
      case UNIT -> Addresses.unit(raw);
      case POSTAL_CODE -> Addresses.postalCode(raw);
      case DATE -> DateValues.parse(raw, context.dayFirst()).value();
      case DIGITS -> digits(raw);
    };
  }

  private static String digits(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
