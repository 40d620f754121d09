package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.CrmStore;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The closure tables of the unit tree and the manager chains against a recursive computation
 * over the stored {@code parent_id} and {@code manager_id}, on one database: after every step of
 * a random sequence of unit and user inserts (single and batched, children before their parents,
 * parents that are not stored), subtree moves, manager changes, renames, deletes (mostly of
 * leaves), refused cycles and rolled back moves, the tenant's closure rows are exactly the
 * expected ones, and a neighbour tenant with the same ids keeps its own. The migration fills the
 * closures of rows stored before it.
 */
abstract class ClosureTableProperties {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final int STEPS = 25;

  private @Nullable DataSource dataSource;
  private @Nullable CrmStore store;

  /** The database under test. */
  abstract TestDatabases database();

  @Property(tries = 8)
  void closuresEqualTheWalksOverTheStoredReferences(@ForAll Random random) throws SQLException {
    CrmStore crm = store();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    TenantId neighbour = TenantId.of(UUID.randomUUID());
    Forest forest = new Forest(tenant);
    Forest other = new Forest(neighbour);
    for (int i = 0; i < 4; i++) {
      BusinessUnit root = unit(tenant, Optional.empty(), "root " + i);
      forest.insertUnits(crm, List.of(root));
      other.insertUnits(crm, List.of(rehome(root, neighbour)));
    }
    List<String> steps = new ArrayList<>();
    for (int step = 0; step < STEPS; step++) {
      steps.add(forest.randomStep(crm, random));
      assertClosures(forest, steps);
    }
    assertClosures(other, List.of("the neighbour, after " + steps));
  }

