package org.crmkernel.model.value;

import java.text.Normalizer;
import java.util.Optional;
import org.crmkernel.model.error.Violations;

/**
 * The rules every free-text value follows: Unicode NFC, no surrounding white space, no control
 * characters (line breaks only where allowed), no unpaired surrogates, and a maximum length in
 * code points. Records call it from their constructors; the kernel calls it on input.
 */
public final class Texts {

  private Texts() {}

  /**
   * The cleaned form of a required value, or null after recording why it is unacceptable at
   * {@code path}.
   */
  public static @org.jspecify.annotations.Nullable String required(
      @org.jspecify.annotations.Nullable String raw, String path, int maxLength, Violations violations) {
    if (raw == null || isBlank(raw)) {
      violations.add(path, "required", "must not be blank");
      return null;
    }
    return clean(raw, path, maxLength, false, violations);
  }

  /**
   * The cleaned form of an optional value; blank counts as absent. A null {@code raw} (rather
   * than {@code Optional.empty()}) is recorded as {@code required} at {@code path}.
   */
  public static Optional<String> optional(
      @org.jspecify.annotations.Nullable Optional<String> raw, String path, int maxLength, Violations violations) {
    return optional(raw, path, maxLength, false, violations);
  }

  /** The cleaned form of an optional value that may hold line breaks when {@code multiLine}. */
  public static Optional<String> optional(@org.jspecify.annotations.Nullable Optional<String> raw, String path,
      int maxLength, boolean multiLine, Violations violations) {
    if (raw == null) {
      violations.add(path, "required", "must be given; use Optional.empty() for none");
      return Optional.empty();
    }
    if (raw.isEmpty() || isBlank(raw.get())) {
      return Optional.empty();
    }
    return Optional.ofNullable(clean(raw.get(), path, maxLength, multiLine, violations));
  }

  /** Cleans {@code raw}, recording problems; returns null if it is unacceptable. */
  public static @org.jspecify.annotations.Nullable String clean(
      String raw, String path, int maxLength, boolean multiLine, Violations violations) {
    String value = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    int before = violations.size();
    int surrogate = unpairedSurrogateAt(value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (i == surrogate) {
        violations.add(path, "invalid_unicode", "contains an unpaired surrogate character");
        break;
      } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
        violations.add(path, "control_character",
            String.format("contains the control character U+%04X", (int) c));
        break;
      }
    }
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      violations.add(path, "too_long", "is " + length + " characters long; the limit is " + maxLength);
    }
    return violations.size() == before ? value : null;
  }

  /**
   * The index of the first surrogate that is not half of a pair, or -1: such text is not
   * well-formed Unicode, no store can hold it, and it has no code-point order.
   */
  public static int unpairedSurrogateAt(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code text} shows nothing: only white space, space separators such as the
   * no-break space, and invisible format characters such as the zero-width space.
   */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }

  /** Whether {@code value} is already in the clean form (used by record constructors). */
  public static boolean isClean(String value, int maxLength, boolean multiLine) {
    Violations v = new Violations();
    String cleaned = clean(value, "", maxLength, multiLine, v);
    return v.isEmpty() && value.equals(cleaned) && !value.isEmpty();
  }
}
