package org.crmkernel.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crmkernel.dedup.internal.Addresses;
import org.crmkernel.dedup.internal.DateValues;
import org.crmkernel.dedup.internal.Emails;
import org.crmkernel.dedup.internal.OrganisationNames;
import org.crmkernel.dedup.internal.ParsedDate;
import org.crmkernel.dedup.internal.PersonNames;
import org.crmkernel.dedup.internal.Phones;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching engine's text normalisers (issue 6), one call each on a seeded pool of 1,024
 * realistic field values (accents, titles, nicknames, legal forms, tagged and Gmail addresses,
 * national phone numbers, unit/number street lines, dates in several forms): microseconds per
 * call, the budget for normalising a million records field by field.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class NormalizerBenchmark {

  static final int SAMPLE = 1_024;
  static final long SEED = 20_260_601L;

  private static final String[] GIVEN = {"Bob", "Robert", "Liz", "Élodie", "José", "Dr. Jane", "Mr Bill", "J.", "Zoë", "Mike", "Ann-Marie", "Søren"};
  private static final String[] SURNAMES = {"Smith", "O'Brien", "García Márquez", "Müller", "Nguyen Jr.", "Łukasiewicz", "van der Berg", "King III", "Doe, PhD"};
  private static final String[] ORG_STEMS = {"Acme", "The A & B", "Müller Bau", "I.B.M.", "Northwind Traders", "Contoso", "Renault", "Globex"};
  private static final String[] LEGAL = {"Pty. Ltd.", "Inc.", "GmbH & Co. KG", "S.A.", "LLC", "Limited", "Company, Inc.", "", "plc", "AB (publ)"};
  private static final String[] DOMAINS = {"example.com", "gmail.com", "googlemail.com", "Example.ORG", "mail.co.uk"};
  private static final String[] STREETS = {"Main Street", "Elm Rd", "North Michigan Avenue", "Sunset Blvd.", "Queen St W", "Collins Street", "Smith Crescent"};
  private static final String[] MONTHS = {"Jan", "March", "Sept", "December"};

  /** The seeded pools, one per field kind. */
  @State(Scope.Benchmark)
  public static class Inputs {
    String[] given = new String[SAMPLE];
    String[] surnames = new String[SAMPLE];
    String[] fullNames = new String[SAMPLE];
    String[] organisations = new String[SAMPLE];
    String[] emails = new String[SAMPLE];
    String[] phones = new String[SAMPLE];
    String[] streetLines = new String[SAMPLE];
    String[] postalCodes = new String[SAMPLE];
    String[] dates = new String[SAMPLE];
    int next;

    /** Draws the pools from a fixed seed. */
    @Setup(Level.Trial)
    public void build() {
      Random r = new Random(SEED);
      for (int i = 0; i < SAMPLE; i++) {
        given[i] = pick(r, GIVEN);
        surnames[i] = pick(r, SURNAMES);
        fullNames[i] = (r.nextBoolean() ? "Dr. " : "") + given[i] + " " + surnames[i];
        organisations[i] = pick(r, ORG_STEMS) + " " + pick(r, LEGAL);
        emails[i] = (r.nextBoolean() ? " J.Doe" : "jane.doe") + i + (r.nextBoolean() ? "+news" : "") + "@" + pick(r, DOMAINS);
        phones[i] = switch (r.nextInt(4)) {
          case 0 -> "07 5965 %04d".formatted(r.nextInt(10_000));
          case 1 -> "(310) 246-%04d".formatted(r.nextInt(10_000));
          case 2 -> "+44 20 7946 %04d".formatted(r.nextInt(10_000));
          default -> "ext " + r.nextInt(1_000);
        };
        streetLines[i] = switch (r.nextInt(4)) {
          case 0 -> (1 + r.nextInt(300)) + " " + pick(r, STREETS);
          case 1 -> (1 + r.nextInt(20)) + "/" + (1 + r.nextInt(300)) + " " + pick(r, STREETS);
          case 2 -> "Unit " + (1 + r.nextInt(20)) + ", " + (1 + r.nextInt(300)) + "a " + pick(r, STREETS);
          default -> "Apt " + (1 + r.nextInt(9)) + "B, " + (1 + r.nextInt(300)) + " " + pick(r, STREETS);
        };
        postalCodes[i] = switch (r.nextInt(3)) {
          case 0 -> "%05d-%04d".formatted(r.nextInt(100_000), r.nextInt(10_000));
          case 1 -> "sw1a " + (1 + r.nextInt(9)) + "aa";
          default -> String.valueOf(2000 + r.nextInt(7000));
        };
        int day = 1 + r.nextInt(28);
        int month = 1 + r.nextInt(12);
        int year = 1940 + r.nextInt(80);
        dates[i] = switch (r.nextInt(4)) {
          case 0 -> "%04d-%02d-%02d".formatted(year, month, day);
          case 1 -> "%02d/%02d/%04d".formatted(day, month, year);
          case 2 -> day + " " + pick(r, MONTHS) + " " + year;
          default -> "%04d-02-30".formatted(year);
        };
      }
    }

    private static String pick(Random r, String[] values) {
      return values[r.nextInt(values.length)];
    }

    int next() {
      int i = next;
      next = (i + 1) & (SAMPLE - 1);
      return i;
    }
  }

  /** {@link PersonNames#fold} on full names. */
  @Benchmark
  public String fold(Inputs in) {
    return PersonNames.fold(in.fullNames[in.next()]);
  }

  /** {@link PersonNames#givenName}: fold, titles, nickname table. */
  @Benchmark
  public String givenName(Inputs in) {
    return PersonNames.givenName(in.given[in.next()]);
  }

  /** {@link PersonNames#surname}: fold and suffixes. */
  @Benchmark
  public String surname(Inputs in) {
    return PersonNames.surname(in.surnames[in.next()]);
  }

  /** {@link PersonNames#fullName}: fold, titles and suffixes. */
  @Benchmark
  public String fullName(Inputs in) {
    return PersonNames.fullName(in.fullNames[in.next()]);
  }

  /** {@link OrganisationNames#normalize}: "&amp;", single letters, "the", legal forms. */
  @Benchmark
  public String organisation(Inputs in) {
    return OrganisationNames.normalize(in.organisations[in.next()]);
  }

  /** {@link Emails#normalize}. */
  @Benchmark
  public String email(Inputs in) {
    return Emails.normalize(in.emails[in.next()]);
  }

  /** {@link Phones#normalize} in region AU (libphonenumber for most inputs). */
  @Benchmark
  public String phone(Inputs in) {
    return Phones.normalize(in.phones[in.next()], "AU");
  }

  /** {@link Addresses#streetName}. */
  @Benchmark
  public String streetName(Inputs in) {
    return Addresses.streetName(in.streetLines[in.next()]);
  }

  /** {@link Addresses#streetNumber}. */
  @Benchmark
  public String streetNumber(Inputs in) {
    return Addresses.streetNumber(in.streetLines[in.next()]);
  }

  /** {@link Addresses#postalCode}. */
  @Benchmark
  public String postalCode(Inputs in) {
    return Addresses.postalCode(in.postalCodes[in.next()]);
  }

  /** {@link DateValues#parse}, day first, a quarter of the inputs invalid. */
  @Benchmark
  public ParsedDate date(Inputs in) {
    return DateValues.parse(in.dates[in.next()], true);
  }
}
