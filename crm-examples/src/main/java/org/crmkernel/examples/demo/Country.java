package org.crmkernel.examples.demo;

import java.util.List;
import java.util.Optional;

/**
 * What the demo needs to invent believable companies and people in one country. Patterns use
 * {@link Dice#fill}: {@code #} a digit, {@code N} a digit from 2 to 9, {@code A} a letter.
 *
 * @param code ISO 3166-1 alpha-2
 * @param language the ISO 639-1 language of names and of the contacts' preferred language
 * @param currency ISO 4217, for the accounts' annual revenue
 * @param compoundNames whether name parts join into one word ({@code Rhein + werk})
 * @param numberFirst whether the house number comes before the street ({@code 12 Main St})
 * @param taxIdPattern the shape of a company's tax or VAT number
 */
record Country(
    String code,
    String language,
    String currency,
    SalesRegion region,
    int weight,
    List<String> legalForms,
    List<String> namePrefixes,
    List<String> nameSuffixes,
    boolean compoundNames,
    List<String> streets,
    boolean numberFirst,
    String taxIdPattern,
    List<City> cities) {

  /**
   * A city: its postal codes and how its phone numbers are written. Numbers of the tenant's home
   * country are written nationally ({@code 030 2345678}); others internationally.
   */
  record City(String name, Optional<String> state, String postalPattern, String phonePattern) {

    static City of(String name, String postalPattern, String phonePattern) {
      return new City(name, Optional.empty(), postalPattern, phonePattern);
    }

    static City of(String name, String state, String postalPattern, String phonePattern) {
      return new City(name, Optional.of(state), postalPattern, phonePattern);
    }
  }
}
