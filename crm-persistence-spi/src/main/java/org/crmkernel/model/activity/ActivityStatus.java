package org.crmkernel.model.activity;

/** Whether an activity is still to be done. */
public enum ActivityStatus {
  OPEN,
  COMPLETED,
  CANCELLED;

  /** Whether the activity is done with, either way. */
  public boolean isClosed() {
    return this != OPEN;
  }
}
