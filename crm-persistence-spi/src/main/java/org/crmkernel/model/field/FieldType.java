package org.crmkernel.model.field;

/** The types a custom field can have, and the scalar type it is filtered and sorted by. */
public enum FieldType {
  TEXT(ValueType.TEXT, 255),
  LONG_TEXT(ValueType.TEXT, 32_000),
  INTEGER(ValueType.INTEGER, 0),
  DECIMAL(ValueType.DECIMAL, 0),
  MONEY(ValueType.DECIMAL, 0),
  DATE(ValueType.DATE, 0),
  DATE_TIME(ValueType.INSTANT, 0),
  BOOLEAN(ValueType.BOOLEAN, 0),
  PICKLIST(ValueType.TEXT, 255),
  MULTI_PICKLIST(ValueType.TEXT, 255),
  EMAIL(ValueType.TEXT, 254),
  PHONE(ValueType.TEXT, 16),
  URL(ValueType.TEXT, 2048);

  private final ValueType valueType;
  private final int maxLengthCap;

  FieldType(ValueType valueType, int maxLengthCap) {
    this.valueType = valueType;
    this.maxLengthCap = maxLengthCap;
  }

  /** The scalar type filters and sorts use. */
  public ValueType valueType() {
    return valueType;
  }

  /** Whether a value holds several scalars (only the multi-select picklist). */
  public boolean isMultiValued() {
    return this == MULTI_PICKLIST;
  }

  /** Whether a maximum length applies, and the largest one allowed; 0 when none applies. */
  public int maxLengthCap() {
    return maxLengthCap;
  }

  /** Whether minimum and maximum bounds apply. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == MONEY;
  }

  /** Whether the type takes a list of allowed values. */
  public boolean isPicklist() {
    return this == PICKLIST || this == MULTI_PICKLIST;
  }
}
