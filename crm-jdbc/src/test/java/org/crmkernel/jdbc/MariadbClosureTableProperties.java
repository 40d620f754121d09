package org.crmkernel.jdbc;

/** The closure table properties on MARIADB. */
class MariadbClosureTableProperties extends ClosureTableProperties {

  @Override
  TestDatabases database() {
    return TestDatabases.MARIADB;
  }
}
