package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerExamplesTest {

  @Nested
  class Folding {
    @Test
    void accentsCaseWidthAndApostrophes() {
      assertThat(PersonNames.fold("  José  María ")).isEqualTo("jose maria");
      assertThat(PersonNames.fold("ＡＢＣ")).isEqualTo("abc");
      assertThat(PersonNames.fold("O'Brien")).isEqualTo("obrien");
      assertThat(PersonNames.fold("O’Brien")).isEqualTo("obrien");
      assertThat(PersonNames.fold("Smith-Jones, Jr.")).isEqualTo("smith jones jr");
      assertThat(PersonNames.fold("Agent 007")).isEqualTo("agent 007");
      assertThat(PersonNames.fold("a\u0000b\tc\n")).isEqualTo("a b c");
      assertThat(PersonNames.fold("!!! ---")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
      "Straße, strasse", "Æsir, aesir", "Søren, soren", "Łódź, lodz", "Đorđe, dorde",
      "Guðrún, gudrun", "Þór, thor", "Œuvre, oeuvre", "Istanbul ılık, istanbul ilik"
    })
    void specialLetters(String raw, String folded) {
      assertThat(PersonNames.fold(raw)).isEqualTo(folded);
    }
  }

  @Nested
  class Names {
    @Test
    void nicknamesMapToTheirCanonicalName() {
      assertThat(Nicknames.canonical("bob")).isEqualTo("robert");
      assertThat(Nicknames.canonical("liz")).isEqualTo("elizabeth");
      assertThat(Nicknames.canonical("bill")).isEqualTo("william");
      assertThat(Nicknames.canonical("robert")).isEqualTo("robert");
      assertThat(Nicknames.canonical("zxqv")).isEqualTo("zxqv");
      assertThat(Nicknames.sameName("bob", "robert")).isTrue();
      assertThat(Nicknames.sameName("will", "william")).isTrue();
      assertThat(Nicknames.sameName("bob", "william")).isFalse();
      assertThat(Nicknames.sameName("ann", "ann")).isTrue();
    }

    @Test
    void aNicknameOfSeveralNamesHasOneDeterministicCanonical() {
      String al = Nicknames.canonical("al");
      assertThat(al).isIn("albert", "alan", "alfred", "alexander", "allan", "allen");
      assertThat(Nicknames.canonical("al")).isEqualTo(al);
      assertThat(Nicknames.sameName("al", "alfred")).isTrue();
      assertThat(Nicknames.sameName("al", "albert")).isTrue();
    }

    @Test
    void givenNames() {
      assertThat(PersonNames.givenName("Bob")).isEqualTo(PersonNames.givenName("Robert")).isEqualTo("robert");
      assertThat(PersonNames.givenName("Dr. Liz")).isEqualTo("elizabeth");
      assertThat(PersonNames.givenName("Mrs Liz Ann")).isEqualTo("elizabeth " + Nicknames.canonical("ann"));
      assertThat(PersonNames.givenName("J.")).isEqualTo("j");
      assertThat(PersonNames.givenName("Bob J.")).isEqualTo("robert j");
      assertThat(PersonNames.givenName("Sr. José")).isEqualTo("jose");
      assertThat(PersonNames.givenName("Miss")).isEqualTo("miss");
      assertThat(PersonNames.givenName("  ")).isEmpty();
    }

    @Test
    void surnames() {
      assertThat(PersonNames.surname("Smith Jr.")).isEqualTo("smith");
      assertThat(PersonNames.surname("Smith, Ph.D.")).isEqualTo("smith");
      assertThat(PersonNames.surname("Gates III")).isEqualTo("gates");
      assertThat(PersonNames.surname("O'Neil Esq")).isEqualTo("oneil");
      assertThat(PersonNames.surname("García Márquez")).isEqualTo("garcia marquez");
      assertThat(PersonNames.surname("Junior")).isEqualTo("junior");
    }

    @Test
    void fullNames() {
      assertThat(PersonNames.fullName("Dr. Martin Luther King, Jr.")).isEqualTo("martin luther king");
      assertThat(PersonNames.fullName("Mr & Mrs Smith")).isEqualTo("smith");
      assertThat(PersonNames.fullName("Prof. Dr. Hans Müller MD")).isEqualTo("hans muller");
      assertThat(PersonNames.fullName("Bob Smith")).isEqualTo("bob smith");
    }
  }

  @Nested
  class Organisations {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Acme Pty. Ltd.|acme",
          "ACME PTY LTD|acme",
          "The A & B Company, Inc.|a and b",
          "A and B|a and b",
          "Siemens AG|siemens",
          "Müller GmbH & Co. KG|muller",
          "Renault S.A.|renault",
          "I.B.M. Corp.|ibm",
          "I B M|ibm",
          "Volvo AB (publ)|volvo",
          "Petronas Sdn. Bhd.|petronas",
          "Smith & Co|smith",
          "Widgets Inc Ltd|widgets",
          "The Company Limited|the company limited",
          "Inc.|inc",
          "The The|the the"
        })
    void legalFormsAndConnectives(String raw, String normalized) {
      assertThat(OrganisationNames.normalize(raw)).isEqualTo(normalized);
    }
  }

  @Nested
  class EmailAddresses {
    @ParameterizedTest
    @CsvSource({
      "'  Jane.Doe+news@Example.com ', jane.doe@example.com",
      "J.Doe+x@GoogleMail.com, jdoe@gmail.com",
      "j.d.o.e@gmail.com, jdoe@gmail.com",
      "+tag@example.com, +tag@example.com",
      "a@b@c, a@b@c",
      "@example.com, @example.com",
      "no-at-sign, no-at-sign",
      "'', ''"
    })
    void tagsAndGmailDots(String raw, String normalized) {
      assertThat(Emails.normalize(raw)).isEqualTo(normalized);
    }
  }

  @Nested
  class PhoneNumbers {
    @ParameterizedTest
    @CsvSource({
      "07 59659513, AU, +61759659513",
      "310/246-1501, US, +13102461501",
      "(310) 246-1501, us, +13102461501",
      "+44 20 7946 0958, US, +442079460958",
      "020 7946 0958, GB, +442079460958",
      "1234, US, 1234",
      "+12, US, +12",
      "call me, US, ''",
      "555-0100 x12, ZZ, 555010012"
    })
    void e164OrDigits(String raw, String region, String normalized) {
      assertThat(Phones.normalize(raw, region)).isEqualTo(normalized);
    }
  }

  @Nested
  class StreetLines {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "12 Main Street|12||main st",
          "5/12 Main St|12|5|main st",
          "Unit 5, 12 Main St|12|5|main st",
          "apt 3, 45 Elm Road|45|3|elm rd",
          "Apt 3B, 45 Elm Rd|45|3b|elm rd",
          "12a Main St|12a||main st",
          "12-14 Queen Street|12-14||queen st",
          "Suite 200, 100 North Michigan Avenue|100|200|n michigan ave",
          "Level 3, 1 Collins St|1||collins st",
          "Flat 2, 10 Downing Street|10|2|downing st",
          "100 Main St #12|100|12|main st",
          "100 Main St Ste 4|100|4|main st",
          "1 Sunset Boulevard|1||sunset blvd",
          "1 Sunset Blv.|1||sunset blvd",
          "7 Smith Crescent West|7||smith cres w",
          "20 Northeast Parkway|20||ne pkwy",
          "1st Avenue|||1st ave"
        })
    void numberUnitAndStreet(String line, String number, String unit, String street) {
      assertThat(Addresses.streetNumber(line)).isEqualTo(number == null ? "" : number);
      assertThat(Addresses.unit(line)).isEqualTo(unit == null ? "" : unit);
      assertThat(Addresses.streetName(line)).isEqualTo(street == null ? "" : street.strip());
    }

    @ParameterizedTest
    @CsvSource({
      "street, st", "str, st", "st, st", "road, rd", "avenue, ave", "av, ave", "boulevard, blvd", "blv, blvd",
      "drive, dr", "court, ct", "place, pl", "lane, ln", "crescent, cres", "terrace, tce", "highway, hwy",
      "parade, pde", "circuit, cct", "close, cl", "square, sq", "parkway, pkwy", "way, way"
    })
    void streetTypesHaveOneShortForm(String type, String canonical) {
      assertThat(Addresses.streetName("9 Long " + type.toUpperCase(java.util.Locale.ROOT) + ".")).isEqualTo("long " + canonical);
    }

    @ParameterizedTest
    @CsvSource({"north, n", "South, s", "EAST, e", "west, w", "northeast, ne", "Northwest, nw", "southeast, se", "southwest, sw"})
    void directionsAreAbbreviated(String direction, String abbreviated) {
      assertThat(Addresses.streetName("1 " + direction + " Terrace")).isEqualTo(abbreviated + " tce");
    }

    @Test
    void blankLines() {
      assertThat(Addresses.streetName(" ,, ")).isEmpty();
      assertThat(Addresses.streetNumber("")).isEmpty();
      assertThat(Addresses.unit("main st")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"60601-1234, 60601", "606011234, 60601", "60601, 60601", "sw1a 1aa, SW1A1AA", "'  2000 ', 2000", "'---', ''"})
    void postalCodes(String raw, String normalized) {
      assertThat(Addresses.postalCode(raw)).isEqualTo(normalized);
    }
  }

  @Nested
  class Dates {
    @ParameterizedTest
    @CsvSource({
      "1980-03-12, true, 1980-03-12",
      "19800312, true, 1980-03-12",
      "1980/03/12, true, 1980-03-12",
      "12/03/1980, true, 1980-03-12",
      "12/3/1980, true, 1980-03-12",
      "12.03.1980, true, 1980-03-12",
      "12-03-1980, true, 1980-03-12",
      "03/12/1980, false, 1980-03-12",
      "13/03/1980, false, 1980-03-13",
      "03/13/1980, true, 1980-03-13",
      "12 March 1980, true, 1980-03-12",
      "'March 12, 1980', false, 1980-03-12",
      "March 12th 1980, true, 1980-03-12",
      "12-Mar-1980, true, 1980-03-12",
      "'  12 SEPT 1980  ', true, 1980-09-12",
      "29/02/2000, true, 2000-02-29"
    })
    void acceptedForms(String raw, boolean dayFirst, String iso) {
      assertThat(DateValues.parse(raw, dayFirst)).isEqualTo(new ParsedDate(iso, true));
    }

    @ParameterizedTest
    @CsvSource({
      "1980-02-30, 1980 02 30",
      "1980-13-01, 1980 13 01",
      "29/02/1900, 29 02 1900",
      "31/04/1980, 31 04 1980",
      "sometime in 1980, sometime in 1980",
      "12 March, 12 march",
      "1980-03-12T10:00, 1980 03 12t10 00"
    })
    void invalidOrUnreadDatesAreKeptFolded(String raw, String folded) {
      assertThat(DateValues.parse(raw, true)).isEqualTo(new ParsedDate(folded, false));
    }

    @Test
    void blankIsEmptyAndUnparsed() {
      assertThat(DateValues.parse("   ", true)).isEqualTo(new ParsedDate("", false));
    }
  }
}
