package org.crmkernel.spi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.query.Sort.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorProperties {

  /** A sort with its keys' value types and a position in it. */
  record Case(Sort<Object> sort, SortPosition position) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ValueType> types = Arbitraries.of(ValueType.values());
    Arbitrary<Direction> directions = Arbitraries.of(Direction.values());
    Arbitrary<List<Sort.Key<Object>>> keys = Combinators.combine(types, directions).as(KeySpec::new)
        .list().ofMaxSize(Sort.MAX_KEYS)
        .map(specs -> {
          List<Sort.Key<Object>> made = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            made.add(new Sort.Key<>(new CustomFieldRef<>(RecordKind.ACCOUNT, "f" + i, specs.get(i).type(), false),
                specs.get(i).direction()));
          }
          return made;
        });
    return keys.flatMap(k -> {
      Sort<Object> sort = new Sort<>(k);
      List<Arbitrary<Optional<Object>>> values = k.stream().map(key -> value(key.field().valueType()).optional(0.8))
          .toList();
      Arbitrary<List<Optional<Object>>> all = values.isEmpty()
          ? Arbitraries.just(List.of())
          : Combinators.combine(values).as(List::copyOf);
      return Combinators.combine(all, uuids()).as((v, id) -> new Case(sort, new SortPosition(v, id)));
    });
  }

  private record KeySpec(ValueType type, Direction direction) {}

  private static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  /** Values as stored records hold them: clean text, decimals without negative scale. */
  private static Arbitrary<Object> value(ValueType type) {
    return switch (type) {
      case TEXT -> Arbitraries.oneOf(
              Arbitraries.strings().all().ofMaxLength(20)
                  .filter(s -> s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)),
              Arbitraries.of("", "-", "=", "|", "a|b", "line\nbreak", "\r\n", "😀", "中文", "\uFFFF", "c1", "==",
                  "x".repeat(255)))
          .map(v -> (Object) v);
      case INTEGER -> Arbitraries.longs().map(v -> (Object) v);
      case DECIMAL -> Combinators.combine(Arbitraries.bigIntegers().between(
                  BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)), Arbitraries.integers().between(0, 30))
          .as((unscaled, scale) -> (Object) new BigDecimal(unscaled, scale));
      case DATE -> Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
          .map(day -> (Object) LocalDate.ofEpochDay(day));
      case INSTANT -> Combinators.combine(
              Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
              Arbitraries.integers().between(0, 999_999_999))
          .as((seconds, nanos) -> (Object) Instant.ofEpochSecond(seconds, nanos));
      case BOOLEAN -> Arbitraries.of(true, false).map(v -> (Object) v);
      case UUID -> uuids().map(v -> (Object) v);
    };
  }

  @Property(tries = 1_000)
  void aCursorGivesBackItsPosition(@ForAll("cases") Case c) {
    Cursor cursor = Cursor.at(c.sort(), c.position());

    assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    assertThat(new Cursor(cursor.token()).position(c.sort())).isEqualTo(c.position());
  }

  @Property(tries = 300)
  void decimalsOfAnyScaleComeBackEqualInValue(@ForAll BigDecimal amount, @ForAll @IntRange(min = -20, max = 20) int shift) {
    BigDecimal value = amount.scaleByPowerOfTen(shift);
    Sort<Account> sort = Sort.by(AccountFields.ANNUAL_REVENUE);
    SortPosition position = new SortPosition(List.of(Optional.of(value)), new UUID(0, 1));

    Object back = Cursor.at(sort, position).position(sort).values().get(0).orElseThrow();

    assertThat(ValueType.DECIMAL.compare(back, value)).isZero();
  }

  @Property(tries = 300)
  void aCursorForAnotherSortIsRefused(@ForAll("cases") Case made, @ForAll("cases") Case other) {
    Cursor cursor = Cursor.at(made.sort(), made.position());
    if (made.sort().fingerprint().equals(other.sort().fingerprint())) {
      return;
    }

    assertInvalid(() -> cursor.position(other.sort()));
  }

  @Test
  void aCursorForTheOtherDirectionIsRefused() {
    SortPosition position = new SortPosition(List.of(Optional.of("Acme")), new UUID(0, 1));
    Cursor ascending = Cursor.at(Sort.by(AccountFields.NAME, Direction.ASC), position);

    assertInvalid(() -> ascending.position(Sort.by(AccountFields.NAME, Direction.DESC)));
    assertInvalid(() -> ascending.position(Sort.by(AccountFields.INDUSTRY, Direction.ASC)));
    assertInvalid(() -> ascending.position(Sort.byId()));
  }

  @Property(tries = 1_000)
  void randomTokensAreRefusedAsInvalidCursors(@ForAll("tokens") String token, @ForAll("cases") Case c) {
    try {
      new Cursor(token).position(c.sort());
    } catch (CrmValidationException e) {
      assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code()).containsExactly("cursor:invalid_cursor");
    }
  }

  @Provide
  Arbitrary<String> tokens() {
    Arbitrary<String> alphabet = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars('-', '_').ofMinLength(1).ofMaxLength(80);
    Arbitrary<String> structured = Combinators.combine(
            Arbitraries.of("c1", "c2", ""),
            Arbitraries.of("", "f0 ASC", "f0 DESC,f1 ASC", "name ASC"),
            Arbitraries.of("00000000-0000-0000-0000-000000000001", "x", "", "-1-1-1-1"),
            Arbitraries.strings().all().ofMaxLength(12).list().ofMaxSize(5))
        .as((version, fingerprint, id, lines) -> encode(version + "\n" + fingerprint + "\n" + id
            + (lines.isEmpty() ? "" : "\n" + String.join("\n", lines))));
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), alphabet, structured);
  }

  @Property(tries = 1_000)
  void tamperedCursorsAreRefusedOrReadAsSomePosition(@ForAll("cases") Case c, @ForAll @IntRange(max = 10_000) int at,
      @ForAll @IntRange(min = 0, max = 3) int edit, @ForAll("tokenChars") char replacement) {
    String token = Cursor.at(c.sort(), c.position()).token();
    int i = at % token.length();
    String tampered = switch (edit) {
      case 0 -> token.substring(0, i) + replacement + token.substring(i + 1);
      case 1 -> token.substring(0, i);
      case 2 -> token + replacement;
      default -> token.substring(0, i) + token.substring(i + 1);
    };
    try {
      SortPosition read = new Cursor(tampered).position(c.sort());
      assertThat(read.values()).hasSameSizeAs(c.sort().keys());
    } catch (CrmValidationException e) {
      assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code()).containsExactly("cursor:invalid_cursor");
    }
  }

  @Provide
  Arbitrary<Character> tokenChars() {
    return Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9').with('-', '_');
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc=", "a+b", "a/b", "ab cd", "ümlaut"})
  void malformedTokensAreRefused(String token) {
    assertInvalid(() -> new Cursor(token));
  }

  @Test
  void overlongTokensAreRefused() {
    assertInvalid(() -> new Cursor("a".repeat(Cursor.MAX_LENGTH + 1)));
  }

  @Test
  void wellFormedTokensThatAreNotCursorsAreRefusedOnUse() {
    Sort<Account> sort = Sort.by(AccountFields.NAME);

    assertInvalid(() -> new Cursor("abc").position(sort));
    assertInvalid(() -> new Cursor(encode("c1\nname ASC\nnot-a-uuid\n-")).position(sort));
    assertInvalid(() -> new Cursor(encode("c1\nname ASC\n00000000-0000-0000-0000-000000000001\n=***")).position(sort));
    assertInvalid(() -> new Cursor(encode("c1\nname ASC\n00000000-0000-0000-0000-000000000001\n")).position(sort));
    assertInvalid(() -> new Cursor(encode("c0\nname ASC\n00000000-0000-0000-0000-000000000001\n-")).position(sort));
  }

  @Test
  void booleansAreReadStrictly() {
    Sort<Row> sort = Sort.by(Row.FLAG);
    String id = "00000000-0000-0000-0000-000000000001";

    assertThat(new Cursor(encode("c1\nflag ASC\n" + id + "\n=true")).position(sort).values())
        .containsExactly(Optional.of(true));
    assertInvalid(() -> new Cursor(encode("c1\nflag ASC\n" + id + "\n=TRUE")).position(sort));
    assertInvalid(() -> new Cursor(encode("c1\nflag ASC\n" + id + "\n=yes")).position(sort));
  }

  /** Sort keys may be as long as their field allows; the cursor after such a row must still be made. */
  @Test
  void aCursorCanBeMadeForTheLongestSortableValues() {
    List<Sort.Key<Object>> keys = new ArrayList<>();
    List<Optional<Object>> values = new ArrayList<>();
    for (int i = 0; i < Sort.MAX_KEYS; i++) {
      keys.add(new Sort.Key<>(new CustomFieldRef<>(RecordKind.ACCOUNT, "t" + i, ValueType.TEXT, false),
          Direction.ASC));
      values.add(Optional.of("😀".repeat(FieldType.TEXT.maxLengthCap())));
    }
    Sort<Object> sort = new Sort<>(keys);
    SortPosition position = new SortPosition(values, new UUID(0, 1));

    assertThat(Cursor.at(sort, position).position(sort)).isEqualTo(position);
  }

  @Test
  void aCursorCanBeMadeAfterTheLongestWebsite() {
    Sort<Account> sort = Sort.<Account>by(AccountFields.WEBSITE).then(AccountFields.NAME, Direction.ASC);
    SortPosition position = new SortPosition(
        List.of(Optional.of("https://example.com/" + "ä".repeat(2028)), Optional.of("😀".repeat(255))),
        new UUID(0, 1));

    assertThat(Cursor.at(sort, position).position(sort)).isEqualTo(position);
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CrmValidationException.class, e ->
        assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code()).containsExactly("cursor:invalid_cursor"));
  }
}
