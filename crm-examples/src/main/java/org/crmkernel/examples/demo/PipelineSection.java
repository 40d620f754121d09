package org.crmkernel.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmkernel.CrmSession;
import org.crmkernel.assignment.AssignmentRuleDraft;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.customer.ConversionCandidates;
import org.crmkernel.customer.LeadConversionOptions;
import org.crmkernel.customer.LeadConversionOptions.DealOptions;
import org.crmkernel.customer.LeadConversionResult;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.pipeline.StageDraft;

/**
 * Sales pipelines: two configured pipelines, deals moving through their stages (a refused move,
 * a salesperson's own session, closing won and lost), a lead qualified, one disqualified and one
 * converted, new leads assigned by rules, the pipeline summed by stage in the base currency, and
 * one deal's history.
 */
final class PipelineSection {

  /** How many deals the demo opens at most. */
  private static final int DEALS = 12;

  private PipelineSection() {}

  static void run(Stage stage, DemoOrganisation organisation, Customers customers, long seed) {
    Report report = stage.report();
    Labels labels = stage.labels();
    CrmSession admin = stage.session();
    Dice dice = new Dice(seed * 31 + 7);
    report.section("Pipelines and deals: stages, moves, lead conversion and assignment, the pipeline by stage");

    Pipeline created = admin.pipelines().create(PipelineDraft.standardSales("New business"));
    Pipeline renewals = admin.pipelines().create(PipelineDraft.of("Renewals",
        StageDraft.open("Renewal due", 60).staleAfterDays(30),
        StageDraft.open("Quote sent", 80).forecast(ForecastCategory.COMMIT).requiring("amount"),
        StageDraft.won("Renewed"), StageDraft.lost("Churned")));
    Pipeline sales = admin.pipelines().update(created.id(), created.version(), PipelineDraft.of(created).withStages(
        PipelineDraft.of(created).stages().stream().map(d -> d.name().equals("Prospecting") ? d.staleAfterDays(21) : d)
            .toList()));
    report.line("Pipelines: %s (%d stages) and %s (%d stages). %s:", sales.name(), sales.activeStages().size(),
        renewals.name(), renewals.activeStages().size(), sales.name());
    Table stages = report.table("stage", "probability", "category", "forecast", "required to enter");
    for (org.crmkernel.model.pipeline.Stage s : sales.activeStages()) {
      stages.row(s.name(), s.probability() + "%", lower(s.category()), lower(s.forecast()),
          s.requiredFields().isEmpty() ? "-" : String.join(", ", s.requiredFields()));
    }
    report.print(stages);
    report.blank();

    SecurityRole dealMaker = admin.roles().create("Deal maker", RoleGrants.none()
        .withAll(RecordKind.DEAL, AccessDepth.USER)
        .with(RecordKind.PIPELINE, Privilege.READ, AccessDepth.ORGANIZATION));
    for (String rep : List.of("Lea Hoffmann", "Amélie Laurent", "Maria Gonzalez")) {
      User user = admin.directory().findUser(organisation.user(rep).id()).orElseThrow();
      admin.directory().assignRole(user.id(), user.version(), dealMaker.id());
    }

    List<Deal> deals = openDeals(stage, admin, organisation, customers, sales, dice);
    report.line("%d deals opened in %s, owned by the accounts' owners, worth %s to %s.", deals.size(), sales.name(),
        deals.stream().map(d -> d.amount().orElseThrow()).min(PipelineSection::byAmount).map(Object::toString).orElse("-"),
        deals.stream().map(d -> d.amount().orElseThrow()).max(PipelineSection::byAmount).map(Object::toString).orElse("-"));
    List<org.crmkernel.model.pipeline.Stage> open = sales.activeStages().stream().filter(s -> s.category() == StageCategory.OPEN).toList();
    int won = 0;
    int lost = 0;
    for (int i = 0; i < deals.size(); i++) {
      stage.advance(Duration.ofDays(dice.between(1, 9)));
      Deal deal = admin.deals().get(deals.get(i).id());
      int target = Math.min(open.size() - 1, dice.between(0, open.size() - 1));
      if (target >= 4 && deal.expectedCloseDate().isEmpty()) {
        deal = admin.deals().changeCloseDate(deal.id(), deal.version(), today(stage).plusDays(45));
      }
      if (target > 0) {
        deal = admin.deals().moveToStage(deal.id(), deal.version(), open.get(target).id());
      }
      int fate = dice.weighted(6, 3, 2);
      if (fate == 1) {
        deal = admin.deals().closeAsWon(deal.id(), deal.version());
        won++;
      } else if (fate == 2) {
        deal = admin.deals().closeAsLost(deal.id(), deal.version(), dice.pick(List.of("Price", "Timing", "No decision")),
            Optional.of(dice.pick(List.of("Initech", "Globex", "Umbrella"))));
        lost++;
      }
      deals.set(i, deal);
    }
    report.line("Moved through the stages over the following weeks: %d closed won, %d closed lost, %d still open.",
        won, lost, deals.size() - won - lost);

    Optional<Deal> early = deals.stream().filter(d -> d.status() == StageCategory.OPEN && d.amount().isPresent()
        && d.expectedCloseDate().isEmpty()).findFirst();
    if (early.isPresent()) {
      Deal deal = early.get();
      try {
        admin.deals().moveToStage(deal.id(), deal.version(), open.get(open.size() - 1).id());
        throw new IllegalStateException("a move into Negotiation/Review without a close date was accepted");
      } catch (CrmValidationException e) {
        report.line("Moving %s to %s without an expected close date:", deal.name(), open.get(open.size() - 1).name());
        e.violations().forEach(v -> report.line("  refused: %s (%s): %s", v.path(), v.code(), v.message()));
      }
    }

    User lea = organisation.user("Lea Hoffmann");
    CrmSession leaSession = stage.crm().tenant(admin.tenantId()).as(lea.id());
    Optional<Deal> hers = deals.stream().filter(d -> d.ownership().owner().equals(Owner.user(lea.id()))
        && d.status() == StageCategory.OPEN).findFirst();
    Optional<Deal> notHers = deals.stream().filter(d -> !d.ownership().owner().equals(Owner.user(lea.id()))).findFirst();
    report.line("Lea Hoffmann's own session (role Deal maker: deals she owns) sees %d of the %d deals.",
        leaSession.deals().count(org.crmkernel.spi.query.Filter.all()), deals.size());
    hers.ifPresent(deal -> {
      Deal moved = leaSession.deals().moveToStage(deal.id(), deal.version(), open.get(Math.min(2, open.size() - 1)).id());
      report.line("  she moves %s to %s: probability %d%% (the stage's default)", moved.name(),
          stageName(sales, moved), moved.probability());
    });
    notHers.ifPresent(deal -> {
      try {
        leaSession.deals().closeAsWon(deal.id(), deal.version());
        throw new IllegalStateException("Lea Hoffmann closed someone else's deal");
      } catch (AccessDeniedException e) {
        report.line("  she tries to close %s (owned by %s): denied", deal.name(), labels.of(deal.ownership().owner()));
      }
    });
    report.blank();

    convertLeads(stage, admin, customers, sales);
    assignLeads(stage, admin, organisation, customers);

    PipelineSummary summary = admin.pipelines().summary(sales.id());
    report.line("%s by stage (amounts in %s; USD and GBP converted at the dated rates):", summary.name(),
        summary.baseCurrency().getCurrencyCode());
    Table byStage = report.table("stage", "prob.", "deals", "amount", "weighted", "stale");
    for (PipelineSummary.StageSummary line : summary.stages()) {
      byStage.row(line.name(), line.probability() + "%", line.totals().deals(), amount(line.totals().amount()),
          amount(line.totals().weighted()), line.totals().stale());
    }
    byStage.row("open pipeline", "", summary.open().deals(), amount(summary.open().amount()),
        amount(summary.open().weighted()), summary.open().stale());
    report.print(byStage);
    report.blank();

    deals.stream().max(java.util.Comparator.comparingLong(Deal::version)).ifPresent(busiest -> {
      List<DealChange> history = admin.deals().history(busiest.id());
      report.line("History of %s (%d entries; replaying them gives the deal's current values):", busiest.name(),
          history.size());
      Table entries = report.table("#", "when", "action", "stage", "amount", "prob.", "close date");
      for (DealChange change : history) {
        entries.row(change.sequence(), Stage.time(change.at()), lower(change.action()), stageName(sales,
            change.after().stage()), change.after().amount().map(Object::toString).orElse("-"),
            change.after().probability() + "%", change.after().closedOn().or(change.after()::expectedCloseDate)
                .map(Object::toString).orElse("-"));
      }
      report.print(entries);
    });
  }

