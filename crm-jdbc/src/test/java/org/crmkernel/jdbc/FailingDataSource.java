package org.crmkernel.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source whose statements fail on purpose: the Nth statement executed (counting every
 * connection) throws a given SQL error instead of running, after closing its connection when the
 * failure stands for a lost one, so that the database rolls back what the transaction did.
 */
final class FailingDataSource extends WrappingDataSource {

  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate", "executeLargeBatch");

  private final AtomicInteger executed = new AtomicInteger();
  private volatile int failAt = Integer.MAX_VALUE;
  private volatile SQLException failure = new SQLException("unset");
  private volatile boolean loseConnection;

  FailingDataSource(DataSource target) {
    super(target);
  }

  /** Makes the {@code n}th statement from now (1 = the next) fail with {@code error}, closing its connection if {@code lose}. */
  void failStatement(int n, SQLException error, boolean lose) {
    executed.set(0);
    failure = error;
    loseConnection = lose;
    failAt = n;
  }

  /** Lets every statement run again. */
  void heal() {
    failAt = Integer.MAX_VALUE;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = target().getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (result instanceof PreparedStatement statement) {
            return statementProxy(connection, statement, PreparedStatement.class);
          }
          if (result instanceof Statement statement) {
            return statementProxy(connection, statement, Statement.class);
          }
          return result;
        });
  }

  private Object statementProxy(Connection connection, Statement statement, Class<?> type) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTIONS.contains(method.getName()) && executed.incrementAndGet() == failAt) {
        if (loseConnection) {
          connection.close();
        }
        throw failure;
      }
      return invoke(statement, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }
}
