package org.crmkernel.testkit.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;

/**
 * Small pools of field values that random records draw from, so that generated data sets have
 * ties, shared values and empty fields, and the values that trip up SQL translations: text
 * whose code point order differs from UTF-16 and from collations, {@code %} and {@code _} in
 * prefixes, decimals equal at different scales, UUIDs whose signed and unsigned orders differ.
 * Instants have millisecond precision and stay before 2038, so every SQL database keeps them;
 * durations are whole milliseconds too. Texts at a record's length limit and amounts at the
 * limits of {@link Money} check that a store keeps every value a record may hold.
 */
final class ValuePools {

  /** The earliest instant the pools use. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  /** Names and other free text, NFC and trimmed. */
  static final List<String> TEXTS = List.of(
      "Acme", "acme", "ACME", "Acme Corp", "Zeta", "zeta", "\u00C9mile", "Emile", "Stra\u00DFe", "50%_off",
      "a_b", "a%b", "ab", "\uD835\uDD18nicode", "\uFF21lpha", "\uFB01ne", "O'Brien", "\u03A9mega", "Z");

  /** Prefixes worth filtering by, beyond those taken from stored values. */
  static final List<String> PREFIXES = List.of("A", "a", "Ac", "%", "_", "a_", "a%", "\u00C9", "\uD835\uDD18", "\uFF21", "zz");

  /** Points in time: ties, a millisecond apart, days apart. */
  static final List<Instant> INSTANTS = List.of(
      EPOCH, EPOCH.plus(Duration.ofHours(1)), EPOCH.plus(Duration.ofHours(1)).plusMillis(1),
      EPOCH.plus(Duration.ofDays(2)), EPOCH.plus(Duration.ofDays(30)));

  /** Calendar dates. */
  static final List<LocalDate> DATES = List.of(
      LocalDate.of(1999, 12, 31), LocalDate.of(2020, 2, 29), LocalDate.of(2021, 1, 1), LocalDate.of(1960, 7, 4));

  /** UUIDs of referenced records; their signed and unsigned orders differ. */
  static final List<UUID> REFERENCES = List.of(
      new UUID(0x0000_0000_0000_0001L, 1L), new UUID(0x7FFF_FFFF_FFFF_FFFFL, 2L),
      new UUID(0x8000_0000_0000_0000L, 3L), new UUID(0xFFFF_FFFF_FFFF_FFFFL, 4L));

  /** E-mail addresses; two differ only in case and so share a match key. */
  static final List<Email> EMAILS = List.of(
      Email.parse("ann@example.com"), Email.parse("Bob@example.org"), Email.parse("bob@example.org"),
      Email.parse("zed@acme.test"), Email.parse("x_y@a.io"), Email.parse("o'neil@b.de"));

  /** Phone numbers in E.164. */
  static final List<PhoneNumber> PHONES = List.of(
      PhoneNumber.ofE164("+4930123456"), PhoneNumber.ofE164("+14155552671"),
      PhoneNumber.ofE164("+442079460958"), PhoneNumber.ofE164("+81312345678"));

  /** Websites. */
  static final List<String> WEBSITES = List.of("https://acme.example", "http://zeta.example/a", "https://b.example");

  /** Cities, including two that differ only in case. */
  static final List<String> CITIES = List.of("Berlin", "berlin", "M\u00FCnchen", "Z\u00FCrich", "Paris");

  /** ISO country codes. */
  static final List<String> COUNTRIES = List.of("DE", "CH", "FR", "US");

  /** Postal codes. */
  static final List<String> POSTAL_CODES = List.of("10115", "8001", "75001", "94105");

  /** Employee counts. */
  static final List<Integer> COUNTS = List.of(0, 1, 7, 50, 1000);

  /** Annual revenues; the first two are equal amounts. */
  static final List<Money> REVENUES = List.of(
      Money.of("1.5", "EUR"), Money.of("1.50", "USD"), Money.of("100", "JPY"), Money.of("99.99", "EUR"), Money.of("0", "CHF"));

  /** Decimals, some equal at different scales. */
  static final List<BigDecimal> DECIMALS = List.of(
      new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("0.0"), new BigDecimal("-2.25"), new BigDecimal("100"));

  /** Whole numbers. */
  static final List<Long> LONGS = List.of(-5L, 0L, 7L, 42L, 1000L);

  /** Picklist choices of the custom field {@code region}. */
  static final List<String> REGIONS = List.of("EMEA", "APAC", "AMER", "emea");

  /** Choices of the multi-select custom field {@code tags}. */
  static final List<String> TAGS = List.of("b2b", "gold", "Gold", "partner");

