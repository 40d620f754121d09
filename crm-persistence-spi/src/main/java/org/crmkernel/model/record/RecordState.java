package org.crmkernel.model.record;

/**
 * Lifecycle of a customer record. Archived records stay readable and restorable but drop out of
 * default lists; deletion is separate and final.
 */
public enum RecordState {
  ACTIVE,
  ARCHIVED
}
