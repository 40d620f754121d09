package org.crmkernel.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk insert of {@code rows} contacts (1,000,000 by default) into a fresh tenant of a JDBC
 * database, in batches of {@value #BATCH}: through the kernel ({@code system().contacts()
 * .createAll(drafts)}) and, as the baseline, the same rows written with plain {@link
 * PreparedStatement} batches. The baseline's rows are the kernel's own: a template of 1,024
 * contacts (one per input) is created through the kernel in the trial's setup and read back
 * from the four tables a contact create writes ({@code crm_contact}, {@code crm_field_value},
 * {@code crm_audit_entry}, {@code crm_outbox_message}); row {@code n} of the baseline is template
 * row {@code n mod 1024} with fresh ids (tenant, contact, audit entry, event, correlation)
 * substituted in every column, JSON included. All of that is prepared before the measurement;
 * the measurement is the inserts and commits only. See crm-bench/README.md.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@OperationsPerInvocation(JdbcBulkInsertBenchmark.ROWS)
public class JdbcBulkInsertBenchmark {

  /** Rows per measured run; with {@code -p rows=...} pass the same {@code -opi}. */
  static final int ROWS = 1_000_000;
  /** Contacts per unit of work: the kernel's largest {@code createAll} batch. */
  static final int BATCH = 10_000;
  /** Rows per JDBC batch in the baseline: the JDBC store's own batch size. */
  static final int JDBC_BATCH = 500;
  static final int TEMPLATE = 1_024;
  static final String DATABASE = "crm_jdbcbench_bulk";
  static final List<String> TABLES = List.of("crm_contact", "crm_field_value", "crm_audit_entry", "crm_outbox_message");

  /** The database, a kernel on it, and the template rows. */
  @State(Scope.Benchmark)
  public static class Db {
    @Param({"POSTGRESQL", "H2"})
    public BenchDatabase db;

    @Param({"1000000"})
    public int rows;

    HikariDataSource dataSource;
    JdbcCrmStore store;
    Crm crm;
    final CustomerInputs inputs = new CustomerInputs();
    /** Per table: the template's rows, in template order (a contact's rows together). */
    Map<String, Table> template;

    /** Opens the pool, migrates, creates the template through the kernel and reads its rows. */
    @Setup(Level.Trial)
    public void open() {
      dataSource = db.open(DATABASE, 4);
      store = JdbcCrmStore.builder(dataSource).build();
      crm = Crm.builder().store(store).clock(Clock.systemUTC()).validator(BenchTenant.VALIDATOR).build();
      BenchDatabase.truncate(dataSource, TABLES);
      Tenant t = new Tenant(crm);
      List<ContactDraft> drafts = new ArrayList<>(TEMPLATE);
      for (int i = 0; i < TEMPLATE; i++) {
        drafts.add(t.draft(inputs, i));
      }
      t.session.contacts().createAll(drafts);
      template = Table.read(dataSource, db, t.tenant);
      template.forEach((name, table) -> System.out.printf("%ntemplate %s: %d rows per %d contacts%n", name,
          table.rows.size(), TEMPLATE));
    }

    /** Empties the four tables (and checkpoints PostgreSQL), so that every run starts alike. */
    void reset() {
      BenchDatabase.truncate(dataSource, TABLES);
      if (db == BenchDatabase.POSTGRESQL) {
        BenchDatabase.execute(dataSource, "CHECKPOINT");
      }
    }

    long count(String table, TenantId tenant) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
        Table.bindUuid(db, s, 1, tenant.value());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          long n = r.getLong(1);
          if (!c.getAutoCommit()) {
            c.commit();
          }
          return n;
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void report(String path, TenantId tenant) {
      StringBuilder line = new StringBuilder("\n" + path + " wrote:");
      for (String table : TABLES) {
        line.append(' ').append(table).append('=').append(count(table, tenant));
      }
      System.out.println(line);
      if (count("crm_contact", tenant) != rows) {
        throw new IllegalStateException(path + " did not write " + rows + " contacts");
      }
    }

    /** Closes the kernel and the pool. */
    @TearDown(Level.Trial)
    public void close() {
      crm.close();
      dataSource.close();
    }
  }

  /** A tenant with a root unit and the user who owns the contacts, made through the kernel. */
  static final class Tenant {
    final TenantId tenant = TenantId.generate(Clock.systemUTC());
    final CrmSession session;
    final Owner owner;

