package org.crmkernel.jdbc.internal.json;

/**
 * A JSON text that does not describe a valid record of the expected type, or a record that
 * cannot be written: for a stored text, data corruption, which the stores report as a store
 * failure.
 */
public final class RecordJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String recordType;

  RecordJsonException(Class<?> recordType, String message, Throwable cause) {
    super(message, cause);
    this.recordType = recordType.getSimpleName();
  }

  /** The simple name of the record type that was read or written, such as {@code Account}. */
  public String recordType() {
    return recordType;
  }
}
