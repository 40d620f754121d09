package org.crmkernel.model.field;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * A tenant's custom field on one record kind: its API name (lower snake case, unique per tenant
 * and kind, never reused), label, type and limits. A retired field accepts no new values; the
 * values already stored stay readable.
 */
public record FieldDefinition(
    FieldDefinitionId id,
    TenantId tenantId,
    RecordKind recordKind,
    String apiName,
    String label,
    FieldType type,
    boolean required,
    Optional<Integer> maxLength,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    List<String> picklistValues,
    boolean sensitive,
    boolean retired,
    Revision revision)
    implements CrmRecord<FieldDefinitionId> {

  /** API names: a lower-case letter, then lower-case letters, digits and underscores. */
  public static final Pattern API_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /** Limits. */
  public static final int MAX_LABEL = 80, MAX_PICKLIST_VALUES = 500, MAX_CHOICE = 255;

  /** Checks every setting, listing all problems. */
  public FieldDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    v.check(recordKind.isCustomizable(), "recordKind", "not_customizable",
        recordKind + " records do not take custom fields");
    v.check(API_NAME.matcher(apiName).matches(), "apiName", "invalid_name",
        "must be a lower-case letter followed by up to 62 lower-case letters, digits or underscores");
    String cleanLabel = Texts.required(label, "label", MAX_LABEL, v);
    picklistValues = List.copyOf(picklistValues);
    checkSettings(type, maxLength, min, max, picklistValues, v);
    v.throwIfAny();
    label = Objects.requireNonNull(cleanLabel);
  }

  /** Throws unless {@code apiName} is a valid API name. */
  static void requireApiName(String apiName) {
    if (!API_NAME.matcher(apiName).matches()) {
      throw CrmValidationException.of("custom." + apiName, "invalid_name", "is not a valid field API name");
    }
  }

  /** The path under which problems with this field's value are reported. */
  public String path() {
    return "custom." + apiName;
  }

  /**
   * How {@code value} of this field reads in audit entries and events: its display text, or
   * {@link FieldChange#MASKED} when the field is sensitive; empty when unset.
   */
  public Optional<String> auditText(Optional<FieldValue> value) {
    return value.map(v -> sensitive ? FieldChange.MASKED : v.display());
  }

  /** The effective maximum length for text-like types. */
  public int effectiveMaxLength() {
    return maxLength.orElse(type.maxLengthCap());
  }

  /**
   * A field reference for filtering and sorting records of this definition's kind by this
   * field, typed for the caller ({@code CustomFieldRef<Account> region = definition.fieldRef()});
   * the kernel rejects a query that uses it on another kind.
   */
  public <R> CustomFieldRef<R> fieldRef() {
    return new CustomFieldRef<>(recordKind, apiName, type.valueType(), type.isMultiValued());
  }

  /**
   * Every problem with {@code value} as this field's value: missing while required, set while
   * retired, of the wrong case, too long, out of range, or not an allowed choice.
   */
  public List<Violation> check(Optional<FieldValue> value) {
    Violations v = new Violations();
    String path = path();
    if (value.isEmpty()) {
      v.check(!required || retired, path, "required", "is required");
      return v.list();
    }
    if (retired) {
      return v.add(path, "retired", "is retired and accepts no values").list();
    }
    FieldValue given = value.get();
    switch (type) {
      case TEXT, LONG_TEXT -> {
        if (given instanceof FieldValue.TextValue t) {
          checkText(t.text(), type == FieldType.LONG_TEXT, path, v);
        } else {
          wrongType(path, v);
        }
      }
      case INTEGER -> {
        if (given instanceof FieldValue.IntegerValue i) {
          checkRange(BigDecimal.valueOf(i.value()), path, v);
        } else {
          wrongType(path, v);
        }
      }
      case DECIMAL -> {
        if (given instanceof FieldValue.DecimalValue d) {
          checkRange(d.value(), path, v);
        } else {
          wrongType(path, v);
        }
      }
      case MONEY -> {
        if (given instanceof FieldValue.MoneyValue m) {
          checkRange(m.money().amount(), path, v);
        } else {
          wrongType(path, v);
        }
      }
      case DATE -> v.check(given instanceof FieldValue.DateValue, path, "wrong_type", "must be a date");
      case DATE_TIME -> v.check(given instanceof FieldValue.DateTimeValue, path, "wrong_type", "must be a date and time");
      case BOOLEAN -> v.check(given instanceof FieldValue.BooleanValue, path, "wrong_type", "must be true or false");
      case PICKLIST -> {
        if (given instanceof FieldValue.PicklistValue p) {
          checkChoice(p.choice(), path, v);
        } else {
          wrongType(path, v);
        }
      }
      case MULTI_PICKLIST -> {
        if (given instanceof FieldValue.MultiPicklistValue m) {
          v.check(!m.choices().isEmpty(), path, "required", "must hold at least one choice; leave it empty instead");
          m.choices().forEach(choice -> checkChoice(choice, path, v));
        } else {
          wrongType(path, v);
        }
      }
      case EMAIL -> v.check(given instanceof FieldValue.EmailValue, path, "wrong_type", "must be an e-mail address");
      case PHONE -> v.check(given instanceof FieldValue.PhoneValue, path, "wrong_type", "must be a phone number");
      case URL -> {
        if (given instanceof FieldValue.UrlValue u) {
          checkUrl(u.url(), effectiveMaxLength(), path, v);
        } else {
          wrongType(path, v);
        }
      }
    }
    return v.list();
  }

  /** Checks that {@code url} is an absolute http or https URL of at most {@code maxLength}. */
  public static void checkUrl(String url, int maxLength, String path, Violations v) {
    Violations textual = new Violations();
    String cleaned = Texts.clean(url, path, maxLength, false, textual);
    if (!textual.isEmpty()) {
      v.addAll(textual.list());
      return;
    }
    if (!url.equals(cleaned)) {
      v.add(path, "not_normalised", "must be trimmed and in Unicode NFC");
      return;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      v.check((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null,
          path, "invalid_url", "must be an absolute http or https URL");
    } catch (URISyntaxException e) {
      v.add(path, "invalid_url", "is not a URL: " + e.getReason());
    }
  }

  private void checkText(String text, boolean multiLine, String path, Violations v) {
    if (Texts.isBlank(text)) {
      v.add(path, "blank", "must not be blank; leave it empty instead");
      return;
    }
    Violations textual = new Violations();
    String cleaned = Texts.clean(text, path, effectiveMaxLength(), multiLine, textual);
    v.addAll(textual.list());
    if (textual.isEmpty() && !text.equals(cleaned)) {
      v.add(path, "not_normalised", "must be trimmed and in Unicode NFC");
    }
  }

  private void checkRange(BigDecimal number, String path, Violations v) {
    min.ifPresent(m -> v.check(number.compareTo(m) >= 0, path, "too_small", "must be at least " + m.toPlainString()));
    max.ifPresent(m -> v.check(number.compareTo(m) <= 0, path, "too_large", "must be at most " + m.toPlainString()));
  }

  private void checkChoice(String choice, String path, Violations v) {
    v.check(picklistValues.contains(choice), path, "unknown_choice",
        "'" + choice + "' is not one of " + picklistValues);
  }

  private static void wrongType(String path, Violations v) {
    v.add(path, "wrong_type", "has the wrong type of value");
  }

  private static void checkSettings(FieldType type, Optional<Integer> maxLength, Optional<BigDecimal> min,
      Optional<BigDecimal> max, List<String> picklistValues, Violations v) {
    maxLength.ifPresent(length -> {
      if (type.maxLengthCap() == 0 || type == FieldType.EMAIL || type == FieldType.PHONE || type.isPicklist()) {
        v.add("maxLength", "not_applicable", "a " + type + " field takes no maximum length");
      } else if (length < 1 || length > type.maxLengthCap()) {
        v.add("maxLength", "out_of_range", "must be between 1 and " + type.maxLengthCap());
      }
    });
    if ((min.isPresent() || max.isPresent()) && !type.isNumeric()) {
      v.add("min", "not_applicable", "a " + type + " field takes no bounds");
    }
    Violations bounds = new Violations();
    min.ifPresent(m -> FieldValue.DecimalValue.checkLimits(m, "min", bounds));
    max.ifPresent(m -> FieldValue.DecimalValue.checkLimits(m, "max", bounds));
    v.addAll(bounds.list());
    // Bounds beyond the limits are not compared: comparing huge exponents can be slow.
    if (bounds.isEmpty() && min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      v.add("min", "out_of_range", "is greater than max");
    }
    if (type.isPicklist()) {
      v.check(!picklistValues.isEmpty(), "picklistValues", "required", "a picklist needs at least one value");
      v.check(picklistValues.size() <= MAX_PICKLIST_VALUES, "picklistValues", "too_many",
          "has more than " + MAX_PICKLIST_VALUES + " values");
      var seen = new HashSet<String>();
      List<String> duplicates = new ArrayList<>();
      for (int i = 0; i < picklistValues.size(); i++) {
        String choice = picklistValues.get(i);
        if (!Texts.isClean(choice, MAX_CHOICE, false)) {
          v.add("picklistValues[" + i + "]", "invalid_choice", "must be non-blank, trimmed, NFC text of at most " + MAX_CHOICE + " characters");
        } else if (choice.contains(";")) {
          v.add("picklistValues[" + i + "]", "invalid_choice", "must not contain ';'");
        }
        if (!seen.add(choice)) {
          duplicates.add(choice);
        }
      }
      v.check(duplicates.isEmpty(), "picklistValues", "duplicate", "lists " + duplicates + " more than once");
    } else if (!picklistValues.isEmpty()) {
      v.add("picklistValues", "not_applicable", "a " + type + " field takes no picklist values");
    }
  }
}