    Tenant(Crm crm) {
      session = crm.tenant(tenant).system();
      var root = session.directory().createRootUnit("Bulk Corp");
      User user = session.directory().createUser("Bulk Owner", "owner@bulk.example", root.id(), Optional.empty());
      owner = Owner.user(user.id());
    }

    /** A contact as a host's import fills it in: name, job title, e-mail, phone in national format, owner. */
    ContactDraft draft(CustomerInputs in, int i) {
      return ContactDraft.builder(in.firstName(i), in.lastName(i))
          .jobTitle(in.jobTitle(i))
          .email(in.typedEmail(i))
          .phone(in.typedPhone(i))
          .owner(owner)
          .build();
    }
  }

  /** The drafts of one run, in a fresh tenant. */
  @State(Scope.Thread)
  public static class KernelRun {
    Tenant tenant;
    List<ContactDraft> drafts;

    /** Warms the kernel path up on 20,000 contacts, outside the measurement. */
    @Setup(Level.Trial)
    public void warmUp(Db d) {
      Tenant warm = new Tenant(d.crm);
      for (int b = 0; b < 2; b++) {
        List<ContactDraft> batch = new ArrayList<>(BATCH);
        for (int n = 0; n < BATCH; n++) {
          batch.add(warm.draft(d.inputs, CustomerInputs.index(n)));
        }
        warm.session.contacts().createAll(batch);
      }
    }

    /** Empties the tables, makes a tenant and its drafts. */
    @Setup(Level.Iteration)
    public void prepare(Db d) {
      d.reset();
      tenant = new Tenant(d.crm);
      drafts = new ArrayList<>(d.rows);
      for (int n = 0; n < d.rows; n++) {
        drafts.add(tenant.draft(d.inputs, CustomerInputs.index(n)));
      }
    }

    /** Checks that every contact was written, and prints what each table holds. */
    @TearDown(Level.Iteration)
    public void check(Db d) {
      d.report("kernel", tenant.tenant);
      drafts = null;
    }
  }

  /** The rows of one baseline run, in a fresh tenant, made from the template. */
  @State(Scope.Thread)
  public static class DirectRun {
    TenantId tenant;
    /** Per table, per batch of {@value #BATCH} contacts, the rows to insert. */
    Map<String, List<List<Object[]>>> batches;

    /** Warms the baseline up on 20,000 contacts, outside the measurement. */
    @Setup(Level.Trial)
    public void warmUp(Db d) {
      TenantId warm = TenantId.generate(Clock.systemUTC());
      insert(d, rowsFor(d, warm, 2 * BATCH));
    }

    /** Empties the tables and prepares the rows of a fresh tenant. */
    @Setup(Level.Iteration)
    public void prepare(Db d) {
      d.reset();
      tenant = TenantId.generate(Clock.systemUTC());
      batches = null;
      batches = rowsFor(d, tenant, d.rows);
    }

    /** Checks that every contact was written, and prints what each table holds. */
    @TearDown(Level.Iteration)
    public void check(Db d) {
      d.report("direct", tenant);
      batches = null;
    }

    private static Map<String, List<List<Object[]>>> rowsFor(Db d, TenantId tenant, int rows) {
      Map<String, List<List<Object[]>>> out = new LinkedHashMap<>();
      d.template.keySet().forEach(name -> out.put(name, new ArrayList<>()));
      Clock clock = Clock.systemUTC();
      for (int from = 0; from < rows; from += BATCH) {
        int to = Math.min(rows, from + BATCH);
        Map<UUID, UUID> ids = new HashMap<>();
        ids.put(d.template.get("crm_contact").tenant, tenant.value());
        Map<String, List<Object[]>> batch = new LinkedHashMap<>();
        d.template.keySet().forEach(name -> batch.put(name, new ArrayList<>()));
        for (int n = from; n < to; n++) {
          int i = CustomerInputs.index(n);
          // Fresh ids for the template contact's own ids; the tenant's is shared.
          Map<UUID, UUID> own = new HashMap<>(ids);
          for (UUID old : d.template.get("crm_contact").ownIds.get(i)) {
            own.put(old, UUID.randomUUID());
          }
          for (Map.Entry<String, Table> e : d.template.entrySet()) {
            for (Object[] row : e.getValue().rows.get(i)) {
              batch.get(e.getKey()).add(Table.substitute(row, own));
            }
          }
        }
        batch.forEach((name, list) -> out.get(name).add(list));
      }
      return out;
    }

