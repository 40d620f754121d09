package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.crmkernel.jdbc.internal.VisiblePagePlans;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.Visibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * On PostgreSQL, the 50-row page of accounts in name order that a user's visibility reads is
 * planned from indexes, never as a sequential scan of {@code crm_account}: 20,000 accounts owned
 * by 300 users (and an owner team) across a three-level unit tree of 43 units, each with an
 * e-mail in the value table, shares of some accounts, after {@code ANALYZE}; the plan is PostgreSQL's for exactly the statement the store
 * runs, with its values bound. The plans seen are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresqlVisiblePagePlanTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final int ACCOUNTS = 20_000;
  private static final int USERS = 300;

  private final TenantId tenant = TenantId.of(UUID.randomUUID());
  private final TeamId team = TeamId.of(UUID.randomUUID());
  private final List<BusinessUnit> units = new ArrayList<>();
  private final List<User> users = new ArrayList<>();
  private DataSource dataSource;

  @BeforeAll
  void loadAnOrganisation() throws SQLException {
    dataSource = TestDatabases.POSTGRESQL.freshSchema();
    JdbcSchema.migrate(dataSource, SqlDialect.POSTGRESQL);
    CrmStore store = JdbcCrmStore.builder(dataSource).dialect(SqlDialect.POSTGRESQL).migrateSchema(false).build();
    Random random = new Random(42);
    units.add(unit(Optional.empty(), "Root"));
    for (int i = 0; i < 6; i++) {
      BusinessUnit region = unit(Optional.of(units.get(0).id()), "Region " + i);
      units.add(region);
    }
    for (int i = 1; i <= 6; i++) {
      for (int j = 0; j < 6; j++) {
        units.add(unit(Optional.of(units.get(i).id()), "Office " + i + "." + j));
      }
    }
    for (int i = 0; i < USERS; i++) {
      Optional<UserId> manager = i == 0 ? Optional.empty() : Optional.of(users.get((i - 1) / 4).id());
      users.add(new User(UserId.of(UUID.randomUUID()), tenant, "User " + i, new Email("user" + i + "@example.com"),
          units.get(i % units.size()).id(), manager, true, Revision.first(T0)));
    }
    store.write(tx -> {
      ((BulkInsert<BusinessUnitId, BusinessUnit>) tx.businessUnits()).insertAll(units);
      ((BulkInsert<UserId, User>) tx.users()).insertAll(users);
      return null;
    });
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      User owner = users.get(random.nextInt(users.size()));
      Ownership ownership = random.nextInt(20) == 0
          ? new Ownership(Owner.team(team), units.get(0).id())
          : new Ownership(Owner.user(owner.id()), owner.businessUnitId());
      accounts.add(new Account(AccountId.of(UUID.randomUUID()), tenant, name(random), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(new Email("info" + i + "@example.com")),
          Optional.empty(), ownership,
          RecordState.ACTIVE, CustomFields.none(), Revision.first(T0)));
    }
    for (int from = 0; from < accounts.size(); from += 5_000) {
      List<Account> batch = accounts.subList(from, from + 5_000);
      store.write(tx -> {
        ((BulkInsert<AccountId, Account>) tx.accounts()).insertAll(batch);
        return null;
      });
    }
    store.write(tx -> {
      for (int i = 0; i < 100; i++) {
        Principal grantee = i % 2 == 0 ? Principal.user(viewer().id()) : Principal.team(team);
        Account shared = accounts.get(random.nextInt(accounts.size()));
        if (tx.recordShares().find(tenant, shared.ref(), grantee).isEmpty()) {
          tx.recordShares().insert(new RecordShare(ShareId.of(UUID.randomUUID()), tenant, shared.ref(), grantee,
              Set.of(Privilege.READ), Revision.first(T0)));
        }
      }
      return null;
    });
    try (Connection connection = dataSource.getConnection(); Statement analyze = connection.createStatement()) {
      analyze.execute("ANALYZE");
    }
  }

  /** The visibilities of a regional manager, one clause at a time and together. */
  Map<String, Visibility> visibilities() {
    UUID me = viewer().id().value();
    BusinessUnitId region = viewer().businessUnitId();
    Map<String, Visibility> all = new LinkedHashMap<>();
    all.put("owner only", Visibility.ownedBy(Privilege.READ, Set.of(me)));
    all.put("owning units", visibility(Set.of(me), Set.of(region), Set.of(), Set.of(), Optional.empty()));
    all.put("unit tree", visibility(Set.of(), Set.of(), Set.of(region), Set.of(), Optional.empty()));
    all.put("reports", visibility(Set.of(me), Set.of(), Set.of(), Set.of(),
        Optional.of(new Visibility.Reports(viewer().id(), 3))));
    all.put("shares", visibility(Set.of(me), Set.of(), Set.of(), Set.of(me, team.value()), Optional.empty()));
    all.put("business unit depth with teams, shares and reports", visibility(Set.of(me, team.value()), Set.of(region),
        Set.of(), Set.of(me, team.value()), Optional.of(new Visibility.Reports(viewer().id(), 2))));
    all.put("parent-child units with teams, shares and reports", visibility(Set.of(me, team.value()), Set.of(),
        Set.of(region), Set.of(me, team.value()), Optional.of(new Visibility.Reports(viewer().id(), 2))));
    User clerk = users.get(USERS - 1);
    all.put("a clerk's parent-child units (one office), own and team records", visibility(
        Set.of(clerk.id().value(), team.value()), Set.of(), Set.of(clerk.businessUnitId()), Set.of(clerk.id().value()),
        Optional.empty()));
    return all;
  }

  List<String> visibilityNames() {
    return List.copyOf(visibilities().keySet());
  }

  @ParameterizedTest
  @MethodSource("visibilityNames")
  void theVisiblePageNeverScansTheAccountsTable(String name) throws SQLException {
    Visibility visibility = visibilities().get(name);
    Query<Account> page = Query.of(Filter.<Account>all(), Sort.by(AccountFields.NAME)).limit(50);
    String json;
    try (Connection connection = dataSource.getConnection()) {
      json = VisiblePagePlans.postgresqlPlan(connection, tenant, page, visibility);
    }
    JsonNode plan = new ObjectMapper().readTree(json).get(0).get("Plan");
    StringBuilder shape = new StringBuilder();
    List<String> seqScans = new ArrayList<>();
    describe(plan, 0, shape, seqScans);
    System.out.println("Plan for " + name + ":\n" + shape);
    assertThat(seqScans).as("sequential scans of crm_account in the plan for %s:%n%s", name, shape).isEmpty();
  }

  private static void describe(JsonNode node, int level, StringBuilder shape, List<String> seqScans) {
    String type = node.get("Node Type").asString();
    String relation = node.has("Relation Name") ? " on " + node.get("Relation Name").asString() : "";
    String index = node.has("Index Name") ? " using " + node.get("Index Name").asString() : "";
    shape.append("  ".repeat(level)).append(type).append(relation).append(index).append('\n');
    if (type.equals("Seq Scan") && relation.equals(" on crm_account")) {
      seqScans.add(type + relation);
    }
    if (node.has("Plans")) {
      for (JsonNode child : node.get("Plans")) {
        describe(child, level + 1, shape, seqScans);
      }
    }
  }

  private User viewer() {
    return users.get(2);
  }

  private Visibility visibility(Set<UUID> owners, Set<BusinessUnitId> units, Set<BusinessUnitId> trees,
      Set<UUID> grantees, Optional<Visibility.Reports> reports) {
    return new Visibility(Privilege.READ, false, owners, units, trees, grantees, reports);
  }

  private BusinessUnit unit(Optional<BusinessUnitId> parent, String name) {
    return new BusinessUnit(BusinessUnitId.of(UUID.randomUUID()), tenant, name, parent, true, Revision.first(T0));
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }
}
