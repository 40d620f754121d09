package org.crmkernel.examples.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.jdbc.SqlDialect;
import org.crmkernel.spi.CrmStore;

/**
 * The demo on the JDBC adapter: a {@link JdbcCrmStore} (dialect detected, schema migrated) on a
 * HikariCP pool, which {@link #close} shuts. Either the demo's own embedded H2 file database,
 * emptied at the start of every run so that every run prints the same report, or any database
 * given by URL, where nothing is deleted: the demo works in a new tenant of its own, so earlier
 * runs' data stays and does not change the report.
 */
public final class JdbcDemoStore implements DemoStore {

  /** The name of the embedded database's files ({@value}.mv.db) in its directory. */
  public static final String EMBEDDED_NAME = "demo";
  /** The URL prefixes of the databases the adapter supports. */
  public static final List<String> SUPPORTED_URL_PREFIXES = List.of("jdbc:h2:", "jdbc:postgresql:", "jdbc:mariadb:");

  // H2 keeps a database in name.mv.db, with name.trace.db beside it when it logs errors.
  private static final List<String> EMBEDDED_FILE_SUFFIXES = List.of(".mv.db", ".trace.db");
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?;]+:)[^@/?;]*@");
  private static final int POOL_SIZE = 4;
  private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

  private final HikariDataSource pool;
  private final JdbcCrmStore store;
  private final String description;

  private JdbcDemoStore(HikariDataSource pool, JdbcCrmStore store, String description) {
    this.pool = pool;
    this.store = store;
    this.description = description;
  }

  /**
   * The demo's own H2 file database in {@code directory} (created if missing), emptied first by
   * deleting its files, which belong to the demo alone.
   *
   * @throws DemoStoreException if the directory or files cannot be written, or the database not opened
   */
  public static JdbcDemoStore embeddedH2(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    Path database = absolute.resolve(EMBEDDED_NAME);
    try {
      Files.createDirectories(absolute);
      for (String suffix : EMBEDDED_FILE_SUFFIXES) {
        Files.deleteIfExists(absolute.resolve(EMBEDDED_NAME + suffix));
      }
    } catch (IOException e) {
      throw new DemoStoreException("cannot empty the demo's database in " + absolute + ": " + e, e);
    }
    return open("jdbc:h2:file:" + database, Optional.empty(), Optional.empty(),
        "the demo's own file database, emptied at the start of each run");
  }

  /**
   * A database given by {@code url} (H2, PostgreSQL or MariaDB), with the user and password in
   * the URL or given apart. Nothing in it is deleted; the schema is migrated if it is not current.
   *
   * @throws IllegalArgumentException if {@code url} names no supported database
   * @throws DemoStoreException if the database cannot be reached or refuses the login
   */
  public static JdbcDemoStore database(String url, Optional<String> user, Optional<String> password) {
    if (!isSupported(url)) {
      throw new IllegalArgumentException("'" + withoutPassword(url) + "' is not a JDBC URL of a supported database: use "
          + "jdbc:h2:file:PATH, jdbc:postgresql://HOST[:PORT]/DATABASE or jdbc:mariadb://HOST[:PORT]/DATABASE");
    }
    return open(url, user, password, "a new tenant of its own; nothing is deleted, earlier runs' data stays");
  }

  /** Whether {@code url} starts with the prefix of a database the adapter supports. */
  public static boolean isSupported(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return SUPPORTED_URL_PREFIXES.stream().anyMatch(prefix -> lower.startsWith(prefix) && lower.length() > prefix.length());
  }

  /** {@code url} with any password in it (a {@code password=} parameter, or user:password@) replaced by {@code ***}. */
  public static String withoutPassword(String url) {
    String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
  }

  private static JdbcDemoStore open(String url, Optional<String> user, Optional<String> password, String how) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setPoolName("crm-demo");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new DemoStoreException("cannot connect to " + withoutPassword(url) + ": " + withoutPassword(rootMessage(e)), e);
    }
    try {
      JdbcCrmStore store = JdbcCrmStore.builder(pool).build();
      String description = dialectName(store.dialect()) + " at " + withoutPassword(url) + " (JdbcCrmStore on a HikariCP "
          + "pool); " + how + ".";
      return new JdbcDemoStore(pool, store, description);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static String dialectName(SqlDialect dialect) {
    return switch (dialect) {
      case H2 -> "H2";
      case POSTGRESQL -> "PostgreSQL";
      case MARIADB -> "MariaDB";
    };
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return Optional.ofNullable(root.getMessage()).orElse(root.getClass().getSimpleName());
  }

  @Override
  public CrmStore store() {
    return store;
  }

  @Override
  public String description() {
    return description;
  }

  /** Shuts the connection pool. */
  @Override
  public void close() {
    pool.close();
  }
}
