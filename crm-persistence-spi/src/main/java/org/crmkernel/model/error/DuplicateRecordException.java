package org.crmkernel.model.error;

import org.crmkernel.model.id.RecordRef;

/** An insert used an id, or a unique key such as a field's API name, that is already taken. */
public class DuplicateRecordException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final RecordRef record;

  /** {@code record} already exists; {@code detail} says which key clashed. */
  public DuplicateRecordException(RecordRef record, String detail) {
    super(record + " already exists: " + detail);
    this.record = record;
  }

  /** The record that clashed. */
  public RecordRef record() {
    return record;
  }
}
