package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Null passed where a value belongs is bad input like any other: a {@code required} violation at
 * the argument's path (or, where documented, the same as absent), never a NullPointerException.
 */
class NullArgumentsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void moneyNeedsAnAmountAndACurrency() {
    assertThat(violations(() -> Money.of((String) null, "EUR"))).containsExactly("amount:required");
    assertThat(violations(() -> Money.of("1", (String) null))).containsExactly("currency:required");
    assertThat(violations(() -> Money.of((String) null, (String) null)))
        .containsExactly("amount:required", "currency:required");
    assertThat(violations(() -> Money.of("x", "XYZ"))).containsExactly("amount:invalid_number", "currency:unknown_currency");
    assertThat(violations(() -> Money.of((BigDecimal) null, EUR))).containsExactly("amount:required");
    assertThat(violations(() -> Money.of(BigDecimal.ONE, (Currency) null))).containsExactly("currency:required");
    assertThat(violations(() -> new Money(null, null))).containsExactly("amount:required", "currency:required");
    assertThat(violations(() -> Money.currency(null))).containsExactly("currency:required");
    assertThat(Money.of(" 12.5 ", "eur")).isEqualTo(new Money(new BigDecimal("12.50"), EUR));
  }

  @Test
  void anEmailAddressIsRequired() {
    assertThat(violations(() -> Email.parse(null))).containsExactly(":required");
    assertThat(violations(() -> new Email(null))).containsExactly(":required");
  }

  @Test
  void aPhoneNumberIsRequiredButTheDefaultRegionMayBeNone() {
    assertThat(violations(() -> PhoneNumber.parse(null, "DE"))).containsExactly(":required");
    assertThat(violations(() -> PhoneNumber.ofE164(null))).containsExactly(":required");
    assertThat(violations(() -> new PhoneNumber("+4930123456", null))).containsExactly("extension:required");
    assertThat(PhoneNumber.parse("+49 30 123456", null)).isEqualTo(PhoneNumber.ofE164("+4930123456"));
    assertThat(violations(() -> PhoneNumber.parse("030 123456", null))).containsExactly(":invalid_phone");
  }

  @Test
  void nullAddressPartsGivenAsTextAreAbsent() {
    PostalAddress address = PostalAddress.of(null, "Berlin", null, "de");

    assertThat(address).isEqualTo(new PostalAddress(Optional.empty(), Optional.of("Berlin"), Optional.empty(),
        Optional.empty(), Optional.of("DE")));
    assertThat(violations(() -> PostalAddress.of(null, null, null, null, null))).containsExactly(":required");
  }

  @Property
  void addressTextPartsBehaveLikeOptionals(@ForAll("parts") String street, @ForAll("parts") String city,
      @ForAll("parts") String region, @ForAll("parts") String postalCode) {
    Optional<String> country = Optional.of("US");

    assertThat(PostalAddress.of(street, city, region, postalCode, "US"))
        .isEqualTo(new PostalAddress(Optional.ofNullable(street), Optional.ofNullable(city),
            Optional.ofNullable(region), Optional.ofNullable(postalCode), country));
  }

  @Provide
  Arbitrary<String> parts() {
    return Arbitraries.of("1 Main St", " Springfield ", "IL", "62701", "", " ").injectNull(0.4);
  }

  @Test
  void aNullOptionalAddressPartIsRequired() {
    Optional<String> none = Optional.empty();

    assertThat(violations(() -> new PostalAddress(null, Optional.of("Berlin"), none, none, null)))
        .containsExactly("street:required", "countryCode:required");
    assertThat(violations(() -> new PostalAddress(none, null, null, null, none)))
        .containsExactly("city:required", "region:required", "postalCode:required", ":required");
  }

  @Test
  void aPersonNeedsALastNameAndANullFirstNameIsNone() {
    assertThat(violations(() -> PersonName.of(null, null))).containsExactly("lastName:required");
    assertThat(violations(() -> PersonName.of("Ada", null))).containsExactly("lastName:required");
    assertThat(PersonName.of(null, "Curie").firstName()).isEmpty();
    assertThat(violations(() -> new PersonName(null, null, null, null, null)))
        .containsExactly("salutation:required", "firstName:required", "middleName:required", "lastName:required",
            "suffix:required");
  }

  @Test
  void zeroWidthAndNoBreakSpacesAloneAreBlank() {
    assertThat(PersonName.of("\u200B\u00A0", "Curie").firstName()).isEmpty();
    assertThat(violations(() -> PersonName.of("Ada", "\u200B"))).containsExactly("lastName:required");
  }
}
