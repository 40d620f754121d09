package org.crmkernel.directory;

/**
 * What happens to the records a user owns when the user moves to another business unit. Records
 * keep their owner either way; only their owning unit, from which access depths are measured,
 * may follow.
 */
public enum OwnedRecordsOnMove {
  /** The records keep their owning unit. */
  STAY_IN_UNIT,
  /** The records' owning unit becomes the user's new unit, as in Dynamics 365. */
  MOVE_WITH_USER
}
