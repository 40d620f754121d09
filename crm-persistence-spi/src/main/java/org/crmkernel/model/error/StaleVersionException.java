package org.crmkernel.model.error;

import org.crmkernel.model.id.RecordRef;

/**
 * An update or delete named a version that is no longer current: someone else changed the record
 * since it was read. Nothing was written; read again and retry.
 */
public class StaleVersionException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final RecordRef record;
  private final long expectedVersion;
  private final long actualVersion;

  /** {@code record} is at {@code actualVersion}, not at {@code expectedVersion}. */
  public StaleVersionException(RecordRef record, long expectedVersion, long actualVersion) {
    super(record + " is at version " + actualVersion + ", not at the expected version " + expectedVersion);
    this.record = record;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The record that changed. */
  public RecordRef record() {
    return record;
  }

  /** The version the caller read. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored now. */
  public long actualVersion() {
    return actualVersion;
  }
}
