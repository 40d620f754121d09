package org.crmkernel.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.jdbc.SqlDialect;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/**
 * The JDBC example of README.md, which quotes the lines between the marker comments in {@link
 * #run} verbatim; ReadmeTest keeps the two the same and runs it on an embedded H2.
 */
public final class JdbcQuickStart {

  /** What the example produced: the store's dialect and the first page of accounts. */
  public record Outcome(SqlDialect dialect, Page<Account> accounts) {}

  private JdbcQuickStart() {}

  /** Runs the example on the database at {@code url} (H2, PostgreSQL or MariaDB), in a new tenant. */
  public static Outcome run(String url) {
    TenantId tenant = TenantId.of(UUID.randomUUID());
    // tag::jdbc[]
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(url); // jdbc:h2:file:./crm-data/crm, jdbc:postgresql://host/db, jdbc:mariadb://host/db
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      JdbcCrmStore store = JdbcCrmStore.builder(dataSource).build(); // detects the dialect, migrates the schema
      Crm crm = Crm.builder().store(store).relayEvery(Duration.ofSeconds(5)).build();
      CrmSession session = crm.tenant(tenant).system();

      BusinessUnit hq = session.directory().createRootUnit("Acme HQ");
      User ada = session.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());
      session.accounts().create(AccountDraft.builder("Globex Corporation").owner(Owner.user(ada.id())).build());
      Page<Account> accounts = session.accounts().list(Query.of(Filter.all(), Sort.by(AccountFields.NAME)));

      crm.close(); // stops the relay; events not yet delivered wait in the outbox table for the next start
      // end::jdbc[]
      return new Outcome(store.dialect(), accounts);
    }
  }

  /** Runs the example on the URL given, or on an in-memory H2 database. */
  public static void main(String[] args) {
    Outcome outcome = run(args.length > 0 ? args[0] : "jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1");
    outcome.accounts().items().forEach(account -> System.out.println(outcome.dialect() + ": " + account.name()));
  }
}
