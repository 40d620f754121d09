package org.crmkernel.model.assignment;

/** How a rule that targets a team picks the member who gets the lead. */
public enum Distribution {
  /** Each active member in turn, in the order of their ids. */
  ROUND_ROBIN,
  /** The active member with the fewest open leads; ties go to the smallest id. */
  LOAD_BALANCED
}
