package org.crmkernel.architecture.violations.jdbc.internal;

/** Internal to crm-jdbc. */
public enum Dialect {
  H2,
  POSTGRESQL
}
