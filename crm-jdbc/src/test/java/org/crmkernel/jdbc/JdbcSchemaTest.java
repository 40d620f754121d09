package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema migrates on every database, is idempotent, keeps its own history table, and leads every key with tenant_id. */
class JdbcSchemaTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void detectsTheDialect(TestDatabases database) {
    assertThat(SqlDialect.detect(database.freshSchema())).isEqualTo(database.dialect());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void migratesOnceUnderItsOwnHistoryTable(TestDatabases database) throws SQLException {
    DataSource dataSource = database.freshSchema();

    assertThat(JdbcSchema.migrate(dataSource, database.dialect())).isEqualTo(JdbcSchema.SCRIPTS.size());
    assertThat(JdbcSchema.migrate(dataSource, database.dialect())).isZero();

    assertThat(tables(dataSource)).contains(JdbcSchema.HISTORY_TABLE, "crm_audit_entry", "crm_outbox_message", "crm_account", "crm_contact",
            "crm_lead", "crm_field_value")
        // directory, field definitions and access stores
        .contains("crm_business_unit", "crm_user", "crm_team", "crm_field_definition", "crm_security_role",
            "crm_record_share", "crm_field_security_profile", "crm_access_settings")
        .contains("crm_pipeline", "crm_deal", "crm_activity", "crm_lead_assignment_rule", "crm_deal_change")
        .doesNotContain("flyway_schema_history");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void everyPrimaryKeyUniqueKeyAndIndexLeadsWithTheTenant(TestDatabases database) throws SQLException {
    DataSource dataSource = database.freshSchema();
    JdbcSchema.migrate(dataSource, database.dialect());

    List<String> offenders = new ArrayList<>();
    int checked = 0;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String table : tables(dataSource)) {
        if (!table.startsWith("crm_") || table.equals(JdbcSchema.HISTORY_TABLE)) {
          continue;
        }
        for (Map.Entry<String, List<String>> key : keys(metadata, connection, table).entrySet()) {
          checked++;
          // The one exception: the relays' claim reads the oldest pending messages of all
          // tenants, in an order no index leading with the tenant can give (schema version 6).
          boolean claimOrder = table.equalsIgnoreCase("crm_outbox_message")
              && key.getKey().equalsIgnoreCase("crm_outbox_message_claim");
          if (!claimOrder && !key.getValue().get(0).equalsIgnoreCase("tenant_id")) {
            offenders.add(table + "." + key.getKey() + " " + key.getValue());
          }
        }
      }
    }
    assertThat(checked).as("keys and indexes checked").isGreaterThanOrEqualTo(6);
    assertThat(offenders).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(SqlDialect.class)
  void exportsTheScriptsItApplies(SqlDialect dialect) {
    List<JdbcSchema.Script> scripts = JdbcSchema.scripts(dialect);

    assertThat(scripts).extracting(JdbcSchema.Script::name).isEqualTo(JdbcSchema.SCRIPTS);
    assertThat(scripts.get(0).sql()).contains("CREATE TABLE crm_audit_entry");
    assertThat(scripts.get(1).sql()).contains("CREATE TABLE crm_account", "CREATE TABLE crm_field_value");
    assertThat(scripts.get(JdbcSchema.SCRIPTS.indexOf("V3__directory_and_access.sql")).sql())
        .contains("CREATE TABLE crm_team", "CREATE TABLE crm_record_share", "CREATE TABLE crm_access_settings");
  }

  /** The tables of the connection's current schema, lower-cased. */
  private static List<String> tables(DataSource dataSource) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
            new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** The primary key and every index of {@code table}: name to columns in order. */
  private static Map<String, List<String>> keys(DatabaseMetaData metadata, Connection connection, String table)
      throws SQLException {
    String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    Map<String, List<String>> keys = new LinkedHashMap<>();
    Map<Short, String> primary = new TreeMap<>();
    try (ResultSet rows = metadata.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), name)) {
      while (rows.next()) {
        primary.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    keys.put("primary key", new ArrayList<>(primary.values()));
    Map<String, Map<Short, String>> indexes = new LinkedHashMap<>();
    try (ResultSet rows = metadata.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, false)) {
      while (rows.next()) {
        String index = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (index != null && column != null) {
          indexes.computeIfAbsent(index, k -> new TreeMap<>()).put(rows.getShort("ORDINAL_POSITION"), column);
        }
      }
    }
    indexes.forEach((index, columns) -> keys.put(index, new ArrayList<>(columns.values())));
    return keys;
  }
}
