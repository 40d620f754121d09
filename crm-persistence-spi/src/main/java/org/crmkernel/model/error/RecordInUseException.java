package org.crmkernel.model.error;

import java.util.List;
import org.crmkernel.model.id.RecordRef;

/** A record cannot be deleted or retired while other records still refer to it. */
public class RecordInUseException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final RecordRef record;

  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<RecordRef> referencedBy;

  /** {@code record} is still referenced, for example by {@code referencedBy}. */
  public RecordInUseException(RecordRef record, List<RecordRef> referencedBy, String detail) {
    super(record + " is in use: " + detail);
    this.record = record;
    this.referencedBy = List.copyOf(referencedBy);
  }

  /** The record that is in use. */
  public RecordRef record() {
    return record;
  }

  /** Some of the records that refer to it (not necessarily all). */
  public List<RecordRef> referencedBy() {
    return referencedBy;
  }
}
