package org.crmkernel.customfield;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.RecordKind;

/**
 * What a caller says about a custom field: its kind, API name, type and limits. The kernel
 * checks it and stores a {@link FieldDefinition}.
 */
public record FieldDefinitionDraft(
    @NotNull RecordKind recordKind,
    @NotNull String apiName,
    @NotNull @Size(max = FieldDefinition.MAX_LABEL) String label,
    @NotNull FieldType type,
    boolean required,
    Optional<Integer> maxLength,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    List<String> picklistValues,
    boolean sensitive) {

  /** Copies the picklist values. */
  public FieldDefinitionDraft {
    Arguments.present(maxLength, "maxLength");
    Arguments.present(min, "min");
    Arguments.present(max, "max");
    picklistValues = Arguments.list(picklistValues, "picklistValues");
  }

  /** A draft of a {@code type} field named {@code apiName} on {@code kind}, labelled as named. */
  public static Builder builder(RecordKind kind, String apiName, FieldType type) {
    return new Builder(kind, apiName, type);
  }

  /** The draft of an existing definition, for editing. */
  public static FieldDefinitionDraft from(FieldDefinition definition) {
    return new FieldDefinitionDraft(definition.recordKind(), definition.apiName(), definition.label(),
        definition.type(), definition.required(), definition.maxLength(), definition.min(), definition.max(),
        definition.picklistValues(), definition.sensitive());
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    Builder b = new Builder(recordKind, apiName, type).label(label).required(required).sensitive(sensitive)
        .picklistValues(picklistValues);
    b.maxLength = maxLength;
    b.min = min;
    b.max = max;
    return b;
  }

  /** Builds a draft; every setting may be changed until {@link #build()}. */
  public static final class Builder {
    private final RecordKind recordKind;
    private final String apiName;
    private FieldType type;
    private String label;
    private boolean required;
    private Optional<Integer> maxLength = Optional.empty();
    private Optional<BigDecimal> min = Optional.empty();
    private Optional<BigDecimal> max = Optional.empty();
    private List<String> picklistValues = new ArrayList<>();
    private boolean sensitive;

    private Builder(RecordKind recordKind, String apiName, FieldType type) {
      this.recordKind = Arguments.present(recordKind, "recordKind");
      this.apiName = Arguments.present(apiName, "apiName");
      this.type = Arguments.present(type, "type");
      this.label = apiName;
    }

    /** The label people see. */
    public Builder label(String label) {
      this.label = Arguments.present(label, "label");
      return this;
    }

    /** The type; only text to long text may change once defined. */
    public Builder type(FieldType type) {
      this.type = Arguments.present(type, "type");
      return this;
    }

    /** Whether every write must set a value. */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /** The maximum length of text values. */
    public Builder maxLength(int maxLength) {
      this.maxLength = Optional.of(maxLength);
      return this;
    }

    /** No explicit maximum length: the type's own limit applies. */
    public Builder noMaxLength() {
      this.maxLength = Optional.empty();
      return this;
    }

    /** The smallest number allowed. */
    public Builder min(BigDecimal min) {
      this.min = Optional.of(Arguments.present(min, "min"));
      return this;
    }

    /** The largest number allowed. */
    public Builder max(BigDecimal max) {
      this.max = Optional.of(Arguments.present(max, "max"));
      return this;
    }

    /** No bounds. */
    public Builder unbounded() {
      this.min = Optional.empty();
      this.max = Optional.empty();
      return this;
    }

    /** The allowed values of a picklist, in display order. */
    public Builder picklistValues(List<String> values) {
      this.picklistValues = new ArrayList<>(values);
      return this;
    }

    /** The allowed values of a picklist, in display order. */
    public Builder picklistValues(String... values) {
      return picklistValues(List.of(values));
    }

    /** Whether values are sensitive (masked in audit entries and events). */
    public Builder sensitive(boolean sensitive) {
      this.sensitive = sensitive;
      return this;
    }

    /** The draft. */
    public FieldDefinitionDraft build() {
      return new FieldDefinitionDraft(recordKind, apiName, label, type, required, maxLength, min, max,
          picklistValues, sensitive);
    }
  }
}
