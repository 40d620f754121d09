package org.crmkernel.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The databases the JDBC benchmarks run on, each reached through a HikariCP pool. PostgreSQL's
 * server is {@code CRM_BENCH_PG} ({@code jdbc:postgresql://127.0.0.1:5432/?user=postgres} by
 * default; the benchmark names the database, which must exist); H2's files go to {@code
 * CRM_BENCH_H2_DIR} ({@code crm-bench/target/h2} by default, relative to the working directory).
 */
public enum BenchDatabase {
  /** PostgreSQL (15 in the runs of the README). */
  POSTGRESQL,
  /** H2 2.x, an embedded file database. */
  H2;

  /** A pool of at most {@code poolSize} connections to database {@code name}. */
  HikariDataSource open(String name, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("bench-" + name);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(poolSize);
    config.setJdbcUrl(url(name));
    return new HikariDataSource(config);
  }

  private String url(String name) {
    if (this == POSTGRESQL) {
      String server = Optional.ofNullable(System.getenv("CRM_BENCH_PG")).orElse("jdbc:postgresql://127.0.0.1:5432/?user=postgres");
      int slash = server.indexOf('/', "jdbc:postgresql://".length());
      int query = server.indexOf('?', slash);
      return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }
    Path dir = Path.of(Optional.ofNullable(System.getenv("CRM_BENCH_H2_DIR")).orElse("crm-bench/target/h2")).toAbsolutePath();
    return "jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Empties {@code tables} (outside any measurement). */
  static void truncate(javax.sql.DataSource dataSource, List<String> tables) {
    for (String table : tables) {
      execute(dataSource, "TRUNCATE TABLE " + table);
    }
  }

  /** Runs one statement of the benchmark's own (no user input) in its own transaction. */
  static void execute(javax.sql.DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark statement failed: " + sql, e);
    }
  }
}
