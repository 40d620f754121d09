package org.crmkernel.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.id.RecordKind;

/**
 * How a lead's custom field values carry over when it is converted. Standard fields map as in
 * Salesforce: company, industry, size, website, address and phones to the account; name, job
 * title, e-mails, phones and address to the contact; source to the deal. Custom values map to the
 * fields named here and, when {@link #copySameNamed}, to every account, contact or deal custom
 * field with the same API name and type.
 *
 * @param copySameNamed whether a lead custom field also fills same-named, same-typed target fields
 * @param custom explicit targets per lead custom field API name
 */
public record ConversionMapping(boolean copySameNamed, Map<String, List<FieldTarget>> custom) {

  private static final ConversionMapping STANDARD = new ConversionMapping(true, Map.of());

  /** Copies the map; targets must be accounts, contacts or deals. */
  public ConversionMapping {
    Arguments.present(custom, "custom");
    Map<String, List<FieldTarget>> copy = new LinkedHashMap<>();
    custom.forEach((field, targets) -> copy.put(Arguments.present(field, "custom"), Arguments.list(targets, field)));
    custom = java.util.Collections.unmodifiableMap(copy);
  }

  /** Same-named custom fields carry over; nothing else. */
  public static ConversionMapping standard() {
    return STANDARD;
  }

  /** Only the standard fields carry over. */
  public static ConversionMapping standardFieldsOnly() {
    return new ConversionMapping(false, Map.of());
  }

  /** This mapping with the lead's custom field {@code leadField} also going to {@code targetField} of {@code target}. */
  public ConversionMapping map(String leadField, RecordKind target, String targetField) {
    Map<String, List<FieldTarget>> next = new LinkedHashMap<>(custom);
    List<FieldTarget> targets = new ArrayList<>(next.getOrDefault(Arguments.present(leadField, "leadField"), List.of()));
    targets.add(new FieldTarget(target, targetField));
    next.put(leadField, targets);
    return new ConversionMapping(copySameNamed, next);
  }

  /**
   * A custom field of the account, contact or deal a lead becomes.
   *
   * @param kind {@code ACCOUNT}, {@code CONTACT} or {@code DEAL}
   * @param apiName the target custom field's API name
   */
  public record FieldTarget(RecordKind kind, String apiName) {

    /** Rejects missing parts and kinds a lead does not become. */
    public FieldTarget {
      Arguments.present(kind, "kind");
      Arguments.present(apiName, "apiName");
      if (kind != RecordKind.ACCOUNT && kind != RecordKind.CONTACT && kind != RecordKind.DEAL) {
        throw org.crmkernel.model.error.CrmValidationException.of("kind", "wrong_kind",
            "a lead becomes an account, a contact and a deal, not a " + kind);
      }
      Objects.requireNonNull(apiName);
    }
  }
}
