package org.crmkernel.jdbc;

/** The closure table properties on POSTGRESQL. */
class PostgresqlClosureTableProperties extends ClosureTableProperties {

  @Override
  TestDatabases database() {
    return TestDatabases.POSTGRESQL;
  }
}
