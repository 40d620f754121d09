package org.crmkernel.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.util.Objects;
import org.crmkernel.model.error.StoreFailureException;

/**
 * Reads what an {@link SQLException} means for the caller: a unique key violation, a conflict
 * the database rolled back (worth running the work again), another transient failure (a lost
 * connection, a timeout) or a permanent one. The SQLState class decides where it is standard;
 * the dialect adds its vendor codes.
 */
final class SqlFailures {

  /** What a failure means. */
  enum Kind {
    /** A unique key was violated. */
    UNIQUE_VIOLATION,
    /** A serialization failure or deadlock: the database rolled the transaction back. */
    ROLLED_BACK_CONFLICT,
    /** A lost connection or a timeout: the same work may succeed later; the outcome of a commit is unknown. */
    TRANSIENT,
    /** Anything else. */
    PERMANENT
  }

  private SqlFailures() {}

  /** What {@code failure} (or the first of its chain that says) means on {@code dialect}. */
  static Kind classify(Dialect dialect, SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      String state = Objects.requireNonNullElse(e.getSQLState(), "");
      int code = e.getErrorCode();
      if (dialect.isUniqueViolation(code, state)) {
        return Kind.UNIQUE_VIOLATION;
      }
      if (dialect.isRolledBackConflict(code, state)) {
        return Kind.ROLLED_BACK_CONFLICT;
      }
      if (state.startsWith("08") || dialect.isTransientVendorCode(code, state)
          || e instanceof SQLRecoverableException || e instanceof SQLTransientException
          || e instanceof SQLTimeoutException) {
        return Kind.TRANSIENT;
      }
      if (e.getNextException() == e) {
        break;
      }
    }
    return Kind.PERMANENT;
  }

  /** A {@link StoreFailureException} for {@code failure} while doing {@code what}; never a raw SQL error. */
  static StoreFailureException storeFailure(Dialect dialect, String what, SQLException failure) {
    Kind kind = classify(dialect, failure);
    String reason = switch (kind) {
      case ROLLED_BACK_CONFLICT -> "a conflict with a concurrent unit of work (serialization failure or deadlock)";
      case TRANSIENT -> "a lost connection or a timeout";
      case UNIQUE_VIOLATION -> "a unique key violation";
      case PERMANENT -> "a database error";
    };
    return new StoreFailureException("the database failed while " + what + ": " + reason + " (SQLState "
        + failure.getSQLState() + ", code " + failure.getErrorCode() + ")",
        kind == Kind.ROLLED_BACK_CONFLICT || kind == Kind.TRANSIENT, failure);
  }
}
