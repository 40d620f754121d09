package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordInUseException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.pipeline.StageDraft;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipelineAndDealTest extends KernelTestSupport {

  Pipeline sales;
  Account globex;

  @BeforeEach
  void createPipeline() {
    sales = session.pipelines().create(PipelineDraft.standardSales("Sales"));
    globex = createAccount("Globex");
    sink.clear();
  }

  Stage stage(String name) {
    return sales.activeStages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  DealDraft.Builder deal(String name) {
    return DealDraft.builder(name, globex.id(), sales.id()).owner(Owner.user(owner.id()));
  }

  static List<String> codes(Throwable failure) {
    return ((CrmValidationException) failure).violations().stream().map(v -> v.path() + ":" + v.code()).toList();
  }

  // ---- pipelines

  @Test
  void standardPipelineHasOrderedStagesWithStableIds() {
    assertThat(sales.activeStages()).extracting(Stage::name).containsExactly("Prospecting", "Qualification",
        "Needs Analysis", "Value Proposition", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost");
    assertThat(stage("Closed Won").category()).isEqualTo(StageCategory.WON);
    assertThat(stage("Closed Won").forecast()).isEqualTo(ForecastCategory.CLOSED);
    assertThat(stage("Negotiation/Review").requiredFields()).containsExactly("amount", "expectedCloseDate");
    assertThat(session.pipelines().list()).extracting(Pipeline::name).containsExactly("Sales");
  }

  @Test
  void pipelineDraftsAreValidatedListingEveryProblem() {
    assertThatThrownBy(() -> session.pipelines().create(PipelineDraft.of(" ",
        StageDraft.open("A", 101), StageDraft.open("a", 10).requiring("nonsense", "custom.missing"))))
        .satisfies(e -> assertThat(codes(e)).contains("name:required", "stages[0].probability:out_of_range",
            "stages[1].requiredFields:unknown_field", "stages:missing_won", "stages:missing_lost"));
    assertThatThrownBy(() -> session.pipelines().create(PipelineDraft.standardSales("sales")))
        .satisfies(e -> assertThat(codes(e)).containsExactly("name:taken"));
    assertThat(session.pipelines().list()).hasSize(1);
  }

  @Test
  void editingKeepsStageIdsAndRetiresLeftOutStagesUnlessDealsStandThere() {
    Deal deal = session.deals().create(deal("Rockets").stage(stage("Qualification").id()).build());
    List<StageDraft> drafts = PipelineDraft.of(sales).stages().stream()
        .filter(d -> !d.name().equals("Qualification") && !d.name().equals("Needs Analysis")).toList();

    assertThatThrownBy(() -> session.pipelines().update(sales.id(), sales.version(),
        PipelineDraft.of(sales).withStages(drafts)))
        .isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("stage 'Qualification' still has 1 deal").hasMessageContaining(deal.id().toString());

    session.deals().moveToStage(deal.id(), deal.version(), stage("Prospecting").id());
    Pipeline edited = session.pipelines().update(sales.id(), sales.version(),
        PipelineDraft.of(sales).withStages(drafts.stream().map(d -> d.name().equals("Prospecting") ? d.named("Discovery")
            : d).toList()));

    assertThat(edited.activeStages()).extracting(Stage::name).startsWith("Discovery", "Value Proposition");
    assertThat(edited.stage(stage("Prospecting").id()).orElseThrow().name()).isEqualTo("Discovery");
    assertThat(edited.stage(stage("Qualification").id()).orElseThrow().retired()).isTrue();
    assertThat(edited.stages()).hasSize(sales.stages().size());
    assertThatThrownBy(() -> session.pipelines().update(sales.id(), sales.version(), PipelineDraft.of(edited)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void aStageWithDealsCannotChangeBetweenOpenWonAndLost() {
    session.deals().create(deal("Rockets").build());
    List<StageDraft> lostProspects = PipelineDraft.of(sales).stages().stream().map(d -> d.name().equals("Prospecting")
        ? new StageDraft(d.id(), d.name(), 0, StageCategory.LOST, ForecastCategory.OMITTED, java.util.Set.of(),
            Optional.empty()) : d).toList();
    assertThatThrownBy(() -> session.pipelines().update(sales.id(), sales.version(),
        PipelineDraft.of(sales).withStages(lostProspects)))
        .isInstanceOf(CrmValidationException.class).hasMessageContaining("before making it lost");
    List<StageDraft> renamed = PipelineDraft.of(sales).stages().stream().map(d -> d.name().equals("Prospecting")
        ? d.named("Discovery").probability(5) : d).toList();
    assertThat(session.pipelines().update(sales.id(), sales.version(), PipelineDraft.of(sales).withStages(renamed))
        .activeStages().get(0).name()).isEqualTo("Discovery");
  }

  @Test
  void aPipelineInUseCannotBeDeleted() {
    Deal deal = session.deals().create(deal("Rockets").build());
    assertThatThrownBy(() -> session.pipelines().delete(sales.id(), sales.version()))
        .isInstanceOf(RecordInUseException.class);
    session.deals().delete(deal.id(), deal.version());
    session.pipelines().delete(sales.id(), sales.version());
    assertThat(session.pipelines().find(sales.id())).isEmpty();
  }

  // ---- deals

  @Test
  void aNewDealStartsAtTheFirstOpenStageWithItsDefaultProbability() {
    Deal deal = session.deals().create(deal("Rockets").amount("1200.5", "EUR").build());

    assertThat(deal.stage()).isEqualTo(stage("Prospecting").id());
    assertThat(deal.status()).isEqualTo(StageCategory.OPEN);
    assertThat(deal.probability()).isEqualTo(10);
    assertThat(deal.probabilitySource()).isEqualTo(ProbabilitySource.STAGE_DEFAULT);
    assertThat(deal.amount()).contains(Money.of("1200.50", "EUR"));
    assertThat(sink.events().stream().map(org.crmkernel.model.event.DomainEvent::type).toList()).contains(EventType.DEAL_CREATED);
    assertThat(session.deals().history(deal.id())).singleElement()
        .satisfies(c -> assertThat(c.action()).isEqualTo(DealAction.CREATE));
  }

  @Test
  void badDraftsListEveryProblemAndWriteNothing() {
    long before = session.audit().count(Filter.all());
    TenantId other = TenantId.generate(clock);
    assertThatThrownBy(() -> session.deals().create(DealDraft.builder(" ", globex.id(), PipelineId.generate(clock))
        .build())).satisfies(e -> assertThat(codes(e)).contains("owner:required"));
    assertThatThrownBy(() -> session.deals().create(DealDraft.builder("x", globex.id(), PipelineId.generate(clock))
        .owner(Owner.user(owner.id())).build())).satisfies(e -> assertThat(codes(e)).contains("pipeline:unknown_record"));
    assertThatThrownBy(() -> session.deals().create(deal(" ").amount("-1", "EUR").probability(120)
        .stage(stage("Closed Won").id()).build()))
        .satisfies(e -> assertThat(codes(e)).contains("stage:closed_stage", "probability:too_large"));
    assertThatThrownBy(() -> session.deals().create(deal("x").amount("-1", "EUR").build()))
        .satisfies(e -> assertThat(codes(e)).contains("amount:negative"));
    Account foreign = crm.tenant(other).system().accounts().create(org.crmkernel.customer.AccountDraft.builder("Other")
        .owner(Owner.user(crm.tenant(other).system().directory().createUser("Bo", "bo@x.example",
            crm.tenant(other).system().directory().createRootUnit("Other").id(), Optional.empty()).id())).build());
    assertThatThrownBy(() -> session.deals().create(DealDraft.builder("Foreign", foreign.id(), sales.id())
        .owner(Owner.user(owner.id())).build()))
        .satisfies(e -> assertThat(codes(e)).containsExactly("account:unknown_record"));
    assertThat(session.audit().count(Filter.all())).isEqualTo(before);
    assertThat(session.deals().count(Filter.all())).isZero();
  }

  @Test
  void movingThroughStagesFollowsDefaultsAndChecksRequiredFields() {
    Deal deal = session.deals().create(deal("Rockets").build());
    Deal qualified = session.deals().moveToStage(deal.id(), deal.version(), stage("Qualification").id());
    assertThat(qualified.probability()).isEqualTo(20);

    assertThatThrownBy(() -> session.deals().moveToStage(qualified.id(), qualified.version(),
        stage("Negotiation/Review").id()))
        .satisfies(e -> assertThat(codes(e)).containsExactlyInAnyOrder("amount:required_by_stage",
            "expectedCloseDate:required_by_stage"));

    Deal priced = session.deals().changeAmount(qualified.id(), qualified.version(), Money.of("5000", "EUR"));
    Deal dated = session.deals().changeCloseDate(priced.id(), priced.version(), LocalDate.of(2026, 3, 31));
    Deal negotiating = session.deals().moveToStage(dated.id(), dated.version(), stage("Negotiation/Review").id());

    assertThat(negotiating.probability()).isEqualTo(90);
    assertThat(negotiating.forecast()).isEqualTo(ForecastCategory.COMMIT);
    assertThatThrownBy(() -> session.deals().update(negotiating.id(), negotiating.version(),
        d -> d.amount(Optional.empty())))
        .satisfies(e -> assertThat(codes(e)).containsExactly("amount:required_by_stage"));
    assertThat(session.deals().history(deal.id())).extracting(DealChange::action).containsExactly(DealAction.CREATE,
        DealAction.MOVE_STAGE, DealAction.CHANGE_AMOUNT, DealAction.CHANGE_CLOSE_DATE, DealAction.MOVE_STAGE);
  }

  @Test
  void anOverriddenProbabilitySurvivesMovesUntilItIsDropped() {
    Deal deal = session.deals().create(deal("Rockets").build());
    Deal overridden = session.deals().changeProbability(deal.id(), deal.version(), 42);
    Deal moved = session.deals().moveToStage(overridden.id(), overridden.version(), stage("Value Proposition").id());
    assertThat(moved.probability()).isEqualTo(42);
    assertThat(moved.probabilitySource()).isEqualTo(ProbabilitySource.OVERRIDDEN);

    Deal reset = session.deals().useStageProbability(moved.id(), moved.version());
    assertThat(reset.probability()).isEqualTo(50);
    assertThat(reset.probabilitySource()).isEqualTo(ProbabilitySource.STAGE_DEFAULT);
  }

  @Test
  void closingAndReopening() {
    Deal deal = session.deals().create(deal("Rockets").stage(stage("Value Proposition").id()).build());
    clock.advance(Duration.ofDays(2));
    Deal won = session.deals().closeAsWon(deal.id(), deal.version());

    assertThat(won.status()).isEqualTo(StageCategory.WON);
    assertThat(won.probability()).isEqualTo(100);
    assertThat(won.closedOn()).contains(LocalDate.of(2026, 1, 7));
    assertThat(sink.events().stream().map(org.crmkernel.model.event.DomainEvent::type).toList()).contains(EventType.DEAL_WON);
    assertThatThrownBy(() -> session.deals().moveToStage(won.id(), won.version(), stage("Prospecting").id()))
        .satisfies(e -> assertThat(codes(e)).containsExactly("status:closed"));
    assertThatThrownBy(() -> session.deals().update(won.id(), won.version(), d -> d.stage(stage("Prospecting").id())))
        .satisfies(e -> assertThat(codes(e)).containsExactly("stage:closed"));

    Deal reopened = session.deals().reopen(won.id(), won.version());
    assertThat(reopened.stage()).isEqualTo(stage("Value Proposition").id());
    assertThat(reopened.closedOn()).isEmpty();
    assertThat(reopened.probability()).isEqualTo(50);

    Deal lost = session.deals().closeAsLost(reopened.id(), reopened.version(), "Price", Optional.of("Initech"));
    assertThat(lost.status()).isEqualTo(StageCategory.LOST);
    assertThat(lost.probability()).isZero();
    assertThat(lost.lostReason()).contains("Price");
    assertThat(lost.competitor()).contains("Initech");
    assertThatThrownBy(() -> session.deals().closeAsLost(lost.id(), lost.version(), "x", Optional.empty()))
        .satisfies(e -> assertThat(codes(e)).containsExactly("status:closed"));
  }

  @Test
  void closingNeedsAReasonAndASensibleDay() {
    Deal deal = session.deals().create(deal("Rockets").build());
    assertThatThrownBy(() -> session.deals().closeAsLost(deal.id(), deal.version(), "  ", Optional.empty()))
        .satisfies(e -> assertThat(codes(e)).containsExactly("reason:required"));
    assertThatThrownBy(() -> session.deals().closeAsWon(deal.id(), deal.version(), LocalDate.of(2026, 1, 6)))
        .satisfies(e -> assertThat(codes(e)).containsExactly("closedOn:in_future"));
    assertThatThrownBy(() -> session.deals().closeAsWon(deal.id(), deal.version(), LocalDate.of(2025, 12, 31)))
        .satisfies(e -> assertThat(codes(e)).containsExactly("closedOn:before_creation"));
    assertThatThrownBy(() -> session.deals().closeAsWon(deal.id(), deal.version() + 1))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> session.deals().closeAsWon(DealId.generate(clock), 1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(session.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void historyRecordsEveryTrackedChangeWithFromAndTo() {
    Contact ada = session.contacts().create(ContactDraft.builder("Ada", "Byron").account(globex.id())
        .owner(Owner.user(owner.id())).build());
    Deal deal = session.deals().create(deal("Rockets").primaryContact(ada.id()).build());
    Deal renamed = session.deals().update(deal.id(), deal.version(), d -> d.name("Rockets II"));
    Deal priced = session.deals().changeAmount(renamed.id(), renamed.version(), Money.of("10", "EUR"));

    List<DealChange> history = session.deals().history(deal.id());
    assertThat(history).extracting(DealChange::sequence).containsExactly(1L, 3L);
    assertThat(history.get(1).before()).contains(deal.snapshot());
    assertThat(history.get(1).after()).isEqualTo(priced.snapshot());
    assertThat(history.get(1).after().amount()).contains(Money.of("10", "EUR"));
  }

  @Test
  void reassigningAnAccountCarriesItsDealsAlongAndTheirHistorySaysSo() {
    var bob = session.directory().createUser("Bob", "bob@acme.example", root.id(), Optional.empty());
    Deal deal = session.deals().create(deal("Rockets").build());
    session.accounts().assignOwner(globex.id(), globex.version(), Owner.user(bob.id()));

    Deal moved = session.deals().get(deal.id());
    assertThat(moved.ownership().owner()).isEqualTo(Owner.user(bob.id()));
    assertThat(session.deals().history(deal.id())).extracting(DealChange::action)
        .containsExactly(DealAction.CREATE, DealAction.REASSIGN);
    assertThatThrownBy(() -> session.accounts().delete(globex.id(), session.accounts().get(globex.id()).version()))
        .isInstanceOf(RecordInUseException.class);
  }

  @Test
  void offboardingAndMovingUsersCarryDealsAlong() {
    var bob = session.directory().createUser("Bob", "bob@acme.example", root.id(), Optional.empty());
    var emea = session.directory().createUnit("EMEA", root.id());
    Deal deal = session.deals().create(deal("Rockets").owner(Owner.user(bob.id())).build());

    session.directory().moveUser(bob.id(), bob.version(), emea.id(),
        org.crmkernel.directory.OwnedRecordsOnMove.MOVE_WITH_USER);
    assertThat(session.deals().get(deal.id()).ownership().owningUnitId()).isEqualTo(emea.id());
    assertThat(session.deals().history(deal.id())).hasSize(1);

    var report = session.offboarding().offboard(bob.id(), Owner.user(owner.id()), 10, progress -> { });
    assertThat(report.reassigned()).containsEntry(org.crmkernel.model.id.RecordKind.DEAL, 1L);
    Deal moved = session.deals().get(deal.id());
    assertThat(moved.ownership().owner()).isEqualTo(Owner.user(owner.id()));
    assertThat(session.deals().history(deal.id())).extracting(DealChange::action)
        .containsExactly(DealAction.CREATE, DealAction.REASSIGN);
    assertThat(org.crmkernel.model.pipeline.DealReplay.replay(session.deals().history(deal.id())))
        .contains(moved.snapshot());
  }

  @Test
  void summaryConvertsToTheBaseCurrencyAndCountsStaleDeals() {
    Crm withRates = Crm.builder().store(store).clock(clock).exchangeRates(org.crmkernel.currency.FixedExchangeRates
        .builder().rate("USD", "EUR", "0.5", LocalDate.of(2025, 1, 1)).build())
        .tenantProfiles(org.crmkernel.spi.TenantProfiles.fixed(org.crmkernel.model.tenant.TenantProfile.of("DE", "EUR")))
        .build();
    CrmSession rated = withRates.tenant(tenant).system();
    Pipeline staleAware = session.pipelines().update(sales.id(), sales.version(), PipelineDraft.of(sales)
        .withStages(PipelineDraft.of(sales).stages().stream().map(d -> d.name().equals("Prospecting")
            ? d.staleAfterDays(7) : d).toList()));
    session.deals().create(deal("A").amount("100", "EUR").build());
    session.deals().create(deal("B").amount("100", "USD").build());
    session.deals().create(deal("C").amount("100", "GBP").build());
    Deal won = session.deals().create(deal("D").amount("40", "EUR").build());
    session.deals().closeAsWon(won.id(), won.version());
    clock.advance(Duration.ofDays(8));

    PipelineSummary summary = rated.pipelines().summary(staleAware.id());

    PipelineSummary.StageSummary prospecting = summary.stages().get(0);
    assertThat(prospecting.totals().deals()).isEqualTo(3);
    assertThat(prospecting.totals().amount()).isEqualTo(new BigDecimal("150.00"));
    assertThat(prospecting.totals().weighted()).isEqualTo(new BigDecimal("15.00"));
    assertThat(prospecting.totals().stale()).isEqualTo(3);
    assertThat(summary.unconvertedCurrencies()).containsExactly(java.util.Currency.getInstance("GBP"));
    assertThat(summary.open().deals()).isEqualTo(3);
    assertThat(summary.stages()).filteredOn(s -> s.category() == StageCategory.WON).singleElement()
        .satisfies(s -> assertThat(s.totals().amount()).isEqualByComparingTo(new BigDecimal("40")));
    withRates.close();
  }

  @Test
  void customFieldsAndStageRequirementsOnThem() {
    session.fields().define(org.crmkernel.customfield.FieldDefinitionDraft.builder(org.crmkernel.model.id.RecordKind.DEAL,
        "budget_confirmed", org.crmkernel.model.field.FieldType.BOOLEAN).label("Budget confirmed").build());
    Pipeline strict = session.pipelines().create(PipelineDraft.of("Strict", StageDraft.open("Start", 10),
        StageDraft.open("Budget", 40).requiring("custom.budget_confirmed"), StageDraft.won("Won"), StageDraft.lost("Lost")));
    Deal deal = session.deals().create(DealDraft.builder("Rockets", globex.id(), strict.id())
        .owner(Owner.user(owner.id())).build());
    StageId budget = strict.activeStages().get(1).id();
    assertThatThrownBy(() -> session.deals().moveToStage(deal.id(), deal.version(), budget))
        .satisfies(e -> assertThat(codes(e)).containsExactly("custom.budget_confirmed:required_by_stage"));
    Deal confirmed = session.deals().update(deal.id(), deal.version(), d -> d.custom("budget_confirmed", true));
    assertThat(session.deals().moveToStage(confirmed.id(), confirmed.version(), budget).stage()).isEqualTo(budget);
    assertThat(session.deals().count(Filter.eq(DealFields.custom("budget_confirmed",
        org.crmkernel.model.field.ValueType.BOOLEAN), true))).isEqualTo(1);
  }

  @Test
  void auditNamesTheStageMove() {
    Deal deal = session.deals().create(deal("Rockets").build());
    session.deals().moveToStage(deal.id(), deal.version(), stage("Qualification").id());
    List<AuditEntry> entries = session.audit().historyOf(deal.ref(), 10, Optional.empty()).items();
    assertThat(entries).extracting(AuditEntry::operation).contains(AuditOperation.MOVE_STAGE);
    assertThat(entries.stream().filter(e -> e.operation() == AuditOperation.MOVE_STAGE).findFirst().orElseThrow()
        .changes()).extracting(c -> c.field()).contains("stage", "probability");
  }

  static Violation first(Throwable e) {
    return ((CrmValidationException) e).violations().get(0);
  }
}
