/**
 * The JDBC adapter of crmkernel: {@code JdbcCrmStore} on H2, PostgreSQL or MariaDB, versioned
 * schema migrations applied by Flyway under their own history table, and the SQL behind the
 * store SPI. Depends on the SPI module only, never on the kernel.
 */
module org.crmkernel.jdbc {
  requires transitive org.crmkernel.spi;
  requires transitive java.sql;
  requires static org.jspecify;
  requires org.slf4j;
  requires tools.jackson.databind;
  requires flyway.core; // Flyway names no module; its automatic name comes from the jar

  exports org.crmkernel.jdbc;
  // org.crmkernel.jdbc.internal (the SQL behind the stores) is deliberately not exported.

  // The migration scripts live under META-INF/crmkernel/migration, which a module never hides.
}
