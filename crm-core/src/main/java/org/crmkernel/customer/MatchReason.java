package org.crmkernel.customer;

/** Why an existing record is offered as a match for a lead being converted. */
public enum MatchReason {
  /** It has one of the lead's e-mail addresses (compared case-insensitively). */
  EMAIL,
  /** It has one of the lead's phone numbers (compared in E.164). */
  PHONE,
  /** Its name equals the lead's (the person's name for contacts, the company for accounts), ignoring case and accents. */
  NAME,
  /** It is the account of a contact that matches the lead. */
  CONTACT_ACCOUNT
}
