package org.crmkernel.customer;

/** Which related records follow when a record is assigned to a new owner, as Dynamics 365's cascading rules. */
public enum CascadeRule {
  /** Every related record gets the new owner. */
  ALL,
  /** Related records that are active (not archived) get the new owner. */
  ACTIVE,
  /** Related records owned by the previous owner get the new owner. */
  OWNED_BY_PREVIOUS_OWNER,
  /** Related records keep their owners. */
  NONE
}
