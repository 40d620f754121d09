package org.crmkernel.model.access;

/** What a principal may do to a record, as in Dynamics 365. */
public enum Privilege {
  /** Create a record of the kind. */
  CREATE,
  /** Read a record. */
  READ,
  /** Change a record's fields, archive or restore it. */
  WRITE,
  /** Delete a record for good. */
  DELETE,
  /** Attach this record to another (a contact to an account). */
  APPEND,
  /** Let other records be attached to this one (an account receiving contacts). */
  APPEND_TO,
  /** Give the record another owner. */
  ASSIGN,
  /** Share the record with a user or team. */
  SHARE;

  /** Whether a share can carry this right; creating is never shared. */
  public boolean isShareable() {
    return this != CREATE;
  }

  /** The name used in messages and audit text: lower case with a dash, such as {@code append-to}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
