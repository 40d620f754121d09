package org.crmkernel.examples.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import org.crmkernel.currency.FixedExchangeRates;
import org.crmkernel.Crm;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.spi.TenantProfiles;
import org.crmkernel.testkit.fixtures.MutableClock;

/**
 * The demo of {@code crm demo}: a tenant with an organisation, custom fields and a few hundred
 * customers on a {@link DemoStore} (in memory, or the JDBC adapter on H2, PostgreSQL or MariaDB),
 * then listing, queries, changes, rejected input, access scopes, pipelines and deals, field
 * changes, the audit trail and notifications, printed as a report. The same settings print the
 * same report on every store, but for its "Store:" line.
 */
public final class Demo {

  /** When the demo's clock starts. */
  public static final Instant START = Instant.parse("2025-03-03T08:00:00Z");

  /** The tenant's profile: phone numbers typed without a country code are German. */
  static final TenantProfile PROFILE = TenantProfile.of("DE", "EUR");

  private Demo() {}

  /** Runs the demo with {@code settings} on the in-memory store, printing the report to {@code out}. */
  public static void run(DemoSettings settings, PrintStream out) {
    try (DemoStore store = DemoStore.inMemory()) {
      run(settings, store, out);
    }
  }

  /**
   * Runs the demo with {@code settings} on {@code store}, in a new tenant, printing the report to
   * {@code out}; closing the store is the caller's. The report is the same on every store, but for
   * its "Store:" line.
   */
  public static void run(DemoSettings settings, DemoStore store, PrintStream out) {
    MutableClock clock = MutableClock.at(START);
    EventCounter events = new EventCounter();
    FlakyWebhook webhook = new FlakyWebhook();
    try (Crm crm = Crm.builder()
        .store(store.store())
        .clock(clock)
        .tenantProfiles(TenantProfiles.fixed(PROFILE))
        .notifications(events, webhook)
        .exchangeRates(FixedExchangeRates.builder()
            .rate("USD", "EUR", "0.92", LocalDate.of(2025, 1, 1))
            .rate("GBP", "EUR", "1.18", LocalDate.of(2025, 1, 1))
            .build())
        .build()) {
      Stage stage = new Stage(crm, crm.tenant(TenantId.generate(clock)).system(), clock, new Report(out), new Labels(),
          events, webhook);
      introduce(stage, settings, store);
      DemoOrganisation organisation = OrganisationSection.run(stage);
      RetrySection.run(stage);
      FieldsSection.run(stage);
      Customers customers = ImportSection.run(stage, new DemoData(settings.seed(), organisation), settings.customers());
      QuerySection.run(stage);
      ChangeSection.run(stage, customers, organisation);
      RejectionSection.run(stage, organisation);
      AccessSection.run(stage, organisation, customers);
      FieldChangeSection.run(stage, customers);
      AuditSection.run(stage, customers);
      PipelineSection.run(stage, organisation, customers, settings.seed());
      EventsSection.run(stage);
    }
  }

  private static void introduce(Stage stage, DemoSettings settings, DemoStore store) {
    Report report = stage.report();
    report.title("crmkernel demo (seed " + settings.seed() + ", " + settings.customers() + " customers)");
    report.line("Store:  %s", store.description());
    report.line("Clock:  a MutableClock starting %s UTC, advanced by the demo; same seed, same report.", stage.now());
    report.line("Tenant: %s; phones without a country code are read as %s, base currency %s.",
        DemoOrganisation.COMPANY, PROFILE.defaultRegion(), PROFILE.baseCurrency());
    report.line("Actor:  the tenant's system session; user sessions (crm.tenant(t).as(user)) in the access section.");
  }
}