  /** One deal for each of the first accounts, owned by the account's owner when that is an active user. */
  private static List<Deal> openDeals(Stage stage, CrmSession admin, DemoOrganisation organisation, Customers customers,
      Pipeline sales, Dice dice) {
    List<Deal> deals = new ArrayList<>();
    Owner fallback = Owner.user(organisation.user("Katharina Vogel").id());
    for (Account planned : customers.accounts().subList(0, Math.min(DEALS, customers.accounts().size()))) {
      Account account = admin.accounts().get(planned.id());
      Owner owner = account.ownership().owner() instanceof Owner.UserOwner user
          && admin.directory().findUser(user.userId()).map(User::active).orElse(false) ? user : fallback;
      String currency = dice.pick(List.of("EUR", "EUR", "EUR", "USD", "GBP"));
      DealDraft.Builder draft = DealDraft.builder(account.name() + " " + dice.pick(List.of("platform", "expansion",
              "pilot", "renewal")), account.id(), sales.id())
          .amount(Money.of(BigDecimal.valueOf(dice.between(5, 200) * 1000L), java.util.Currency.getInstance(currency)))
          .source(dice.pick(List.of("Web", "Referral", "Trade show", "Partner")))
          .owner(owner);
      if (dice.chance(0.5)) {
        draft.expectedCloseDate(today(stage).plusDays(dice.between(30, 120)));
      }
      deals.add(admin.deals().create(draft.build()));
      stage.labels().name(deals.get(deals.size() - 1).ref(), deals.get(deals.size() - 1).name());
    }
    return deals;
  }

