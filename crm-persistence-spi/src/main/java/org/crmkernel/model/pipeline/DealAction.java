package org.crmkernel.model.pipeline;

/** The business action that appended an entry to a deal's history. */
public enum DealAction {
  CREATE,
  MOVE_STAGE,
  CLOSE_WON,
  CLOSE_LOST,
  REOPEN,
  CHANGE_AMOUNT,
  CHANGE_PROBABILITY,
  CHANGE_CLOSE_DATE,
  REASSIGN,
  /** Any other edit that changed a tracked value, such as a general update. */
  UPDATE
}
