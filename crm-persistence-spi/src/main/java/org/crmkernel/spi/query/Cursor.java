package org.crmkernel.spi.query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.field.ValueType;

/**
 * An opaque keyset cursor: the position of the last row of a page in its sort order. Callers
 * pass it back unchanged; stores encode and decode it with {@link #at} and {@link #position}.
 * A cursor made for one sort order is refused by another.
 */
public record Cursor(String token) {

  /** The longest token accepted. */
  public static final int MAX_LENGTH = 65_536;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final String VERSION = "c1";

  /** Checks the token's form, without decoding it; null is not a cursor either. */
  public Cursor {
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH || !TOKEN.matcher(token).matches()) {
      throw invalid("is not a cursor returned by this library");
    }
  }

  /** The cursor for {@code position} in {@code sort}. */
  public static Cursor at(Sort<?> sort, SortPosition position) {
    StringBuilder text = new StringBuilder(VERSION).append('\n').append(sort.fingerprint()).append('\n').append(position.id());
    for (int i = 0; i < sort.keys().size(); i++) {
      text.append('\n');
      Optional<Object> value = position.values().get(i);
      if (value.isEmpty()) {
        text.append('-');
      } else {
        text.append('=').append(encodeValue(sort.keys().get(i).field().valueType(), value.get()));
      }
    }
    return new Cursor(ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The position this cursor marks in {@code sort}; fails if it was made for another order. */
  public SortPosition position(Sort<?> sort) {
    String[] lines;
    try {
      lines = new String(DECODER.decode(token), StandardCharsets.UTF_8).split("\n", -1);
    } catch (IllegalArgumentException e) {
      throw invalid("is not a cursor returned by this library");
    }
    if (lines.length != 3 + sort.keys().size() || !lines[0].equals(VERSION)) {
      throw invalid("is not a cursor returned by this library");
    }
    if (!lines[1].equals(sort.fingerprint())) {
      throw invalid("was made for another sort order (" + lines[1] + ")");
    }
    try {
      UUID id = UUID.fromString(lines[2]);
      List<Optional<Object>> values = new ArrayList<>();
      for (int i = 0; i < sort.keys().size(); i++) {
        String line = lines[3 + i];
        values.add(line.equals("-") ? Optional.empty()
            : Optional.of(decodeValue(sort.keys().get(i).field().valueType(), line.substring(1))));
      }
      return new SortPosition(values, id);
    } catch (RuntimeException e) {
      throw invalid("is not a cursor returned by this library");
    }
  }

  private static String encodeValue(ValueType type, Object value) {
    return switch (type) {
      case TEXT -> ENCODER.encodeToString(((String) value).getBytes(StandardCharsets.UTF_8));
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      default -> value.toString();
    };
  }

  private static Object decodeValue(ValueType type, String text) {
    return switch (type) {
      case TEXT -> new String(DECODER.decode(text), StandardCharsets.UTF_8);
      case INTEGER -> Long.parseLong(text);
      case DECIMAL -> new BigDecimal(text);
      case DATE -> LocalDate.parse(text);
      case INSTANT -> Instant.parse(text);
      case BOOLEAN -> parseBoolean(text);
      case UUID -> UUID.fromString(text);
    };
  }

  private static Boolean parseBoolean(String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static CrmValidationException invalid(String why) {
    return CrmValidationException.of("cursor", "invalid_cursor", why);
  }
}