  /** Owning business units. */
  static final List<BusinessUnitId> UNITS = List.of(
      BusinessUnitId.of(REFERENCES.get(0)), BusinessUnitId.of(REFERENCES.get(2)), BusinessUnitId.of(REFERENCES.get(3)));

  /** Users that own records, manage users and belong to teams. */
  static final List<UserId> USERS = List.of(
      UserId.of(REFERENCES.get(1)), UserId.of(REFERENCES.get(2)), UserId.of(REFERENCES.get(3)));

  /** Teams that own records. */
  static final List<TeamId> TEAMS = List.of(TeamId.of(REFERENCES.get(0)), TeamId.of(REFERENCES.get(3)));

  /**
   * Amounts of money at the edges a store must keep exactly: zero, scales the currency does not
   * have (up to six decimals), currencies with zero to four minor digits, equal amounts in two
   * currencies, and the largest amount {@link Money} allows.
   */
  static final List<Money> AMOUNTS = List.of(
      Money.of("0", "EUR"), Money.of("1.5", "EUR"), Money.of("1.50", "USD"), Money.of("100", "JPY"),
      Money.of("0.005", "JPY"), Money.of("1.234", "BHD"), Money.of("0.0001", "CLF"), Money.of("12.345678", "EUR"),
      Money.of("999999999999999999.999999", "USD"));

  /** Whole numbers from 0 to 100 for probabilities: both ends and their neighbours. */
  static final List<Integer> PERCENTAGES = List.of(0, 1, 50, 99, 100);

  /** Durations: a millisecond, ordinary lengths, and the longest an activity may take. */
  static final List<Duration> DURATIONS = List.of(
      Duration.ofMillis(1), Duration.ofMinutes(15), Duration.ofMinutes(90), Duration.ofDays(31));

  /** Multi-line free text: line feeds, a carriage return and a tab inside. */
  static final String MULTI_LINE = "First line \u00C9\nsecond line\r\n\tindented \uD835\uDD18";

  private ValuePools() {}

  /** One element of {@code pool}. */
  static <T> T pick(Random random, List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  /** A value from {@code value} with probability {@code presence}, otherwise empty. */
  static <T> Optional<T> maybe(Random random, double presence, Supplier<T> value) {
    return random.nextDouble() < presence ? Optional.of(value.get()) : Optional.empty();
  }

  /** Up to {@code max} elements of {@code pool}, distinct by {@code key}. */
  static <T> List<T> some(Random random, List<T> pool, int max, Function<T, ?> key) {
    int size = random.nextInt(max + 1);
    Map<Object, T> chosen = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      T item = pick(random, pool);
      chosen.putIfAbsent(key.apply(item), item);
    }
    return List.copyOf(chosen.values());
  }

