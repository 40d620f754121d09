package org.crmkernel.dedup;

import java.util.Locale;
import java.util.Set;

/**
 * What normalisation needs to know about the data's origin: the region whose numbering plan
 * reads phone numbers written without a country code, and whether an ambiguous date such as
 * 03/04/1980 puts the day first.
 *
 * @param defaultRegion an ISO 3166-1 alpha-2 region code, such as {@code AU}
 * @param dayFirst true to read {@code 03/04/1980} as 3 April, false as 4 March
 */
public record MatchContext(String defaultRegion, boolean dayFirst) {

  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

  /** Checks the region code. */
  public MatchContext {
    if (!REGIONS.contains(defaultRegion)) {
      throw org.crmkernel.model.error.CrmValidationException.of("defaultRegion", "unknown_region",
          "'" + defaultRegion + "' is not an ISO 3166-1 alpha-2 region code");
    }
  }

  /** Region {@code US}, month first, as most CRM imports are. */
  public static MatchContext unitedStates() {
    return new MatchContext("US", false);
  }
}
