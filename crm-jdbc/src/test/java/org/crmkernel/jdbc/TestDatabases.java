package org.crmkernel.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the adapter's tests run on: H2 in memory always; PostgreSQL and MariaDB when
 * {@code CRM_TEST_PG_URL} and {@code CRM_TEST_MARIADB_URL} name them (JDBC URLs). Without them
 * those tests are skipped with a message saying how to enable them, except under {@code CI=true},
 * where a missing database fails the run. Each call hands out a fresh, empty schema (PostgreSQL)
 * or database (MariaDB), so tests never see each other's tables.
 */
enum TestDatabases {
  H2,
  POSTGRESQL,
  MARIADB;

  /** The dialect the adapter should detect. */
  SqlDialect dialect() {
    return SqlDialect.valueOf(name());
  }

  /** A data source on a fresh, empty schema of this database; skips (or fails under CI) when unavailable. */
  DataSource freshSchema() {
    String schema = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    switch (this) {
      case H2 -> {
        return new UrlDataSource("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
      }
      case POSTGRESQL -> {
        String url = required("CRM_TEST_PG_URL");
        execute(url, "CREATE SCHEMA " + schema);
        return new UrlDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      }
      default -> {
        String url = required("CRM_TEST_MARIADB_URL");
        execute(url, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
        return new UrlDataSource(withDatabase(url, schema));
      }
    }
  }

  /** A {@link JdbcCrmStore} on a fresh, migrated schema of this database, its dialect detected. */
  JdbcCrmStore migratedStore() {
    JdbcCrmStore store = JdbcCrmStore.create(freshSchema());
    if (store.dialect() != dialect()) {
      throw new IllegalStateException("detected " + store.dialect() + " on a " + dialect() + " database");
    }
    return store;
  }

  private static String required(String variable) {
    Optional<String> url = Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank());
    if (url.isEmpty()) {
      String message = variable + " is not set: set it to a JDBC URL (see .ci/run) to run the tests on this database";
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
      throw new IllegalStateException("cannot prepare a test schema on " + url.replaceAll("password=[^&]*", "password=***")
          + ": " + e.getMessage(), e);
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

  /**
   * A data source on a URL that keeps a few idle connections for reuse, enough for tests: opening
   * a PostgreSQL or MariaDB connection for every unit of work made the stateful contracts spend
   * most of their time connecting. A connection handed back in a transaction, read-only or closed
   * is closed for good; at most {@value #MAX_IDLE} idle connections are kept over all data
   * sources (tests make many schemas), the oldest closed first.
   */
  static final class UrlDataSource implements DataSource {
    private static final int MAX_IDLE = 16;
    private static final Deque<Idle> IDLE = new ArrayDeque<>();

    private record Idle(UrlDataSource owner, Connection connection) {}

    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection reused = takeIdle();
      Connection real = reused != null ? reused : DriverManager.getConnection(url);
      return (Connection) Proxy.newProxyInstance(UrlDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
          new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
              switch (method.getName()) {
                case "close" -> {
                  if (!closed) {
                    closed = true;
                    giveBack(real);
                  }
                  return null;
                }
                case "isClosed" -> {
                  return closed || real.isClosed();
                }
                default -> {
                  if (closed) {
                    throw new SQLException("connection closed");
                  }
                  return WrappingDataSource.invoke(real, method, args);
                }
              }
            }
          });
    }

    private Connection takeIdle() {
      synchronized (IDLE) {
        for (var it = IDLE.descendingIterator(); it.hasNext(); ) {
          Idle idle = it.next();
          if (idle.owner() == this) {
            it.remove();
            return idle.connection();
          }
        }
        return null;
      }
    }

    private void giveBack(Connection real) throws SQLException {
      boolean reusable;
      try {
        reusable = !real.isClosed() && real.getAutoCommit() && !real.isReadOnly();
      } catch (SQLException e) {
        reusable = false;
      }
      if (!reusable) {
        real.close();
        return;
      }
      Connection evicted = null;
      synchronized (IDLE) {
        IDLE.addLast(new Idle(this, real));
        if (IDLE.size() > MAX_IDLE) {
          evicted = IDLE.removeFirst().connection();
        }
      }
      if (evicted != null) {
        evicted.close();
      }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(System.err);
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getLogger("org.crmkernel.jdbc");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }

    @Override
    public String toString() {
      return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") ? url : url.replaceAll("password=[^&]*", "password=***");
    }
  }
}