  @Test
  void theMigrationFillsTheClosuresOfStoredRows() throws SQLException {
    DataSource fresh = database().freshSchema();
    Flyway.configure(JdbcSchema.class.getClassLoader()).dataSource(fresh)
        .locations(database().dialect().migrationLocation()).table(JdbcSchema.HISTORY_TABLE).target("4").load()
        .migrate();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    UUID root = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID a1 = UUID.randomUUID();
    UUID orphan = UUID.randomUUID();
    UUID missing = UUID.randomUUID();
    Map<UUID, Optional<UUID>> units = new LinkedHashMap<>();
    units.put(root, Optional.empty());
    units.put(a, Optional.of(root));
    units.put(b, Optional.of(root));
    units.put(a1, Optional.of(a));
    units.put(orphan, Optional.of(missing));
    Map<UUID, Optional<UUID>> users = new LinkedHashMap<>();
    users.put(a, Optional.empty());
    users.put(b, Optional.of(a));
    users.put(a1, Optional.of(b));
    users.put(root, Optional.of(missing));
    try (Connection connection = fresh.getConnection()) {
      String json = database() == TestDatabases.POSTGRESQL ? "CAST(? AS jsonb)" : "?";
      for (Map.Entry<UUID, Optional<UUID>> unit : units.entrySet()) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_business_unit (tenant_id, id, "
            + "version, name, parent_id, active, record) VALUES (?, ?, 1, 'unit', ?, TRUE, " + json + ")")) {
          bind(insert, 1, tenant.value());
          bind(insert, 2, unit.getKey());
          bindOrNull(insert, 3, unit.getValue());
          insert.setString(4, "{}");
          insert.executeUpdate();
        }
      }
      for (Map.Entry<UUID, Optional<UUID>> user : users.entrySet()) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_user (tenant_id, id, version, "
            + "full_name, email, business_unit_id, manager_id, active, record) VALUES (?, ?, 1, 'user', 'u@example.com', ?, ?, "
            + "TRUE, " + json + ")")) {
          bind(insert, 1, tenant.value());
          bind(insert, 2, user.getKey());
          bind(insert, 3, root);
          bindOrNull(insert, 4, user.getValue());
          insert.setString(5, "{}");
          insert.executeUpdate();
        }
      }
    }

    assertThat(JdbcSchema.migrate(fresh, database().dialect())).isEqualTo(JdbcSchema.SCRIPTS.size() - 4);

    try (Connection connection = fresh.getConnection()) {
      assertThat(closureRows(connection, "crm_unit_closure", "ancestor_id", "descendant_id", tenant))
          .isEqualTo(expectedClosure(units)).contains(new Row(missing, orphan, 1), new Row(root, a1, 2));
      assertThat(closureRows(connection, "crm_manager_closure", "manager_id", "report_id", tenant))
          .isEqualTo(expectedClosure(users)).contains(new Row(a, a1, 2), new Row(missing, root, 1));
    }
  }

  private void assertClosures(Forest forest, List<String> steps) throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      Map<UUID, Optional<UUID>> units = storedReferences(connection, "crm_business_unit", "parent_id", forest.tenant);
      Map<UUID, Optional<UUID>> users = storedReferences(connection, "crm_user", "manager_id", forest.tenant);
      assertThat(units).as("stored units").isEqualTo(forest.unitParents());
      assertThat(users).as("stored users").isEqualTo(forest.userManagers());
      assertThat(closureRows(connection, "crm_unit_closure", "ancestor_id", "descendant_id", forest.tenant))
          .as("unit closure after %s", steps).isEqualTo(expectedClosure(units));
      assertThat(closureRows(connection, "crm_manager_closure", "manager_id", "report_id", forest.tenant))
          .as("manager closure after %s", steps).isEqualTo(expectedClosure(users));
    }
  }

  /**
   * The closure the walks give: each stored node at depth 0, then every reference on the way up
   * until a node without one or a reference to a node that is not stored (which still counts).
   */
  static Set<Row> expectedClosure(Map<UUID, Optional<UUID>> parents) {
    Set<Row> rows = new HashSet<>();
    for (UUID node : parents.keySet()) {
      rows.add(new Row(node, node, 0));
      Optional<UUID> up = parents.get(node);
      int depth = 1;
      while (up.isPresent()) {
        if (depth > parents.size() + 1) {
          throw new AssertionError("the stored references hold a cycle through " + node);
        }
        rows.add(new Row(up.get(), node, depth));
        up = parents.containsKey(up.get()) ? parents.get(up.get()) : Optional.empty();
        depth++;
      }
    }
    return rows;
  }

  private Map<UUID, Optional<UUID>> storedReferences(Connection connection, String table, String column,
      TenantId tenant) throws SQLException {
    Map<UUID, Optional<UUID>> references = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, " + column + " FROM " + table + " WHERE tenant_id = ?")) {
      bind(select, 1, tenant.value());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          references.put(read(row, 1), row.getObject(2) == null ? Optional.empty() : Optional.of(read(row, 2)));
        }
      }
    }
    return references;
  }

  private Set<Row> closureRows(Connection connection, String table, String ancestor, String descendant,
      TenantId tenant) throws SQLException {
    Set<Row> rows = new HashSet<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + ancestor + ", " + descendant + ", depth FROM " + table + " WHERE tenant_id = ?")) {
      bind(select, 1, tenant.value());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          assertThat(rows.add(new Row(read(row, 1), read(row, 2), row.getInt(3)))).as("a repeated row").isTrue();
        }
      }
    }
    return rows;
  }

  private void bind(PreparedStatement statement, int index, UUID value) throws SQLException {
    if (database() == TestDatabases.POSTGRESQL) {
      statement.setObject(index, value);
    } else {
      statement.setBytes(index, ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
          .putLong(value.getLeastSignificantBits()).array());
    }
  }

  private void bindOrNull(PreparedStatement statement, int index, Optional<UUID> value) throws SQLException {
    if (value.isPresent()) {
      bind(statement, index, value.get());
    } else {
      statement.setNull(index, database() == TestDatabases.POSTGRESQL ? java.sql.Types.OTHER : java.sql.Types.BINARY);
    }
  }

  private UUID read(ResultSet row, int column) throws SQLException {
    if (database() == TestDatabases.POSTGRESQL) {
      return row.getObject(column, UUID.class);
    }
    ByteBuffer bytes = ByteBuffer.wrap(row.getBytes(column));
    return new UUID(bytes.getLong(), bytes.getLong());
  }

  private DataSource dataSource() {
    if (dataSource == null) {
      dataSource = database().freshSchema();
      JdbcSchema.migrate(dataSource, database().dialect());
    }
    return dataSource;
  }

  private CrmStore store() {
    if (store == null) {
      store = JdbcCrmStore.builder(dataSource()).dialect(database().dialect()).migrateSchema(false).build();
    }
    return store;
  }

  private static BusinessUnit unit(TenantId tenant, Optional<UUID> parent, String name) {
    return new BusinessUnit(BusinessUnitId.of(UUID.randomUUID()), tenant, name, parent.map(BusinessUnitId::of), true,
        Revision.first(T0));
  }

  private static BusinessUnit rehome(BusinessUnit unit, TenantId tenant) {
    return new BusinessUnit(unit.id(), tenant, unit.name(), unit.parentId(), unit.active(), unit.revision());
  }

  /** One closure row. */
  record Row(UUID ancestor, UUID descendant, int depth) {}

  /** The units and users of one tenant as the test stored them, and the random steps that change them. */
  private static final class Forest {
    private final TenantId tenant;
    private final Map<UUID, BusinessUnit> units = new LinkedHashMap<>();
    private final Map<UUID, User> users = new LinkedHashMap<>();
    private final List<UUID> dangling = List.of(UUID.randomUUID(), UUID.randomUUID());

    Forest(TenantId tenant) {
      this.tenant = tenant;
    }

    Map<UUID, Optional<UUID>> unitParents() {
      Map<UUID, Optional<UUID>> parents = new HashMap<>();
      units.values().forEach(u -> parents.put(u.id().value(), u.parentId().map(BusinessUnitId::value)));
      return parents;
    }

    Map<UUID, Optional<UUID>> userManagers() {
      Map<UUID, Optional<UUID>> managers = new HashMap<>();
      users.values().forEach(u -> managers.put(u.id().value(), u.managerId().map(UserId::value)));
      return managers;
    }

    String randomStep(CrmStore store, Random random) {
      int choice = random.nextInt(100);
      if (choice < 20 || units.size() < 3) {
        return insertUnitBatch(store, random);
      }
      if (choice < 38 || users.size() < 3) {
        return insertUserBatch(store, random);
      }
      if (choice < 55) {
        return moveUnit(store, random);
      }
      if (choice < 68) {
        return changeManager(store, random);
      }
      if (choice < 74) {
        return refuseUnitCycle(store, random);
      }
      if (choice < 78) {
        return refuseManagerCycle(store, random);
      }
      if (choice < 82) {
        return rollBackAMove(store, random);
      }
      if (choice < 86) {
        return renameUnit(store, random);
      }
      if (choice < 93) {
        return deleteUnit(store, random);
      }
      return deleteUser(store, random);
    }

    void insertUnits(CrmStore store, List<BusinessUnit> batch) {
      store.write(tx -> {
        if (batch.size() == 1) {
          tx.businessUnits().insert(batch.get(0));
        } else {
          ((BulkInsert<BusinessUnitId, BusinessUnit>) tx.businessUnits()).insertAll(batch);
        }
        return null;
      });
      batch.forEach(u -> units.put(u.id().value(), u));
    }

    /** One to four new units under stored, new or unstored parents, inserted children first. */
    private String insertUnitBatch(CrmStore store, Random random) {
      List<BusinessUnit> batch = new ArrayList<>();
      List<UUID> candidates = new ArrayList<>(units.keySet());
      int size = 1 + random.nextInt(4);
      for (int i = 0; i < size; i++) {
        Optional<UUID> parent = pickParent(random, candidates);
        BusinessUnit unit = unit(tenant, parent, "unit " + units.size() + i);
        batch.add(unit);
        candidates.add(unit.id().value());
      }
      Collections.reverse(batch);
      insertUnits(store, batch);
      return "insert units " + batch.stream().map(u -> u.id() + " under " + u.parentId()).toList();
    }

    private String insertUserBatch(CrmStore store, Random random) {
      List<User> batch = new ArrayList<>();
      List<UUID> candidates = new ArrayList<>(users.keySet());
      int size = 1 + random.nextInt(4);
      for (int i = 0; i < size; i++) {
        Optional<UUID> manager = pickParent(random, candidates);
        User user = new User(UserId.of(UUID.randomUUID()), tenant, "User " + users.size() + i,
            new Email("u" + random.nextInt(1000) + "@example.com"), BusinessUnitId.of(dangling.get(0)),
            manager.map(UserId::of), true, Revision.first(T0));
        batch.add(user);
        candidates.add(user.id().value());
      }
      Collections.reverse(batch);
      store.write(tx -> {
        if (batch.size() == 1) {
          tx.users().insert(batch.get(0));
        } else {
          ((BulkInsert<UserId, User>) tx.users()).insertAll(batch);
        }
        return null;
      });
      batch.forEach(u -> users.put(u.id().value(), u));
      return "insert users " + batch.stream().map(u -> u.id() + " under " + u.managerId()).toList();
    }

    private Optional<UUID> pickParent(Random random, List<UUID> candidates) {
      int roll = random.nextInt(10);
      if (roll == 0 || candidates.isEmpty()) {
        return Optional.empty();
      }
      if (roll == 1) {
        return Optional.of(dangling.get(random.nextInt(dangling.size())));
      }
      return Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    private String moveUnit(CrmStore store, Random random) {
      BusinessUnit unit = pick(random, units.values());
      Set<UUID> below = subtree(unitParents(), unit.id().value());
      List<UUID> targets = new ArrayList<>(units.keySet());
      targets.removeAll(below);
      targets.addAll(dangling);
      Optional<UUID> parent = random.nextInt(6) == 0 ? Optional.empty() : Optional.of(pick(random, targets));
      BusinessUnit moved = withParent(unit, parent);
      store.write(tx -> tx.businessUnits().update(moved, unit.version()));
      units.put(unit.id().value(), moved);
      return "move unit " + unit.id() + " under " + parent;
    }

    private String changeManager(CrmStore store, Random random) {
      User user = pick(random, users.values());
      Set<UUID> below = subtree(userManagers(), user.id().value());
      List<UUID> targets = new ArrayList<>(users.keySet());
      targets.removeAll(below);
      targets.addAll(dangling);
      Optional<UUID> manager = random.nextInt(6) == 0 ? Optional.empty() : Optional.of(pick(random, targets));
      User changed = withManager(user, manager);
      store.write(tx -> tx.users().update(changed, user.version()));
      users.put(user.id().value(), changed);
      return "change manager of " + user.id() + " to " + manager;
    }

    private String refuseUnitCycle(CrmStore store, Random random) {
      BusinessUnit unit = pick(random, units.values());
      List<UUID> below = new ArrayList<>(subtree(unitParents(), unit.id().value()));
      below.remove(unit.id().value());
      if (below.isEmpty()) {
        return "no unit cycle to try below " + unit.id();
      }
      UUID target = pick(random, below);
      assertThatThrownBy(() -> store.write(tx -> tx.businessUnits().update(withParent(unit, Optional.of(target)),
          unit.version())))
          .isInstanceOfSatisfying(CrmValidationException.class,
              e -> assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code()).containsExactly("parentId:cycle"));
      return "refused moving unit " + unit.id() + " under its descendant " + target;
    }

    private String refuseManagerCycle(CrmStore store, Random random) {
      User user = pick(random, users.values());
      List<UUID> below = new ArrayList<>(subtree(userManagers(), user.id().value()));
      below.remove(user.id().value());
      if (below.isEmpty()) {
        return "no manager cycle to try below " + user.id();
      }
      UUID target = pick(random, below);
      assertThatThrownBy(() -> store.write(tx -> tx.users().update(withManager(user, Optional.of(target)),
          user.version())))
          .isInstanceOfSatisfying(CrmValidationException.class,
              e -> assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code()).containsExactly("managerId:cycle"));
      return "refused making " + target + " the manager of " + user.id() + ", who manages them";
    }

    private String rollBackAMove(CrmStore store, Random random) {
      BusinessUnit unit = pick(random, units.values());
      Optional<UUID> parent = unit.parentId().isPresent() ? Optional.empty() : Optional.of(dangling.get(1));
      store.write(tx -> {
        tx.businessUnits().update(withParent(unit, parent), unit.version());
        tx.setRollbackOnly();
        return null;
      });
      return "rolled back moving unit " + unit.id() + " under " + parent;
    }

    private String renameUnit(CrmStore store, Random random) {
      BusinessUnit unit = pick(random, units.values());
      BusinessUnit renamed = new BusinessUnit(unit.id(), tenant, unit.name() + "'", unit.parentId(), !unit.active(),
          unit.revision().next(T0));
      store.write(tx -> tx.businessUnits().update(renamed, unit.version()));
      units.put(unit.id().value(), renamed);
      return "rename unit " + unit.id();
    }

    /** Mostly a leaf; now and then a unit with children, which stay under it as under an unstored parent. */
    private String deleteUnit(CrmStore store, Random random) {
      Map<UUID, Optional<UUID>> parents = unitParents();
      List<UUID> leaves = new ArrayList<>();
      for (UUID id : units.keySet()) {
        if (subtree(parents, id).size() == 1) {
          leaves.add(id);
        }
      }
      UUID id = random.nextInt(5) == 0 || leaves.isEmpty() ? pick(random, units.keySet()) : pick(random, leaves);
      BusinessUnit unit = units.get(id);
      store.write(tx -> {
        tx.businessUnits().delete(tenant, unit.id(), unit.version());
        return null;
      });
      units.remove(id);
      return "delete unit " + id;
    }

    private String deleteUser(CrmStore store, Random random) {
      User user = pick(random, users.values());
      store.write(tx -> {
        tx.users().delete(tenant, user.id(), user.version());
        return null;
      });
      users.remove(user.id().value());
      return "delete user " + user.id();
    }

    private BusinessUnit withParent(BusinessUnit unit, Optional<UUID> parent) {
      return new BusinessUnit(unit.id(), tenant, unit.name(), parent.map(BusinessUnitId::of), unit.active(),
          unit.revision().next(T0));
    }

    private User withManager(User user, Optional<UUID> manager) {
      return new User(user.id(), tenant, user.fullName(), user.email(), user.businessUnitId(), manager.map(UserId::of),
          user.active(), user.roleIds(), user.revision().next(T0));
    }

    /** The node and every stored node whose walk reaches it. */
    private static Set<UUID> subtree(Map<UUID, Optional<UUID>> parents, UUID root) {
      Set<UUID> below = new HashSet<>();
      for (Row row : expectedClosure(parents)) {
        if (row.ancestor().equals(root)) {
          below.add(row.descendant());
        }
      }
      below.add(root);
      return below;
    }

    private static <T> T pick(Random random, java.util.Collection<T> values) {
      List<T> list = new ArrayList<>(values);
      return list.get(random.nextInt(list.size()));
    }
  }
}
