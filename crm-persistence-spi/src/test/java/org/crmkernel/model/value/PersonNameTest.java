package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void cleansEveryPart() {
    PersonName name = new PersonName(Optional.of(" Dr. "), Optional.of("Ada"), Optional.of(" "),
        " Love\u0301lace ", Optional.of("Jr."));

    assertThat(name.middleName()).isEmpty();
    assertThat(name.lastName()).isEqualTo("Lovélace");
    assertThat(name.displayName()).isEqualTo("Dr. Ada Lovélace Jr.");
  }

  @Test
  void needsOnlyALastName() {
    PersonName name = new PersonName(Optional.empty(), Optional.empty(), Optional.empty(), "Curie", Optional.empty());

    assertThat(name.displayName()).isEqualTo("Curie");
  }

  @Test
  void listsEveryProblemWithItsPath() {
    assertThat(violations(() -> new PersonName(Optional.of("x".repeat(PersonName.MAX_SALUTATION + 1)),
        Optional.of("A\u0000da"), Optional.of("M\uDC00"), " ", Optional.of("J\nr."))))
        .containsExactly("salutation:too_long", "firstName:control_character", "middleName:invalid_unicode",
            "lastName:required", "suffix:control_character");
  }

  @Test
  void limitsPartsInCodePoints() {
    String eighty = "😀".repeat(PersonName.MAX_PART);

    assertThat(PersonName.of(eighty, "Doe").firstName()).contains(eighty);
    assertThat(violations(() -> PersonName.of(eighty + "😀", "Doe"))).containsExactly("firstName:too_long");
  }
}
