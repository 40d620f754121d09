package org.crmkernel.model.activity;

/** What kind of activity it is. Notes are records of what happened: no due time, no duration. */
public enum ActivityType {
  TASK,
  CALL,
  MEETING,
  EMAIL,
  NOTE
}
