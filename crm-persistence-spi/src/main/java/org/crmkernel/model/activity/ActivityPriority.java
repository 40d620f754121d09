package org.crmkernel.model.activity;

/** How urgent an activity is. */
public enum ActivityPriority {
  LOW,
  NORMAL,
  HIGH
}
