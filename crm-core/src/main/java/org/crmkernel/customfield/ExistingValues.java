package org.crmkernel.customfield;

/**
 * What a change to a field definition does with stored values that the changed definition
 * would reject (a shorter maximum length, a removed picklist value, a narrower range, a newly
 * required field).
 */
public enum ExistingValues {
  /** Refuse the change, listing how many records and which ones hold such values. */
  REJECT,
  /**
   * Clear such values in one transaction with the change, each record audited and reported as
   * updated. Not possible when the field becomes required and records lack a value.
   */
  CLEAR_INVALID
}
