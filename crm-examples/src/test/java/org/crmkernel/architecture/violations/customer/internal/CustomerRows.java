package org.crmkernel.architecture.violations.customer.internal;

/** Internal to crm-core: used from crm-core (fine) and from crm-testkit (violation). */
public final class CustomerRows {
  /** A count. */
  public int count() {
    return 0;
  }
}
