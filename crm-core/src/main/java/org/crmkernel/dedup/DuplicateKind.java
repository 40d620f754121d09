package org.crmkernel.dedup;

/** The record kinds a duplicate scan covers, each with its default rules. */
public enum DuplicateKind {
  /** Contacts. */
  CONTACTS,
  /** Leads. */
  LEADS,
  /** Accounts. */
  ACCOUNTS;

  /** The rules crmkernel ships for this kind. */
  public MatchRules defaultRules() {
    return switch (this) {
      case CONTACTS -> DefaultMatchRules.contacts();
      case LEADS -> DefaultMatchRules.leads();
      case ACCOUNTS -> DefaultMatchRules.accounts();
    };
  }
}
