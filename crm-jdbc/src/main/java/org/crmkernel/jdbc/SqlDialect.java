package org.crmkernel.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.crmkernel.model.error.StoreFailureException;

/**
 * The databases the adapter speaks. Detected from the connection's metadata; a host may name one
 * instead (for example for a PostgreSQL-compatible database that reports another product name).
 * What differs between them is kept inside the adapter, in one small package-private enum.
 */
public enum SqlDialect {
  /** H2 2.x, the embedded default, with file and in-memory URLs. */
  H2("h2"),
  /** PostgreSQL 15 and later. */
  POSTGRESQL("postgresql"),
  /** MariaDB 10.11 and later. */
  MARIADB("mariadb");

  private final String folder;

  SqlDialect(String folder) {
    this.folder = folder;
  }

  /** The classpath folder of this dialect's migration scripts. */
  public String migrationLocation() {
    return "classpath:META-INF/crmkernel/migration/" + folder;
  }

  /**
   * The dialect of the database behind {@code dataSource}, from its product name.
   *
   * @throws StoreFailureException if the database cannot be reached or is none of the three
   */
  public static SqlDialect detect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return of(connection.getMetaData());
    } catch (SQLException e) {
      throw new StoreFailureException("cannot read the database's metadata to detect its dialect", true, e);
    }
  }

  /** The dialect of a database whose metadata is {@code metadata}. */
  static SqlDialect of(DatabaseMetaData metadata) throws SQLException {
    String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
    String url = String.valueOf(metadata.getURL()).toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    // MariaDB's driver may report "MySQL" for compatibility; the URL or version tells them apart.
    if (product.contains("mariadb") || url.startsWith("jdbc:mariadb:")
        || String.valueOf(metadata.getDatabaseProductVersion()).toLowerCase(Locale.ROOT).contains("mariadb")) {
      return MARIADB;
    }
    throw new StoreFailureException("unsupported database '" + metadata.getDatabaseProductName()
        + "': crmkernel's JDBC adapter supports H2, PostgreSQL and MariaDB");
  }
}
