package org.crmkernel.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * A kernel on a fresh in-memory store with one tenant's sales team as a host would set it up
 * through the kernel: a root business unit, a salesperson whose role grants every privilege on
 * deals at user depth (and read on pipelines), Salesforce's standard sales pipeline, one account
 * and a pool of open deals owned by the salesperson, each with an amount and an expected close
 * date so that every open stage (Proposal needs the amount, Negotiation both) can be entered.
 */
final class SalesTenant implements AutoCloseable {

  final Clock clock = Clock.systemUTC();
  final InMemoryCrmStore store = InMemoryCrmStore.create();
  final Crm crm = Crm.builder().store(store).clock(clock).validator(BenchTenant.VALIDATOR).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession admin = crm.tenant(tenant).system();
  final User salesperson;
  final CrmSession sales;
  final Pipeline pipeline;
  /** The pipeline's open stages in order: Prospecting (10 %) to Negotiation/Review (90 %). */
  final List<Stage> openStages;
  final Account account;
  /** The deals as created, all at the first open stage, in the order of creation. */
  final List<Deal> deals;

  private SalesTenant(int dealCount) {
    BusinessUnit root = admin.directory().createRootUnit("Benchmark Sales");
    Map<RecordKind, Map<Privilege, AccessDepth>> cells = new EnumMap<>(RecordKind.class);
    RoleGrants.none().withAll(RecordKind.DEAL, AccessDepth.USER).depths().forEach(cells::put);
    cells.put(RecordKind.PIPELINE, Map.of(Privilege.READ, AccessDepth.ORGANIZATION));
    SecurityRole role = admin.roles().create("Salesperson", new RoleGrants(cells));
    User created = admin.directory().createUser("Sam Seller", "sam@sales.example", root.id(), Optional.empty());
    salesperson = admin.directory().assignRole(created.id(), created.version(), role.id());
    pipeline = admin.pipelines().create(PipelineDraft.standardSales("Sales"));
    openStages = pipeline.activeStages().stream().filter(s -> !s.category().isClosed()).toList();
    account = admin.accounts().create(AccountDraft.builder("Globex Corporation").industry("Manufacturing")
        .owner(Owner.user(salesperson.id())).build());
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<DealDraft> drafts = new ArrayList<>(dealCount);
    for (int i = 0; i < dealCount; i++) {
      drafts.add(DealDraft.builder("Globex order " + (i + 1), account.id(), pipeline.id())
          .amount(Money.of(BigDecimal.valueOf(5_000 + 250L * (i % 200)), Money.currency("USD")))
          .expectedCloseDate(today.plusDays(30 + i % 120))
          .source(i % 3 == 0 ? "Web" : "Partner Referral")
          .owner(Owner.user(salesperson.id()))
          .build());
    }
    deals = admin.deals().createAll(drafts);
    sales = crm.tenant(tenant).as(salesperson.id());
    // The salesperson's scope is compiled and cached on first use; do that here, not in a measurement.
    sales.deals().get(deals.get(0).id());
  }

  /** A tenant with {@code dealCount} open deals at the first open stage. */
  static SalesTenant create(int dealCount) {
    return new SalesTenant(dealCount);
  }

  @Override
  public void close() {
    crm.close();
  }
}