    static void insert(Db d, Map<String, List<List<Object[]>>> batches) {
      int count = batches.get("crm_contact").size();
      for (int b = 0; b < count; b++) {
        try (Connection c = d.dataSource.getConnection()) {
          c.setAutoCommit(false);
          for (Map.Entry<String, List<List<Object[]>>> e : batches.entrySet()) {
            Table table = d.template.get(e.getKey());
            try (PreparedStatement insert = c.prepareStatement(table.insertSql)) {
              List<Object[]> rows = e.getValue().get(b);
              int pending = 0;
              for (Object[] row : rows) {
                for (int k = 0; k < row.length; k++) {
                  if (row[k] == null) {
                    insert.setNull(k + 1, table.sqlTypes[k]);
                  } else {
                    insert.setObject(k + 1, row[k]);
                  }
                }
                insert.addBatch();
                if (++pending == JDBC_BATCH) {
                  insert.executeBatch();
                  pending = 0;
                }
              }
              if (pending > 0) {
                insert.executeBatch();
              }
            }
          }
          c.commit();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** One table's template rows, grouped by template contact, and its INSERT. */
  static final class Table {
    final UUID tenant;
    final String insertSql;
    final int[] sqlTypes;
    /** Per template contact, its rows. */
    final List<List<Object[]>> rows = new ArrayList<>();
    /** Per template contact, the ids that are its own (contact, audit entry, event, correlation). */
    final List<List<UUID>> ownIds = new ArrayList<>();

    private Table(UUID tenant, String insertSql, int[] sqlTypes) {
      this.tenant = tenant;
      this.insertSql = insertSql;
      this.sqlTypes = sqlTypes;
    }

    /** Reads the template tenant's rows of the four tables, grouped by contact in creation order. */
    static Map<String, Table> read(HikariDataSource ds, BenchDatabase db, TenantId tenant) {
      Map<String, Table> tables = new LinkedHashMap<>();
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        Table contacts = load(c, db, tenant, "crm_contact", "SELECT * FROM crm_contact WHERE tenant_id = ? ORDER BY created_s, created_ns, id");
        // Contacts are created in draft order, with ids that grow with time (UUIDv7): the order above is the template order.
        Map<UUID, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < contacts.rows.size(); i++) {
          UUID id = uuid(contacts.rows.get(i).get(0)[contacts.column("id")]);
          indexOf.put(id, i);
        }
        Table values = load(c, db, tenant, "crm_field_value", "SELECT * FROM crm_field_value WHERE tenant_id = ? ORDER BY record_id, field, ordinal");
        Table audit = load(c, db, tenant, "crm_audit_entry", "SELECT * FROM crm_audit_entry WHERE tenant_id = ? AND record_kind = 'CONTACT'");
        Table outbox = load(c, db, tenant, "crm_outbox_message", "SELECT * FROM crm_outbox_message WHERE tenant_id = ? AND type = 'ContactCreated'");
        c.commit();
        int n = contacts.rows.size();
        Table[] grouped = {regroup(values, n, row -> indexOf.get(uuid(row[values.column("record_id")]))),
            regroup(audit, n, row -> indexOf.get(uuid(row[audit.column("record_id")]))),
            regroup(outbox, n, row -> indexOf.get(idInPayload(row[outbox.column("payload")].toString(), indexOf)))};
        for (int i = 0; i < n; i++) {
          List<UUID> own = new ArrayList<>();
          own.add(uuid(contacts.rows.get(i).get(0)[contacts.column("id")]));
          for (Object[] row : grouped[1].rows.get(i)) {
            own.add(uuid(row[audit.column("id")]));
            own.add(uuid(row[audit.column("correlation_id")]));
          }
          for (Object[] row : grouped[2].rows.get(i)) {
            own.add(uuid(row[outbox.column("event_id")]));
          }
          contacts.ownIds.add(own);
        }
        tables.put("crm_contact", contacts);
        tables.put("crm_field_value", grouped[0]);
        tables.put("crm_audit_entry", grouped[1]);
        tables.put("crm_outbox_message", grouped[2]);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return tables;
    }

    private static UUID idInPayload(String payload, Map<UUID, Integer> indexOf) {
      for (UUID id : indexOf.keySet()) {
        if (payload.contains(id.toString())) {
          return id;
        }
      }
      throw new IllegalStateException("an outbox message names no template contact: " + payload);
    }

    private static Table regroup(Table flat, int contacts, java.util.function.Function<Object[], Integer> index) {
      Table grouped = new Table(flat.tenant, flat.insertSql, flat.sqlTypes);
      grouped.names = flat.names;
      for (int i = 0; i < contacts; i++) {
        grouped.rows.add(new ArrayList<>());
      }
      for (List<Object[]> one : flat.rows) {
        for (Object[] row : one) {
          Integer i = index.apply(row);
          if (i == null) {
            throw new IllegalStateException("a template row belongs to no contact: " + Arrays.toString(row));
          }
          grouped.rows.get(i).add(row);
        }
      }
      return grouped;
    }

    String[] names;

    int column(String name) {
      for (int k = 0; k < names.length; k++) {
        if (names[k].equalsIgnoreCase(name)) {
          return k;
        }
      }
      throw new IllegalArgumentException(name);
    }

    private static Table load(Connection c, BenchDatabase db, TenantId tenant, String name, String sql) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bindUuid(db, s, 1, tenant.value());
        try (ResultSet r = s.executeQuery()) {
          ResultSetMetaData meta = r.getMetaData();
          int n = meta.getColumnCount();
          String[] names = new String[n];
          int[] types = new int[n];
          boolean[] json = new boolean[n];
          boolean[] text = new boolean[n];
          List<String> marks = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            names[k] = meta.getColumnName(k + 1).toLowerCase(java.util.Locale.ROOT);
            types[k] = meta.getColumnType(k + 1);
            String typeName = meta.getColumnTypeName(k + 1).toLowerCase(java.util.Locale.ROOT);
            json[k] = typeName.equals("jsonb");
            text[k] = json[k] || types[k] == java.sql.Types.CLOB || types[k] == java.sql.Types.VARCHAR
                || types[k] == java.sql.Types.LONGVARCHAR;
            marks.add(json[k] ? "CAST(? AS jsonb)" : "?");
            if (json[k]) {
              types[k] = java.sql.Types.VARCHAR;
            }
          }
          Table table = new Table(tenant.value(), "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
              + String.join(", ", marks) + ")", types);
          table.names = names;
          while (r.next()) {
            Object[] row = new Object[n];
            for (int k = 0; k < n; k++) {
              row[k] = text[k] ? r.getString(k + 1) : r.getObject(k + 1);
            }
            table.rows.add(new ArrayList<>(List.<Object[]>of(row)));
          }
          return table;
        }
      }
    }

