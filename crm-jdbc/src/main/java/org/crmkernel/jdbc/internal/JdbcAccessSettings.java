package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.jdbc.internal.json.RecordJson;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.AccessSettingsStore;

/**
 * Each tenant's access settings as one unit of work sees them: one row of {@code
 * crm_access_settings} per tenant, its version beside the settings' JSON. The first save inserts
 * version 1; later ones update {@code WHERE tenant_id = ? AND version = ?}. A save whose version
 * is not one more than the stored one is a {@link StaleVersionException}, also when a
 * concurrent unit of work stored the first version in the meantime (the primary key refuses the
 * second insert).
 */
final class JdbcAccessSettings implements AccessSettingsStore {

  private static final String FIND = "SELECT record FROM crm_access_settings WHERE tenant_id = ?";

  private static final String VERSION = "SELECT version FROM crm_access_settings WHERE tenant_id = ?";

  private static final String INSERT = "INSERT INTO crm_access_settings (tenant_id, version, record) VALUES (?, ?, %s)";

  private static final String UPDATE = "UPDATE crm_access_settings SET version = ?, record = %s WHERE tenant_id = ? AND version = ?";

  private final UnitOfWork unit;

  JdbcAccessSettings(UnitOfWork unit) {
    this.unit = unit;
  }

  @Override
  public Optional<AccessSettings> find(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return unit.sql("reading access settings", connection -> {
      try (PreparedStatement find = connection.prepareStatement(FIND)) {
        unit.dialect().bindUuid(find, 1, tenant.value());
        try (ResultSet row = find.executeQuery()) {
          return row.next() ? Optional.of(RecordJson.decode(row.getString(1), AccessSettings.class))
              : Optional.<AccessSettings>empty();
        }
      }
    });
  }

  @Override
  public AccessSettings save(AccessSettings settings) {
    Objects.requireNonNull(settings, "settings");
    unit.checkWritable("save access settings");
    long expected = settings.version() - 1;
    long stored = storedVersion(settings.tenantId());
    if (stored != expected) {
      throw new StaleVersionException(settings.ref(), expected, stored);
    }
    if (expected == 0) {
      insert(settings);
    } else {
      update(settings, expected);
    }
    return settings;
  }

  private void insert(AccessSettings settings) {
    unit.sql("storing the first access settings", connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(unit.dialect().jsonParameter()))) {
        unit.dialect().bindUuid(insert, 1, settings.tenantId().value());
        insert.setLong(2, settings.version());
        insert.setString(3, RecordJson.encode(settings));
        return insert.executeUpdate();
      } catch (SQLException e) {
        if (SqlFailures.classify(unit.dialect(), e) == SqlFailures.Kind.UNIQUE_VIOLATION) {
          // A concurrent unit of work stored version 1 first; on PostgreSQL nothing more can be read here.
          throw new StaleVersionException(settings.ref(), 0, settings.version());
        }
        throw e;
      }
    });
  }

  private void update(AccessSettings settings, long expected) {
    int changed = unit.sql("storing access settings", connection -> {
      try (PreparedStatement update = connection.prepareStatement(UPDATE.formatted(unit.dialect().jsonParameter()))) {
        update.setLong(1, settings.version());
        update.setString(2, RecordJson.encode(settings));
        unit.dialect().bindUuid(update, 3, settings.tenantId().value());
        update.setLong(4, expected);
        return update.executeUpdate();
      }
    });
    if (changed == 0) {
      throw new StaleVersionException(settings.ref(), expected, storedVersion(settings.tenantId()));
    }
  }

  /** The stored version, 0 when the tenant has no settings. */
  private long storedVersion(TenantId tenant) {
    return unit.sql("reading the access settings' version", connection -> {
      try (PreparedStatement select = connection.prepareStatement(VERSION)) {
        unit.dialect().bindUuid(select, 1, tenant.value());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getLong(1) : 0L;
        }
      }
    });
  }
}
