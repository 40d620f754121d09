package org.crmkernel.model.id;

/** The kinds of record the kernel keeps; each has its own store, fields and privileges. */
public enum RecordKind {
  ACCOUNT,
  CONTACT,
  LEAD,
  BUSINESS_UNIT,
  USER,
  TEAM,
  FIELD_DEFINITION,
  /** Entries of the append-only audit log: read and filtered, never changed. */
  AUDIT_ENTRY,
  /** Messages of the outbox: named in store errors (a taken event id), never queried by users. */
  OUTBOX_MESSAGE;

  /** Whether tenants may define custom fields on this kind. */
  public boolean isCustomizable() {
    return this == ACCOUNT || this == CONTACT || this == LEAD;
  }
}
