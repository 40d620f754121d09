package org.crmkernel.model.value;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkernel.model.error.CrmValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number in E.164 form ({@code +4930123456}) with an optional extension. {@link
 * #parse} reads what people type, using the tenant's default region for national numbers.
 */
public record PhoneNumber(String e164, Optional<String> extension) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final Pattern EXTENSION = Pattern.compile("[0-9]{1,10}");
  private static final int MAX_INPUT_LENGTH = 64;
  private static final Pattern TRAILING_EXTENSION =
      Pattern.compile("(?i)\\s*(?:;\\s*ext\\s*=|ext\\.?|extension|x|#)\\s*[0-9]+\\s*$");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  /** libphonenumber's code for "no region": only numbers with a country prefix parse. */
  private static final String UNKNOWN_REGION = "ZZ";

  /**
   * Accepts only E.164 and a numeric extension; a null number, or a null instead of an empty
   * extension, is a {@code required} violation.
   */
  public PhoneNumber {
    if (e164 == null) {
      throw CrmValidationException.of("", "required", "must be given");
    }
    if (extension == null) {
      throw CrmValidationException.of("extension", "required", "must be given; use Optional.empty() for none");
    }
    if (!E164.matcher(e164).matches()) {
      throw CrmValidationException.of("", "invalid_phone", "is not an E.164 number");
    }
    if (extension.isPresent() && !EXTENSION.matcher(extension.get()).matches()) {
      throw CrmValidationException.of("extension", "invalid_phone", "must be 1 to 10 digits");
    }
  }

  /**
   * Parses user input such as {@code (030) 123456}, {@code +1 415 555 2671 ext. 12} or {@code
   * 0044 20 7946 0958}. {@code defaultRegion} is an ISO 3166 alpha-2 code used when the number
   * has no country prefix; null means none, so that only numbers with a country prefix parse.
   * A null {@code raw} is a {@code required} violation.
   */
  public static PhoneNumber parse(@Nullable String raw, @Nullable String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      throw CrmValidationException.of("", "required", "must not be blank");
    }
    if (raw.length() > MAX_INPUT_LENGTH) {
      throw CrmValidationException.of("", "too_long", "is longer than " + MAX_INPUT_LENGTH + " characters");
    }
    // libphonenumber reads vanity letters as keypad digits and drops stray ones ('030 l23456'
    // would become +493023456); a CRM must not store a number nobody typed.
    if (hasLetter(raw) && LETTER.matcher(TRAILING_EXTENSION.matcher(raw).replaceFirst("")).find()) {
      throw CrmValidationException.of("", "invalid_phone", "contains letters; type the number in digits");
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = util.parse(raw, defaultRegion == null ? UNKNOWN_REGION : defaultRegion);
    } catch (NumberParseException e) {
      throw CrmValidationException.of("", "invalid_phone", "is not a phone number (" + reason(e) + ")");
    }
    if (!util.isValidNumber(parsed)) {
      // Only a failed number pays for the second check, which picks the message.
      throw CrmValidationException.of("", "invalid_phone", util.isPossibleNumber(parsed)
          ? "is not a number in use in its country's numbering plan"
          : "has the wrong number of digits for its country");
    }
    String e164 = util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
    Optional<String> ext = parsed.hasExtension() && !parsed.getExtension().isEmpty()
        ? Optional.of(parsed.getExtension()) : Optional.empty();
    return new PhoneNumber(e164, ext);
  }

  /** A number without extension; null is a {@code required} violation. */
  public static PhoneNumber ofE164(@Nullable String e164) {
    return new PhoneNumber(e164, Optional.empty());
  }

  /** The international format for display, such as {@code +49 30 123456}. */
  public String international() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      String shown = util.format(util.parse(e164, UNKNOWN_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
      return extension.map(x -> shown + " ext. " + x).orElse(shown);
    } catch (NumberParseException e) {
      return toString();
    }
  }

  @Override
  public String toString() {
    return extension.map(x -> e164 + ";ext=" + x).orElse(e164);
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String reason(NumberParseException e) {
    return switch (e.getErrorType()) {
      case INVALID_COUNTRY_CODE -> "unknown country code and no usable default region";
      case NOT_A_NUMBER -> "not a number";
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
      case TOO_LONG -> "too long";
    };
  }
}
