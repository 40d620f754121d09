package org.crmkernel;

import java.util.Locale;
import java.util.UUID;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The store the kernel's tests run on, chosen by the system property {@code crm.test.store}:
 * {@code memory} (the default) gives a fresh in-memory store per call; {@code h2} gives a
 * {@link JdbcCrmStore} on one embedded H2 database per test JVM, migrated once and shared (each
 * test works in tenants of its own, so they never meet). The build runs the suite on both, so
 * every kernel behaviour is also checked through the JDBC adapter.
 */
public final class TestStores {

  /** The system property that picks the store. */
  public static final String PROPERTY = "crm.test.store";

  private TestStores() {}

  /** A store for one test, as {@value #PROPERTY} says. */
  public static CrmStore create() {
    String kind = System.getProperty(PROPERTY, "memory").strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "memory" -> InMemoryCrmStore.create();
      case "h2" -> SharedH2.STORE;
      default -> throw new IllegalStateException(PROPERTY + " must be memory or h2, not '" + kind + "'");
    };
  }

  /** Whether the tests run on the JDBC adapter, for the few checks only the in-memory store allows. */
  public static boolean onJdbc() {
    return !System.getProperty(PROPERTY, "memory").strip().equalsIgnoreCase("memory");
  }

  /** One H2 database per JVM, created when first asked for. */
  private static final class SharedH2 {
    static final CrmStore STORE = JdbcCrmStore.create(JdbcConnectionPool.create(
        "jdbc:h2:mem:crm_core_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }
}
