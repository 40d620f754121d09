package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The phonetic, number and date comparators on cases a matcher meets in customer data. */
class ComparatorExamplesTest {

  @Test
  void doubleMetaphoneKeepsTheAlternateOnlyWhenItDiffers() {
    assertThat(Phonetics.doubleMetaphone("Schmidt")).isEqualTo("XMT|SMT");
    assertThat(Phonetics.doubleMetaphone("Smith")).isEqualTo("SM0|XMT");
    assertThat(Phonetics.doubleMetaphone("Thompson")).isEqualTo("TMPSN");
    // Non-letters go before encoding: the apostrophe and digits do not count.
    assertThat(Phonetics.doubleMetaphone("o'neil 2")).isEqualTo(Phonetics.doubleMetaphone("oneil"));
    assertThat(Phonetics.doubleMetaphone("12-34")).isEmpty();
  }

  @Test
  void soundexAndNysiisAreCommonsCodecs() {
    assertThat(Phonetics.soundex("robert")).isEqualTo("R163");
    assertThat(Phonetics.soundex("schmidt")).isEqualTo("S530");
    assertThat(Phonetics.soundex("smith")).isEqualTo("S530");
    // The codec refuses letters outside A to Z; they are dropped instead.
    assertThat(Phonetics.soundex("müller")).isEqualTo("M460");
    assertThat(Phonetics.soundex("123")).isEmpty();
    assertThat(Phonetics.soundex("ямщиков")).isEmpty();
    assertThat(Phonetics.nysiis("Macintosh")).isEqualTo("MCANT");
    assertThat(Phonetics.nysiis("123")).isEmpty();
  }

  @Test
  void codeSimilarityPrefersPrimariesToAlternates() {
    assertThat(Phonetics.codeSimilarity("XMT|SMT", "XMT|SMT")).isEqualTo(1.0);
    assertThat(Phonetics.codeSimilarity("MLR", "MLR")).isEqualTo(1.0);
    assertThat(Phonetics.codeSimilarity("XMT|SMT", "XMT|ABC")).isEqualTo(1.0);
    // Schmidt's primary is Smith's alternate.
    assertThat(Phonetics.codeSimilarity("XMT|SMT", "SM0|XMT")).isEqualTo(0.9);
    assertThat(Phonetics.codeSimilarity("SM0|XMT", "XMT")).isEqualTo(0.9);
    assertThat(Phonetics.codeSimilarity("K0RN|KTRN", "KTRN")).isEqualTo(0.9);
    assertThat(Phonetics.codeSimilarity("ABC|KTRN", "XYZ|KTRN")).isEqualTo(0.9);
    assertThat(Phonetics.codeSimilarity("JNS|ANS", "TMPSN")).isEqualTo(0.0);
    assertThat(Phonetics.codeSimilarity("", "")).isEqualTo(1.0);
    assertThat(Phonetics.codeSimilarity("", "TMPSN")).isEqualTo(0.0);
    assertThat(Phonetics.codeSimilarity("TMPSN", "")).isEqualTo(0.0);
  }

  @Test
  void numbersCompareByRelativeDifference() {
    assertThat(Numbers.similarity("100", "90")).isCloseTo(0.9, within(1e-12));
    assertThat(Numbers.similarity("-12.5", "-10")).isCloseTo(0.8, within(1e-12));
    assertThat(Numbers.similarity("+7", "7.00")).isEqualTo(1.0);
    assertThat(Numbers.similarity("0", "-0.0")).isEqualTo(1.0);
    assertThat(Numbers.similarity("0", "5")).isEqualTo(0.0);
    assertThat(Numbers.similarity("-5", "5")).isEqualTo(0.0);
    assertThat(Numbers.similarity(".5", "0.25")).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void textThatIsNoNumberComparesAsText() {
    assertThat(Numbers.similarity("1.2.3", "1.2.3")).isEqualTo(1.0);
    assertThat(Numbers.similarity("1.2.3", "1.2")).isEqualTo(0.0);
    assertThat(Numbers.similarity("12a", "12")).isEqualTo(0.0);
    assertThat(Numbers.similarity("1e3", "1000")).isEqualTo(0.0);
    assertThat(Numbers.similarity("-", "-")).isEqualTo(1.0);
    assertThat(Numbers.similarity("", "")).isEqualTo(1.0);
    assertThat(Numbers.similarity("", "0")).isEqualTo(0.0);
  }

  @Test
  void datesScoreSwapsAndTyposAboveNearness() {
    assertThat(DateProximity.similarity("1980-03-04", "1980-03-04")).isEqualTo(1.0);
    assertThat(DateProximity.similarity("1980-03-04", "1980-04-03")).isEqualTo(0.9);
    // A typo in one part leaves the other two equal.
    assertThat(DateProximity.similarity("1980-03-04", "1981-03-04")).isEqualTo(0.8);
    assertThat(DateProximity.similarity("1980-03-04", "1980-08-04")).isEqualTo(0.8);
    assertThat(DateProximity.similarity("1980-03-04", "1980-03-14")).isEqualTo(0.8);
    // The swap needs the same year; across years it is just two dates 395 days apart.
    assertThat(DateProximity.similarity("1980-03-04", "1981-04-03")).isEqualTo(0.0);
  }

  @Test
  void otherDatesScoreByDaysApartWithinAYear() {
    // 1980 is a leap year: 2 March to 1 May is 60 days.
    assertThat(DateProximity.similarity("1980-03-02", "1980-05-01"))
        .isCloseTo(0.5 * (1 - 60 / 365.0), within(1e-12));
    assertThat(DateProximity.similarity("1979-12-31", "1980-01-01"))
        .isCloseTo(0.5 * (1 - 1 / 365.0), within(1e-12));
    assertThat(DateProximity.similarity("1980-01-01", "1980-12-31"))
        .isCloseTo(0.5 * (1 - 365 / 365.0), within(1e-12));
    assertThat(DateProximity.similarity("1980-01-01", "1982-06-01")).isEqualTo(0.0);
  }

  @Test
  void invalidDatesCompareAsText() {
    assertThat(DateProximity.similarity("1980-02-30", "1980-02-30")).isEqualTo(1.0);
    assertThat(DateProximity.similarity("1980-02-30", "1980-03-01")).isEqualTo(0.0);
    assertThat(DateProximity.similarity("1900-02-29", "1900-02-28")).isEqualTo(0.0);
    assertThat(DateProximity.similarity("2000-02-29", "2000-02-28")).isEqualTo(0.8);
    assertThat(DateProximity.similarity("1980-3-4", "1980-03-04")).isEqualTo(0.0);
    assertThat(DateProximity.similarity("1980/03/04", "1980/03/04")).isEqualTo(1.0);
    assertThat(DateProximity.similarity("1980-13-01", "1980-01-13")).isEqualTo(0.0);
    assertThat(DateProximity.similarity("", "")).isEqualTo(1.0);
  }
}