  /** Qualifies, disqualifies and converts open leads, if the demo has them. */
  private static void convertLeads(Stage stage, CrmSession admin, Customers customers, Pipeline sales) {
    Report report = stage.report();
    List<Lead> open = customers.leads().stream().map(l -> admin.leads().get(l.id()))
        .filter(l -> l.status().isOpen() && l.company().isPresent()).toList();
    if (open.size() < 2) {
      report.line("Too few open leads in this small demo to show qualification and conversion.");
      report.blank();
      return;
    }
    Lead toConvert = open.get(0);
    Lead toDrop = open.get(1);
    Lead dropped = admin.leads().disqualify(toDrop.id(), toDrop.version(), "No budget this year");
    report.line("Lead %s (%s) disqualified: %s.", dropped.name().displayName(), dropped.company().orElse("-"),
        dropped.disqualificationReason().orElse("-"));
    Lead qualified = admin.leads().qualify(toConvert.id(), toConvert.version());
    ConversionCandidates candidates = admin.leads().conversionCandidates(qualified.id());
    report.line("Lead %s (%s) qualified; existing matches by e-mail, phone and name: %d accounts, %d contacts.",
        qualified.name().displayName(), qualified.company().orElse("-"), candidates.accounts().size(),
        candidates.contacts().size());
    LeadConversionOptions options = LeadConversionOptions.createAccountAndContact()
        .openDeal(DealOptions.in(sales.id()).worth(Money.of("48000", "EUR")));
    if (!candidates.accounts().isEmpty()) {
      // The strongest match; among equally strong ones the first by name, so that the report repeats.
      options = options.linkAccount(candidates.accounts().stream().filter(m -> m.reasons().size()
          == candidates.accounts().get(0).reasons().size()).map(m -> m.record())
          .min(java.util.Comparator.comparing(Account::name)).orElseThrow().id());
    }
    LeadConversionResult result = admin.leads().convert(qualified.id(), qualified.version(), options);
    stage.labels().name(result.account().ref(), result.account().name());
    report.line("  converted in one transaction: account %s (%s), contact %s (new), deal %s at %s worth %s",
        result.account().name(), result.accountCreated() ? "new" : "linked", result.contact().name().displayName(),
        result.deal().map(Deal::name).orElse("-"), result.deal().map(d -> stageName(sales, d)).orElse("-"),
        result.deal().flatMap(Deal::amount).map(Object::toString).orElse("-"));
    report.line("  the lead is now %s and links to what it became; one LeadConverted event.",
        lower(admin.leads().get(qualified.id()).status()));
    report.blank();
  }