  /**
   * A text of exactly {@code codePoints} code points, NFC and trimmed, mixing one-unit and
   * two-unit (supplementary) characters, so that a store that counts UTF-16 units or bytes
   * instead of characters cannot hold it.
   */
  static String longest(int codePoints) {
    int[] pattern = {'Z', 0x00C9, 0x1D518, 0xFF21, 'a'};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      text.appendCodePoint(pattern[i % pattern.length]);
    }
    return text.toString();
  }

  /** Mostly a pool text, now and then one of exactly {@code maxLength} code points. */
  static String text(Random random, int maxLength) {
    return random.nextInt(8) == 0 ? longest(maxLength) : pick(random, TEXTS);
  }

  /** A random UUID, often with the sign bit set. */
  static UUID uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  /** A first revision: created at a pool instant, sometimes modified later. */
  static Revision revision(Random random) {
    Instant created = pick(random, INSTANTS);
    Instant modified = random.nextBoolean() ? created : created.plus(Duration.ofHours(1 + random.nextInt(3)));
    return new Revision(1, created, modified);
  }

  /** {@code revision} moved to {@code version}, modified an hour later. */
  static Revision revisionAt(Revision revision, long version) {
    return new Revision(version, revision.createdAt(), revision.modifiedAt().plus(Duration.ofHours(1)));
  }

  /** An ownership by a user or an owner team. */
  static Ownership ownership(Random random) {
    Owner owner = random.nextInt(3) == 0 ? Owner.team(pick(random, TEAMS)) : Owner.user(pick(random, USERS));
    return new Ownership(owner, pick(random, UNITS));
  }

  /** A postal address with at least one part. */
  static PostalAddress address(Random random) {
    Optional<String> city = maybe(random, 0.7, () -> pick(random, CITIES));
    Optional<String> postalCode = maybe(random, 0.5, () -> pick(random, POSTAL_CODES));
    Optional<String> country = city.isEmpty() && postalCode.isEmpty()
        ? Optional.of(pick(random, COUNTRIES)) : maybe(random, 0.6, () -> pick(random, COUNTRIES));
    Optional<String> street = maybe(random, 0.3, () -> "Main St " + (1 + random.nextInt(9)));
    return new PostalAddress(street, city, Optional.empty(), postalCode, country);
  }

  /** Up to {@code max} distinct random addresses. */
  static List<PostalAddress> addresses(Random random, int max) {
    int size = random.nextInt(max + 1);
    Set<PostalAddress> chosen = new LinkedHashSet<>();
    for (int i = 0; i < size; i++) {
      chosen.add(address(random));
    }
    return List.copyOf(chosen);
  }

  /** Random values for some of the custom fields {@link #customFieldRefs} names. */
  static CustomFields customFields(Random random) {
    Map<String, FieldValue> values = new LinkedHashMap<>();
    put(random, values, "region", () -> new FieldValue.PicklistValue(pick(random, REGIONS)));
    put(random, values, "score", () -> new FieldValue.IntegerValue(pick(random, LONGS)));
    put(random, values, "rating", () -> new FieldValue.DecimalValue(pick(random, DECIMALS)));
    put(random, values, "budget", () -> new FieldValue.MoneyValue(pick(random, REVENUES)));
    put(random, values, "since", () -> new FieldValue.DateValue(pick(random, DATES)));
    put(random, values, "vip", () -> new FieldValue.BooleanValue(random.nextBoolean()));
    put(random, values, "last_touch", () -> new FieldValue.DateTimeValue(pick(random, INSTANTS)));
    put(random, values, "nickname", () -> new FieldValue.TextValue(pick(random, TEXTS)));
    put(random, values, "tags", () -> {
      Set<String> choices = new LinkedHashSet<>(some(random, TAGS, 3, t -> t));
      choices.add(pick(random, TAGS));
      return new FieldValue.MultiPicklistValue(new TreeSet<>(choices));
    });
    return CustomFields.of(values);
  }

  /**
   * References to the custom fields {@link #customFields} fills, for records of {@code kind},
   * plus one that no record has.
   */
  static <R> List<FieldRef<R, ?>> customFieldRefs(RecordKind kind) {
    List<FieldRef<R, ?>> refs = new ArrayList<>();
    refs.add(new CustomFieldRef<R>(kind, "region", ValueType.TEXT, false));
    refs.add(new CustomFieldRef<R>(kind, "score", ValueType.INTEGER, false));
    refs.add(new CustomFieldRef<R>(kind, "rating", ValueType.DECIMAL, false));
    refs.add(new CustomFieldRef<R>(kind, "budget", ValueType.DECIMAL, false));
    refs.add(new CustomFieldRef<R>(kind, "since", ValueType.DATE, false));
    refs.add(new CustomFieldRef<R>(kind, "vip", ValueType.BOOLEAN, false));
    refs.add(new CustomFieldRef<R>(kind, "last_touch", ValueType.INSTANT, false));
    refs.add(new CustomFieldRef<R>(kind, "nickname", ValueType.TEXT, false));
    refs.add(new CustomFieldRef<R>(kind, "tags", ValueType.TEXT, true));
    refs.add(new CustomFieldRef<R>(kind, "never_set", ValueType.TEXT, false));
    return List.copyOf(refs);
  }

  /** Values of type {@code type} worth comparing with, beyond those stored. */
  static List<Object> extraValues(ValueType type) {
    return switch (type) {
      case TEXT -> List.of("A", "a", "zz", "\uFF21", "\uD835\uDD18", "Acme");
      case INTEGER -> List.of(-1L, 0L, 5L, 1_000_000L);
      case DECIMAL -> List.of(new BigDecimal("1.5"), new BigDecimal("1.500"), BigDecimal.ZERO, new BigDecimal("99.990"));
      case DATE -> List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 2, 29));
      case INSTANT -> List.of(EPOCH, EPOCH.plus(Duration.ofHours(1)), EPOCH.plus(Duration.ofDays(3)));
      case BOOLEAN -> List.of(true, false);
      case UUID -> List.of(new UUID(0, 0), new UUID(0x8000_0000_0000_0000L, 0), new UUID(-1L, -1L), REFERENCES.get(1));
    };
  }

  private static void put(Random random, Map<String, FieldValue> values, String name, Supplier<FieldValue> value) {
    if (random.nextInt(3) != 0) {
      values.put(name, value.get());
    }
  }
}
