package org.crmkernel.model.tenant;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's settings that shape how input is read: the region used to read national phone
 * numbers, and the base currency reports convert to.
 */
public record TenantProfile(String defaultRegion, Currency baseCurrency) {

  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

  /** Checks that the region is an ISO 3166-1 alpha-2 code. */
  public TenantProfile {
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    if (!REGIONS.contains(defaultRegion)) {
      throw new IllegalArgumentException("'" + defaultRegion + "' is not an ISO 3166-1 alpha-2 region code");
    }
  }

  /** A profile for {@code region} and the ISO 4217 {@code currencyCode}. */
  public static TenantProfile of(String region, String currencyCode) {
    return new TenantProfile(region, Currency.getInstance(currencyCode));
  }
}
