package org.crmkernel.jdbc;

/** The closure table properties on H2. */
class H2ClosureTableProperties extends ClosureTableProperties {

  @Override
  TestDatabases database() {
    return TestDatabases.H2;
  }
}
