package org.crmkernel.jdbc;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * A PostgreSQL data source that asks for the plan of the exact queries the store runs: when a
 * prepared query whose text {@link #explain} accepts is executed, the same text is prepared again
 * behind {@code EXPLAIN (FORMAT JSON)}, the same parameters are bound, and the plan is kept.
 * So tests check the planner's choices for the store's own SQL, without repeating it.
 */
final class ExplainingDataSource extends WrappingDataSource {

  private volatile Predicate<String> explain = sql -> false;
  private final List<String> plans = new CopyOnWriteArrayList<>();

  ExplainingDataSource(DataSource target) {
    super(target);
  }

  /** From now on, explains the queries whose SQL {@code which} accepts; forgets earlier plans. */
  void explain(Predicate<String> which) {
    plans.clear();
    explain = which;
  }

  /** The JSON plans kept since {@link #explain}, in execution order. */
  List<String> plans() {
    return List.copyOf(plans);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = target().getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
              && explain.test((String) args[0])) {
            return recording(connection, statement, (String) args[0]);
          }
          return result;
        });
  }

  private PreparedStatement recording(Connection connection, PreparedStatement statement, String sql) {
    List<Object[]> binds = new ArrayList<>();
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
            binds.add(new Object[] {method, args});
          } else if (name.equals("executeQuery")) {
            plans.add(planOf(connection, sql, binds));
          }
          return invoke(statement, method, args);
        });
  }

  private static String planOf(Connection connection, String sql, List<Object[]> binds) throws Exception {
    try (PreparedStatement explained = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
      for (Object[] bind : binds) {
        ((Method) bind[0]).invoke(explained, (Object[]) bind[1]);
      }
      try (ResultSet plan = explained.executeQuery()) {
        plan.next();
        return plan.getString(1);
      }
    }
  }
}
