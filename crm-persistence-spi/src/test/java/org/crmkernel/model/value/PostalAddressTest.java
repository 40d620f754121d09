package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

  @Test
  void cleansPartsAndUpperCasesTheCountry() {
    PostalAddress address = new PostalAddress(Optional.of(" 1 Main St\nSuite 5 "), Optional.of(" Zu\u0308rich "),
        Optional.of("  "), Optional.of("8001"), Optional.of(" ch "));

    assertThat(address.street()).contains("1 Main St\nSuite 5");
    assertThat(address.city()).contains("Zürich");
    assertThat(address.region()).isEmpty();
    assertThat(address.countryCode()).contains("CH");
  }

  @Test
  void showsOneLine() {
    assertThat(PostalAddress.of("1 Main St\nSuite 5", "San Francisco", "CA", "94105", "us").singleLine())
        .isEqualTo("1 Main St, Suite 5, 94105 San Francisco, CA, US");
    assertThat(new PostalAddress(Optional.empty(), Optional.of("Berlin"), Optional.empty(), Optional.empty(),
        Optional.empty()).singleLine()).isEqualTo("Berlin");
  }

  @Test
  void needsAtLeastOnePart() {
    assertThat(violations(() -> new PostalAddress(Optional.of(" "), Optional.empty(), Optional.empty(),
        Optional.of(""), Optional.of("  ")))).containsExactly(":required");
  }

  @Test
  void listsEveryProblemWithItsPath() {
    assertThat(violations(() -> new PostalAddress(
        Optional.of("x".repeat(PostalAddress.MAX_STREET + 1)),
        Optional.of("Ber\nlin"),
        Optional.of("Bay\uD800ern"),
        Optional.of("1".repeat(PostalAddress.MAX_POSTAL_CODE + 1)),
        Optional.of("XX"))))
        .containsExactly("street:too_long", "city:control_character", "region:invalid_unicode",
            "postalCode:too_long", "countryCode:unknown_country");
  }

  @Test
  void onlyTheStreetSpansLines() {
    assertThat(violations(() -> PostalAddress.of("1 Main St", "San\nFrancisco", "94105", "US")))
        .containsExactly("city:control_character");
  }

  @Test
  void rejectsCountryCodesThatAreNotAlpha2() {
    assertThat(violations(() -> PostalAddress.of("1 Main St", "Berlin", "10115", "DEU")))
        .containsExactly("countryCode:unknown_country");
  }
}
