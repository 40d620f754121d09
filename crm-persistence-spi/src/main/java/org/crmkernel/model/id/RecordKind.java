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
  /** Sales pipelines: ordered stages; organisation-owned. */
  PIPELINE,
  /** Deals (opportunities): owned, with custom fields. */
  DEAL,
  /** Entries of a deal's append-only history; read through the deal, never changed. */
  DEAL_CHANGE,
  /** Activities (tasks, calls, meetings, e-mails, notes) regarding a customer record or deal: owned. */
  ACTIVITY,
  /** Lead assignment rules; organisation-owned. */
  LEAD_ASSIGNMENT_RULE,
  /** Entries of the append-only audit log: read and filtered, never changed. */
  AUDIT_ENTRY,
  /** Messages of the outbox: named in store errors (a taken event id), never queried by users. */
  OUTBOX_MESSAGE;

  /** Whether records of this kind have an owner and an owning business unit. */
  public boolean isOwned() {
    return this == ACCOUNT || this == CONTACT || this == LEAD || this == DEAL || this == ACTIVITY;
  }

  /**
   * Whether the kind belongs to the organisation as a whole, so that its privileges are granted
   * at organisation depth or not at all, as in Dynamics 365.
   */
  public boolean isOrganizationOwned() {
    return this == FIELD_DEFINITION || this == SECURITY_ROLE || this == FIELD_SECURITY_PROFILE || this == AUDIT_ENTRY
        || this == ACCESS_SETTINGS || this == PIPELINE || this == LEAD_ASSIGNMENT_RULE;
  }

  /**
   * Whether roles can grant privileges on this kind: every kind but shares, outbox messages and
   * deal history (which is read through its deal).
   */
  public boolean isSecurable() {
    return this != RECORD_SHARE && this != OUTBOX_MESSAGE && this != DEAL_CHANGE;
  }

  /** Whether tenants may define custom fields on this kind. */
  public boolean isCustomizable() {
    return this == ACCOUNT || this == CONTACT || this == LEAD || this == DEAL;
  }
}
