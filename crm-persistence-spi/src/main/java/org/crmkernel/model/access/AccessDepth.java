package org.crmkernel.model.access;

/**
 * How far a role's privilege reaches, from nothing to the whole organisation, in increasing
 * order: the records a principal owns (directly or through an owner team), those owned in their
 * business unit, in their unit and every unit below it, or everywhere.
 */
public enum AccessDepth {
  /** No access. */
  NONE,
  /** Records the principal owns, or an owner team they belong to owns. */
  USER,
  /** Records owned in the principal's business unit. */
  BUSINESS_UNIT,
  /** Records owned in the principal's business unit or any unit below it. */
  PARENT_CHILD_UNITS,
  /** Every record of the tenant. */
  ORGANIZATION;

  /** Whether this depth reaches at least as far as {@code other}. */
  public boolean atLeast(AccessDepth other) {
    return compareTo(other) >= 0;
  }

  /** The deeper of the two: roles combine by taking the most permissive depth. */
  public AccessDepth max(AccessDepth other) {
    return atLeast(other) ? this : other;
  }
}