  /**
   * Lead assignment rules, in order: the UK to an inactive user (so the rule passes), DACH leads
   * round robin to the EMEA key account team, large companies by load to the Americas reps, the
   * Americas to Maria Gonzalez, the rest to Katharina.
   */
  private static void assignLeads(Stage stage, CrmSession admin, DemoOrganisation organisation, Customers customers) {
    Report report = stage.report();
    Labels labels = stage.labels();
    var rules = admin.leadAssignment();
    org.crmkernel.model.id.TeamId keyAccounts = ((Owner.TeamOwner) organisation.keyAccountsTeam()).teamId();
    org.crmkernel.model.directory.Team americas = admin.directory().createTeam("Americas reps",
        org.crmkernel.model.directory.TeamType.ACCESS, organisation.units().get(2).id(),
        List.of(organisation.user("Maria Gonzalez").id(), organisation.user("Daniel Price").id()));
    labels.name(americas.ref(), americas.name() + " (team)");
    rules.createRule(AssignmentRuleDraft.builder("UK (Ryan Cooper)", 5, AssignmentTarget.user(
        organisation.user("Ryan Cooper").id())).countries("GB").build());
    rules.createRule(AssignmentRuleDraft.builder("DACH", 10, AssignmentTarget.team(keyAccounts,
        Distribution.ROUND_ROBIN)).countries("DE", "AT", "CH").build());
    rules.createRule(AssignmentRuleDraft.builder("Large companies", 20, AssignmentTarget.team(americas.id(),
        Distribution.LOAD_BALANCED)).minEmployees(1000).build());
    rules.createRule(AssignmentRuleDraft.builder("Americas", 30, AssignmentTarget.user(
        organisation.user("Maria Gonzalez").id())).countries("US", "CA", "BR", "MX").build());
    rules.createRule(AssignmentRuleDraft.builder("Everyone else", 40, AssignmentTarget.user(
        organisation.user("Katharina Vogel").id())).anyLead().build());

    java.util.Map<String, Integer> byRule = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> byOwner = new java.util.TreeMap<>();
    Optional<org.crmkernel.assignment.LeadAssignment> example = Optional.empty();
    for (Lead planned : customers.leads()) {
      Lead lead = admin.leads().get(planned.id());
      if (lead.status() != org.crmkernel.model.customer.LeadStatus.NEW) {
        continue;
      }
      Optional<org.crmkernel.assignment.LeadAssignment> done = rules.assign(lead.id(), lead.version());
      done.ifPresent(a -> {
        byRule.merge(a.ruleName(), 1, Integer::sum);
        byOwner.merge(labels.of(Owner.user(a.owner())), 1, Integer::sum);
      });
      if (example.isEmpty()) {
        example = done.filter(a -> a.ruleName().equals("DACH"));
      }
    }
    report.line("Lead assignment rules, in order: UK to Ryan Cooper (offboarded above, so the rule passes), DACH round");
    report.line("robin to EMEA Key Accounts, 1,000+ employees by load to the Americas reps, the Americas to Maria");
    report.line("Gonzalez, everyone else to Katharina Vogel. They assign the %d new leads:",
        byRule.values().stream().mapToInt(Integer::intValue).sum());
    report.line("  by rule: %s", String.join(", ", rules.rules().stream()
        .map(r -> r.name() + " " + byRule.getOrDefault(r.name(), 0)).toList()));
    report.line("  by owner: %s", byOwner.isEmpty() ? "-"
        : String.join(", ", byOwner.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    example.ifPresent(a -> report.line("  why %s went to %s: %s", a.lead().name().displayName(),
        labels.of(Owner.user(a.owner())), labels.humanize(a.reason())));
    report.blank();
  }

  private static String stageName(Pipeline pipeline, Deal deal) {
    return stageName(pipeline, deal.stage());
  }

  private static String stageName(Pipeline pipeline, org.crmkernel.model.id.StageId stage) {
    return pipeline.stage(stage).map(org.crmkernel.model.pipeline.Stage::name).orElse("?");
  }

  private static LocalDate today(Stage stage) {
    return LocalDate.ofInstant(stage.clock().instant(), ZoneOffset.UTC);
  }

  private static int byAmount(Money a, Money b) {
    return a.amount().compareTo(b.amount());
  }

  private static BigDecimal amount(BigDecimal sum) {
    return sum.setScale(2, RoundingMode.HALF_EVEN);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
