package org.crmkernel.jdbc.internal.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.id.RecordKind;

/**
 * The text form of each scalar the model holds besides strings, numbers and booleans (enums by
 * name), and of map keys: one canonical form, written by {@link #text} and read back exactly by {@link #parse}.
 *
 * @param <T> the scalar type
 */
final class TextForm<T> {

  private static final Map<Class<?>, TextForm<?>> FORMS = Map.of(
      UUID.class, new TextForm<>(UUID.class, UUID::toString, TextForm::uuid),
      Instant.class, new TextForm<>(Instant.class, Instant::toString, Instant::parse),
      LocalDate.class, new TextForm<>(LocalDate.class, LocalDate::toString, LocalDate::parse),
      Duration.class, new TextForm<>(Duration.class, Duration::toString, Duration::parse),
      BigDecimal.class, new TextForm<>(BigDecimal.class, BigDecimal::toString, BigDecimal::new),
      Currency.class, new TextForm<>(Currency.class, Currency::getCurrencyCode, Currency::getInstance),
      FieldKey.class, new TextForm<>(FieldKey.class, TextForm::fieldKeyText, TextForm::fieldKey));

  private final Class<T> type;
  private final Function<T, String> writer;
  private final Function<String, T> reader;

  private TextForm(Class<T> type, Function<T, String> writer, Function<String, T> reader) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  /** The text form of {@code type}, if it has one: enums are written by name. */
  static Optional<TextForm<?>> of(Class<?> type) {
    if (type.isEnum()) {
      return Optional.of(enumForm(type.asSubclass(Enum.class)));
    }
    return Optional.ofNullable(FORMS.get(type));
  }

  private static <E extends Enum<E>> TextForm<E> enumForm(Class<E> type) {
    return new TextForm<>(type, Enum::name, name -> Enum.valueOf(type, name));
  }

  /** The scalar type. */
  Class<T> type() {
    return type;
  }

  /** {@code value}'s text. */
  String text(Object value) {
    return writer.apply(type.cast(value));
  }

  /** The value of {@code text}; throws {@link IllegalArgumentException} when it is not one. */
  T parse(String text) {
    try {
      return reader.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName() + " (" + e.getMessage() + ")", e);
    }
  }

  /** Only the canonical form: {@link UUID#fromString} also takes shortened groups. */
  private static UUID uuid(String text) {
    UUID uuid = UUID.fromString(text);
    if (!uuid.toString().equals(text)) {
      throw new IllegalArgumentException("not in canonical lower-case form");
    }
    return uuid;
  }

  /** {@code ACCOUNT.annualRevenue}, {@code DEAL.custom.region}: the kind's name, a dot, the field. */
  private static String fieldKeyText(FieldKey key) {
    return key.kind().name() + "." + key.field();
  }

  private static FieldKey fieldKey(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("expected KIND.field");
    }
    return new FieldKey(RecordKind.valueOf(text.substring(0, dot)), text.substring(dot + 1));
  }
}
