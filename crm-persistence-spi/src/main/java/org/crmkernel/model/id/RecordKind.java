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
  /** Security roles: privileges per record kind at an access depth. */
  SECURITY_ROLE,
  /** Shares of one record with a user or team. */
  RECORD_SHARE,
  /** Field security profiles: who may read or update secured fields. */
  FIELD_SECURITY_PROFILE,
  /** A tenant's access settings (one per tenant, named by the tenant's id). */
  ACCESS_SETTINGS,
  /** Entries of the append-only audit log: read and filtered, never changed. */
  AUDIT_ENTRY,
  /** Messages of the outbox: named in store errors (a taken event id), never queried by users. */
  OUTBOX_MESSAGE;

  /** Whether records of this kind have an owner and an owning business unit. */
  public boolean isOwned() {
    return this == ACCOUNT || this == CONTACT || this == LEAD;
  }

  /**
   * Whether the kind belongs to the organisation as a whole, so that its privileges are granted
   * at organisation depth or not at all, as in Dynamics 365.
   */
  public boolean isOrganizationOwned() {
    return this == FIELD_DEFINITION || this == SECURITY_ROLE || this == FIELD_SECURITY_PROFILE || this == AUDIT_ENTRY
        || this == ACCESS_SETTINGS;
  }

  /** Whether roles can grant privileges on this kind (every kind but shares and outbox messages). */
  public boolean isSecurable() {
    return this != RECORD_SHARE && this != OUTBOX_MESSAGE;
  }

  /** Whether tenants may define custom fields on this kind. */
  public boolean isCustomizable() {
    return this == ACCOUNT || this == CONTACT || this == LEAD;
  }
}
