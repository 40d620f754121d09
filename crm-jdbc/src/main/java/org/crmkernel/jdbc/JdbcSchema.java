package org.crmkernel.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.crmkernel.model.error.StoreFailureException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The adapter's schema: versioned migration scripts per dialect, shipped as resources. {@link
 * #migrate} applies them with Flyway under the adapter's own history table ({@value
 * #HISTORY_TABLE}), so it never meets a host's own Flyway history; hosts that run their own
 * migrations take the scripts from {@link #scripts}. Every primary key, unique key and index
 * leads with {@code tenant_id}, so the schema can be distributed by tenant (Citus) unchanged.
 */
public final class JdbcSchema {

  /** The name of the adapter's Flyway history table. */
  public static final String HISTORY_TABLE = "crm_schema_history";

  /** The migration scripts, in the order they apply; the same names in every dialect's folder. */
  static final List<String> SCRIPTS = List.of("V1__audit_log_and_outbox.sql", "V2__accounts_contacts_leads.sql",
      // directory, field definitions and access stores
      "V3__directory_and_access.sql",
      // schema version 4 (pipelines, deals, activities):
      "V4__pipelines_deals_activities.sql",
      // closure tables of the unit tree and the manager chains
      "V5__unit_and_manager_closures.sql",
      // the outbox's claim order
      "V6__outbox_claim_order.sql",
      // the value table's text index:
      "V7__field_value_text_index.sql");

  private JdbcSchema() {}

  /**
   * Brings the schema behind {@code dataSource} to the latest version for {@code dialect}.
   *
   * @return how many migrations were applied (0 when the schema was current)
   * @throws StoreFailureException if a migration fails; Flyway's error is the cause
   */
  public static int migrate(DataSource dataSource, SqlDialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    try {
      MigrateResult result = Flyway.configure(JdbcSchema.class.getClassLoader())
          .dataSource(dataSource)
          .locations(dialect.migrationLocation())
          .table(HISTORY_TABLE)
          .baselineOnMigrate(false)
          .load()
          .migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreFailureException("the crmkernel schema could not be migrated: " + e.getMessage(), false, e);
    }
  }

  /**
   * The migration scripts of {@code dialect}, name and text, in the order they apply, for hosts
   * that run migrations with their own tool.
   */
  public static List<Script> scripts(SqlDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    String folder = dialect.migrationLocation().substring("classpath:".length());
    List<Script> scripts = new ArrayList<>();
    for (String name : SCRIPTS) {
      String path = folder + "/" + name;
      try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing migration script " + path);
        }
        scripts.add(new Script(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read migration script " + path, e);
      }
    }
    return List.copyOf(scripts);
  }

  /** One migration script: its Flyway file name and its SQL. */
  public record Script(String name, String sql) {

    /** Rejects missing parts. */
    public Script {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sql, "sql");
    }
  }
}
