package org.crmkernel.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Visibility;

/**
 * TEST SCOPE ONLY: PostgreSQL's plan of exactly the statement the accounts store runs for a
 * visibility read ({@link JdbcRecordStore#queryStatement}), so that tests outside this package
 * can look at it without repeating the SQL.
 */
public final class VisiblePagePlans {

  private VisiblePagePlans() {}

  /** {@code EXPLAIN (FORMAT JSON)} of the page of accounts {@code query} asks for under {@code visibility}, as JSON text. */
  public static String postgresqlPlan(Connection connection, TenantId tenant, Query<Account> query, Visibility visibility)
      throws SQLException {
    UnitOfWork unit = new UnitOfWork(connection, Dialect.POSTGRESQL, TransactionMode.READ_ONLY);
    JdbcRecordStore<?, Account> accounts = new JdbcRecordStore<>(unit, RecordTables.ACCOUNTS);
    SqlFragment statement = accounts.queryStatement(tenant, query, accounts.visibleTo(tenant, visibility));
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + statement.sql())) {
      Parameters.bind(Dialect.POSTGRESQL, explain, 1, statement.parameters());
      try (ResultSet row = explain.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
