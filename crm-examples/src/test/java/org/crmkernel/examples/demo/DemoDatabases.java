package org.crmkernel.examples.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The external databases the demo's differential test runs on: PostgreSQL and MariaDB when {@code
 * CRM_TEST_PG_URL} and {@code CRM_TEST_MARIADB_URL} name them (JDBC URLs). Without them those
 * tests are skipped with a message saying how to enable them, except under {@code CI=true}, where
 * a missing database fails the run (the rules of crm-jdbc's TestDatabases). Each call creates a
 * schema (PostgreSQL) or database (MariaDB) of its own, which {@link Scratch#close} drops.
 */
enum DemoDatabases {
  POSTGRESQL("CRM_TEST_PG_URL"),
  MARIADB("CRM_TEST_MARIADB_URL");

  private final String variable;

  DemoDatabases(String variable) {
    this.variable = variable;
  }

  /** A URL of a new, empty schema or database; skips (or fails under CI) when the variable is unset. */
  Scratch scratch() {
    String url = required(variable);
    String name = "crm_demo_jdbcdemo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (this == POSTGRESQL) {
      execute(url, "CREATE SCHEMA " + name);
      return new Scratch(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, url,
          "DROP SCHEMA " + name + " CASCADE");
    }
    execute(url, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
    return new Scratch(withDatabase(url, name), url, "DROP DATABASE " + name);
  }

  /** A schema or database of the test's own: {@code url} reaches it; closing drops it. */
  record Scratch(String url, String adminUrl, String drop) implements AutoCloseable {
    @Override
    public void close() {
      execute(adminUrl, drop);
    }
  }

  private static String required(String variable) {
    Optional<String> url = Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank());
    if (url.isEmpty()) {
      String message = variable + " is not set: set it to a JDBC URL (see .ci/run) to run the demo on this database";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + "; under CI=true a missing database is a failure");
      }
      Assumptions.abort(message);
    }
    return url.get();
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + sql + "' on " + JdbcDemoStore.withoutPassword(url) + ": "
          + e.getMessage(), e);
    }
  }

  /** {@code url} with its database name (the path after host:port) replaced by {@code database}. */
  static String withDatabase(String url, String database) {
    int hostStart = url.indexOf("//") + 2;
    int pathStart = url.indexOf('/', hostStart);
    int query = url.indexOf('?');
    String head = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
    String tail = query < 0 ? "" : url.substring(query);
    return head + "/" + database + tail;
  }
}
