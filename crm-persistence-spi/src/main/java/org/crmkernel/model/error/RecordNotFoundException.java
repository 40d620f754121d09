package org.crmkernel.model.error;

import org.crmkernel.model.id.RecordRef;

/**
 * No record with this id exists in the tenant. Also thrown for another tenant's id, so that a
 * caller cannot learn whether the id exists elsewhere.
 */
public class RecordNotFoundException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final RecordRef record;

  /** The record {@code record} was not found. */
  public RecordNotFoundException(RecordRef record) {
    super("no " + record.kind() + " with id " + record.id());
    this.record = record;
  }

  /** What was looked for. */
  public RecordRef record() {
    return record;
  }
}