    static void bindUuid(BenchDatabase db, PreparedStatement s, int index, UUID value) throws SQLException {
      if (db == BenchDatabase.POSTGRESQL) {
        s.setObject(index, value);
      } else {
        s.setBytes(index, bytes(value));
      }
    }

    static UUID uuid(Object value) {
      if (value instanceof UUID u) {
        return u;
      }
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap((byte[]) value);
      return new UUID(b.getLong(), b.getLong());
    }

    static byte[] bytes(UUID u) {
      return java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    /** The row with every id in {@code ids} replaced: id columns by value, text (JSON included) by its string form. */
    static Object[] substitute(Object[] row, Map<UUID, UUID> ids) {
      Object[] out = row.clone();
      for (int k = 0; k < out.length; k++) {
        Object v = out[k];
        if (v instanceof UUID u) {
          out[k] = ids.getOrDefault(u, u);
        } else if (v instanceof byte[] b && b.length == 16) {
          UUID u = uuid(b);
          UUID to = ids.get(u);
          out[k] = to == null ? b : bytes(to);
        } else if (v instanceof String s) {
          for (Map.Entry<UUID, UUID> e : ids.entrySet()) {
            String from = e.getKey().toString();
            if (s.contains(from)) {
              s = s.replace(from, e.getValue().toString());
            }
          }
          out[k] = s;
        }
      }
      return out;
    }
  }

  /** Through the kernel: {@code rows / BATCH} calls of {@code system().contacts().createAll(batch)}. */
  @Benchmark
  public void createAllThroughKernel(Db d, KernelRun run) {
    for (int from = 0; from < run.drafts.size(); from += BATCH) {
      run.tenant.session.contacts().createAll(run.drafts.subList(from, Math.min(run.drafts.size(), from + BATCH)));
    }
  }

  /** Baseline: the same rows with plain JDBC batches, one transaction per {@value #BATCH} contacts. */
  @Benchmark
  public void insertDirect(Db d, DirectRun run) {
    DirectRun.insert(d, run.batches);
  }
}
