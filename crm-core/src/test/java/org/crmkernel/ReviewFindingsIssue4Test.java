package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.customer.CandidateMatch;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.ConversionCandidates;
import org.crmkernel.customer.LeadConversionOptions;
import org.crmkernel.customer.LeadConversionResult;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.pipeline.StageDraft;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review of issue 4 (pipelines, deals, conversion, activities, assignment, currency): one test per
 * finding, each failing on the code as it was reviewed.
 */
class ReviewFindingsIssue4Test extends AccessTestSupport {

  static final FieldKey DEAL_AMOUNT = new FieldKey(RecordKind.DEAL, "amount");

  Pipeline sales;
  Account globex;
  User rep;

  @BeforeEach
  void salesTeam() {
    sales = session.pipelines().create(PipelineDraft.standardSales("Sales"));
    globex = createAccount("Globex");
    RoleGrants grants = RoleGrants.none().withAll(RecordKind.DEAL, AccessDepth.ORGANIZATION)
        .withAll(RecordKind.ACCOUNT, AccessDepth.ORGANIZATION).withAll(RecordKind.CONTACT, AccessDepth.ORGANIZATION)
        .withAll(RecordKind.LEAD, AccessDepth.ORGANIZATION).with(RecordKind.PIPELINE, Privilege.READ, AccessDepth.ORGANIZATION);
    rep = giveRoles(user("Rita Rep", root, Optional.empty()), role("Salesperson", grants));
    sink.clear();
  }

  Stage stage(String name) {
    return sales.activeStages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  Deal repsDeal(String name, String amount) {
    return session.deals().create(DealDraft.builder(name, globex.id(), sales.id()).owner(Owner.user(rep.id()))
        .amount(Money.of(amount, "EUR")).build());
  }

  static List<String> codes(Throwable failure) {
    return ((CrmValidationException) failure).violations().stream().map(v -> v.path() + ":" + v.code()).toList();
  }

  // ---- finding 1: field security on deals cannot be set through the public API

  @Test
  void finding1_dealFieldsCanBeSecuredThroughTheFieldSecurityService() {
    assertThat(session.fieldSecurity().securableFields(RecordKind.DEAL)).contains(DEAL_AMOUNT);
    assertThat(session.fieldSecurity().secureField(DEAL_AMOUNT).securedFields()).contains(DEAL_AMOUNT);
  }

  // ---- finding 2: a deal's history shows a secured amount

  @Test
  void finding2_dealHistoryMasksAnAmountTheUserMayNotRead() {
    Deal deal = repsDeal("Rita's", "100");
    session.deals().changeAmount(deal.id(), deal.version(), Money.of("250", "EUR"));
    settings(3, Set.of(DEAL_AMOUNT));

    CrmSession asRep = as(rep);
    assertThat(asRep.deals().get(deal.id()).amount()).isEmpty();
    List<DealChange> history = asRep.deals().history(deal.id());
    assertThat(history).hasSize(2);
    assertThat(history).allSatisfy(change -> {
      assertThat(change.after().amount()).isEmpty();
      change.before().ifPresent(before -> assertThat(before.amount()).isEmpty());
    });
    // the system still sees what happened
    assertThat(session.deals().history(deal.id()).get(1).after().amount()).contains(Money.of("250", "EUR"));
  }

  // ---- finding 3: the pipeline summary sums amounts the user may not read

  @Test
  void finding3_pipelineSummaryDoesNotRevealAmountsTheUserMayNotRead() {
    repsDeal("Rita's", "12345");
    settings(3, Set.of(DEAL_AMOUNT));
    CrmSession asRep = as(rep);
    assertThat(asRep.deals().get(asRep.deals().list(Query.of(Filter.all(), Sort.byId())).items().get(0).id()).amount())
        .isEmpty();

    assertThatThrownBy(() -> asRep.pipelines().summary(sales.id()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("amount:secured"));
    assertThat(session.pipelines().summary(sales.id()).open().amount()).isEqualByComparingTo("12345");
  }

  // ---- finding 4: querying by currency reveals a secured amount

  @Test
  void finding4_dealsCannotBeFilteredByTheCurrencyOfASecuredAmount() {
    repsDeal("Rita's", "100");
    settings(3, Set.of(DEAL_AMOUNT));
    CrmSession asRep = as(rep);
    assertThatThrownBy(() -> asRep.deals().list(Query.of(Filter.eq(DealFields.CURRENCY, "EUR"), Sort.byId())))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("query:secured"));
    assertThatThrownBy(() -> asRep.deals().count(Filter.isEmpty(DealFields.CURRENCY)))
        .isInstanceOf(CrmValidationException.class);
  }

  // ---- finding 5: an edit by a user who may not read a field a stage requires is refused

  @Test
  void finding5_aUserWhoMayNotReadTheAmountCanStillEditADealOnAStageThatRequiresIt() {
    Deal deal = repsDeal("Rita's", "100");
    Deal proposed = session.deals().moveToStage(deal.id(), deal.version(), stage("Proposal/Price Quote").id());
    settings(3, Set.of(DEAL_AMOUNT));

    Deal renamed = as(rep).deals().update(proposed.id(), proposed.version(), d -> d.nextStep("Call the CFO"));

    assertThat(renamed.nextStep()).contains("Call the CFO");
    assertThat(session.deals().get(deal.id()).amount()).contains(Money.of("100", "EUR"));
    // and the user may move it on to a stage that requires the amount the deal has
    Deal negotiating = as(rep).deals().update(renamed.id(), renamed.version(),
        d -> d.stage(stage("Negotiation/Review").id()).expectedCloseDate(java.time.LocalDate.of(2026, 3, 31)));
    assertThat(negotiating.stage()).isEqualTo(stage("Negotiation/Review").id());
    assertThat(session.deals().get(deal.id()).amount()).contains(Money.of("100", "EUR"));
  }

  // ---- finding 6: an unrelated edit rewrites probability and forecast from the edited pipeline

  @Test
  void finding6_editingADealDoesNotRewriteItsProbabilityOrForecastFromAnEditedStage() {
    Deal deal = repsDeal("Rita's", "100");
    Deal qualified = session.deals().moveToStage(deal.id(), deal.version(), stage("Qualification").id());
    assertThat(qualified.probability()).isEqualTo(20);
    List<StageDraft> edited = sales.activeStages().stream().map(s -> s.name().equals("Qualification")
        ? StageDraft.of(s).probability(35).forecast(ForecastCategory.BEST_CASE) : StageDraft.of(s)).toList();
    session.pipelines().update(sales.id(), sales.version(), PipelineDraft.of(sales).withStages(edited));
    int entries = session.deals().history(deal.id()).size();

    Deal renamed = session.deals().update(qualified.id(), qualified.version(), d -> d.name("Rita's big one"));

    assertThat(renamed.probability()).isEqualTo(20);
    assertThat(renamed.probabilitySource()).isEqualTo(ProbabilitySource.STAGE_DEFAULT);
    assertThat(renamed.forecast()).isEqualTo(ForecastCategory.PIPELINE);
    assertThat(session.deals().history(deal.id())).hasSize(entries);
  }

  @Test
  void finding6_aDealOnAStageWhoseCategoryChangedCanStillBeEdited() {
    Deal deal = repsDeal("Rita's", "100");
    Deal analysed = session.deals().moveToStage(deal.id(), deal.version(), stage("Needs Analysis").id());
    // The pipeline service refuses to turn a stage with deals into a lost one; data written before
    // that rule (or by another tool) can still hold such a stage, so the store is changed directly.
    Pipeline current = session.pipelines().get(sales.id());
    List<org.crmkernel.model.pipeline.Stage> stages = current.stages().stream().map(s -> s.name().equals("Needs Analysis")
        ? new org.crmkernel.model.pipeline.Stage(s.id(), "Parked", 0, org.crmkernel.model.pipeline.StageCategory.LOST,
            ForecastCategory.OMITTED, Set.of(), Optional.empty(), false)
        : s).toList();
    store.write(tx -> tx.pipelines().update(current.with(current.name(), stages,
        current.revision().next(clock.instant())), current.version()));
    assertThatThrownBy(() -> session.pipelines().update(sales.id(), current.version() + 1, PipelineDraft.of(current)))
        .isInstanceOf(CrmValidationException.class).hasMessageContaining("stage_in_use");

    Deal renamed = session.deals().update(analysed.id(), analysed.version(), d -> d.name("Rita's renamed"));
    assertThat(renamed.name()).isEqualTo("Rita's renamed");
    assertThat(renamed.isClosed()).isFalse();
  }

  // ---- finding 7: conversion links records without append-to

  @Test
  void finding7_conversionNeedsAppendToOnTheAccountAndContactItLinks() {
    RoleGrants grants = RoleGrants.none().withAll(RecordKind.LEAD, AccessDepth.ORGANIZATION)
        .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.ORGANIZATION)
        .with(RecordKind.CONTACT, Privilege.READ, AccessDepth.ORGANIZATION);
    User reader = giveRoles(user("Rolf Reader", root, Optional.empty()), role("Lead handler", grants));
    Contact existing = session.contacts().create(ContactDraft.builder("Grace", "Hopper").account(globex.id())
        .owner(Owner.user(owner.id())).build());
    Lead lead = session.leads().create(LeadDraft.builder("Grace", "Hopper").company("Globex")
        .owner(Owner.user(reader.id())).build());

    assertThatThrownBy(() -> as(reader).leads().convert(lead.id(), lead.version(),
        LeadConversionOptions.createAccountAndContact().linkAccount(globex.id()).linkContact(existing.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(session.leads().get(lead.id()).status()).isNotEqualTo(LeadStatus.CONVERTED);
    assertThat(session.leads().get(lead.id()).conversion()).isEmpty();
  }

  // ---- finding 8: conversion copies lead values the user may not read into records they may read

  @Test
  void finding8_conversionDoesNotCarryOverLeadValuesTheUserMayNotRead() {
    Lead lead = session.leads().create(LeadDraft.builder("Grace", "Hopper").company("Initech").phone("+49 30 1234567")
        .owner(Owner.user(rep.id())).build());
    session.fieldSecurity().secureField(new FieldKey(RecordKind.LEAD, "phones"));
    CrmSession asRep = as(rep);
    assertThat(asRep.leads().get(lead.id()).phones()).isEmpty();

    LeadConversionResult result = asRep.leads().convert(lead.id(), lead.version(),
        LeadConversionOptions.createAccountAndContact());

    assertThat(asRep.contacts().get(result.contact().id()).phones()).isEmpty();
    assertThat(asRep.accounts().get(result.account().id()).phones()).isEmpty();
  }

  // ---- finding 9: conversion candidates and results show secured values

  @Test
  void finding9_conversionCandidatesHideSecuredValuesAndDoNotMatchOnThem() {
    Contact byName = session.contacts().create(ContactDraft.builder("Grace", "Hopper").jobTitle("Admiral")
        .owner(Owner.user(owner.id())).build());
    Contact byEmail = session.contacts().create(ContactDraft.builder("Someone", "Else").email("grace@initech.example")
        .owner(Owner.user(owner.id())).build());
    Lead lead = session.leads().create(LeadDraft.builder("Grace", "Hopper").email("grace@initech.example")
        .owner(Owner.user(rep.id())).build());
    session.fieldSecurity().secureField(new FieldKey(RecordKind.CONTACT, "jobTitle"));
    session.fieldSecurity().secureField(new FieldKey(RecordKind.CONTACT, "emails"));

    ConversionCandidates candidates = as(rep).leads().conversionCandidates(lead.id());

    assertThat(candidates.contacts()).extracting(m -> m.record().id()).containsExactly(byName.id());
    assertThat(candidates.contacts()).extracting(CandidateMatch::record)
        .allSatisfy(c -> assertThat(c.jobTitle()).isEmpty());
    assertThat(session.leads().conversionCandidates(lead.id()).contacts()).extracting(m -> m.record().id())
        .contains(byEmail.id());
  }

  @Test
  void finding9_conversionResultHidesSecuredValuesOfALinkedAccount() {
    Account initech = session.accounts().create(account("Initech").annualRevenue(Money.of("5000000", "EUR")).build());
    Lead lead = session.leads().create(LeadDraft.builder("Grace", "Hopper").company("Initech")
        .owner(Owner.user(rep.id())).build());
    session.fieldSecurity().secureField(new FieldKey(RecordKind.ACCOUNT, "annualRevenue"));
    CrmSession asRep = as(rep);
    assertThat(asRep.accounts().get(initech.id()).annualRevenue()).isEmpty();

    LeadConversionResult result = asRep.leads().convert(lead.id(), lead.version(),
        LeadConversionOptions.createAccountAndContact().linkAccount(initech.id()));

    assertThat(result.account().annualRevenue()).isEmpty();
  }

  // ---- finding 10: disqualify writes a reason field security does not let the user write

  @Test
  void finding10_disqualifyRespectsFieldSecurityOnTheReason() {
    Lead lead = session.leads().create(LeadDraft.builder("Grace", "Hopper").owner(Owner.user(rep.id())).build());
    session.fieldSecurity().secureField(new FieldKey(RecordKind.LEAD, "disqualificationReason"));

    assertThatThrownBy(() -> as(rep).leads().disqualify(lead.id(), lead.version(), "No budget"))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("secured"));
    assertThat(session.leads().get(lead.id()).disqualificationReason()).isEmpty();
  }

  // ---- finding 11: sums beyond Money's range broke the summary (totals are now plain decimals)

  @Test
  void finding11_pipelineSummaryCopesWithSumsBeyondOneAmountsRange() {
    session.deals().create(DealDraft.builder("Huge 1", globex.id(), sales.id()).owner(Owner.user(rep.id()))
        .amount(Money.of("600000000000000000", "EUR")).build());
    session.deals().create(DealDraft.builder("Huge 2", globex.id(), sales.id()).owner(Owner.user(rep.id()))
        .amount(Money.of("600000000000000000", "EUR")).build());
    PipelineSummary summary = session.pipelines().summary(sales.id());
    assertThat(summary.open().deals()).isEqualTo(2);
    assertThat(summary.open().amount()).isEqualByComparingTo("1200000000000000000");
  }

  // ---- finding 12: pipeline and stage drafts fail on null or repeated entries with NPE / IAE

  @Test
  void finding12_draftsRejectNullAndRepeatedEntriesAsBadInput() {
    assertThatThrownBy(() -> StageDraft.open("a", 5).requiring("amount", null)).isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> StageDraft.of(null)).isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> PipelineDraft.of((Pipeline) null)).isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> PipelineDraft.of("x", StageDraft.won("w"), null)).isInstanceOf(CrmValidationException.class);
    assertThat(StageDraft.open("a", 5).requiring("amount", "amount").requiredFields()).containsExactly("amount");
  }

  // ---- finding 13: pipeline names are unique only as typed, not as stored

  @Test
  void finding13_pipelineNamesAreUniqueWhateverTheUnicodeNormalForm() {
    session.pipelines().create(PipelineDraft.standardSales("Caf\u00e9"));
    assertThatThrownBy(() -> session.pipelines().create(PipelineDraft.standardSales("Cafe\u0301")))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("name:taken"));
  }

  // ---- finding 14: a stage move through update() is announced as a plain update

  @Test
  void finding14_aStageMoveThroughUpdateIsAuditedAndAnnouncedAsAStageMove() {
    Deal deal = repsDeal("Rita's", "100");
    sink.clear();
    session.deals().update(deal.id(), deal.version(), d -> d.stage(stage("Qualification").id()).name("Rita's deal"));

    assertThat(sink.events()).extracting(e -> e.type())
        .containsExactly(org.crmkernel.model.event.EventType.DEAL_STAGE_CHANGED);
    assertThat(session.audit().historyOf(deal.ref(), 10, Optional.empty()).items())
        .extracting(org.crmkernel.model.audit.AuditEntry::operation)
        .contains(org.crmkernel.model.audit.AuditOperation.MOVE_STAGE);
    // an update that leaves the stage stays an update
    Deal current = session.deals().get(deal.id());
    sink.clear();
    session.deals().update(current.id(), current.version(), d -> d.name("Rita's renamed"));
    assertThat(sink.events()).extracting(e -> e.type()).containsExactly(org.crmkernel.model.event.EventType.DEAL_UPDATED);
  }

  // ---- finding 15: a stage may require a retired custom field, which no deal can be given

  @Test
  void finding15_aStageCannotStartRequiringARetiredCustomField() {
    var field = session.fields().define(org.crmkernel.customfield.FieldDefinitionDraft.builder(RecordKind.DEAL, "discount",
        org.crmkernel.model.field.FieldType.TEXT).build());
    session.fields().retire(field.id(), field.version());

    List<StageDraft> stages = sales.activeStages().stream().map(s -> s.name().equals("Qualification")
        ? StageDraft.of(s).requiring("custom.discount") : StageDraft.of(s)).toList();
    assertThatThrownBy(() -> session.pipelines().update(sales.id(), sales.version(), PipelineDraft.of(sales).withStages(stages)))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(codes(e)).containsExactly("stages[1].requiredFields:unknown_field"));
  }

  // ---- finding 16: a rate of absurd magnitude is accepted, and converting with it never ends

  @Test
  void finding16_exchangeRatesOfAbsurdMagnitudeAreRefused() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
    assertThatThrownBy(() -> org.crmkernel.currency.FixedExchangeRates.builder().rate("EUR", "USD", "1e999999999", day))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("rate:out_of_range"));
    assertThatThrownBy(() -> org.crmkernel.currency.FixedExchangeRates.builder().rate("EUR", "USD", "1e-999999999", day))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("rate:out_of_range"));
    assertThat(org.crmkernel.currency.FixedExchangeRates.builder().rate("EUR", "IDR", "17500.5", day)
        .rate("USD", "EUR", "0.000001", day).build()
        .rate(java.util.Currency.getInstance("EUR"), java.util.Currency.getInstance("IDR"), day))
        .contains(new java.math.BigDecimal("17500.5"));
  }

  // ---- finding 17: a deal may name as its originating lead a lead the user may not even read

  @Test
  void finding17_aDealCannotNameALeadTheUserMayNotAttachTo() {
    RoleGrants grants = RoleGrants.none().withAll(RecordKind.DEAL, AccessDepth.ORGANIZATION)
        .withAll(RecordKind.ACCOUNT, AccessDepth.ORGANIZATION).with(RecordKind.PIPELINE, Privilege.READ,
            AccessDepth.ORGANIZATION);
    User dealer = giveRoles(user("Dora Dealer", root, Optional.empty()), role("Deals only", grants));
    Lead secret = session.leads().create(LeadDraft.builder("Grace", "Hopper").owner(Owner.user(owner.id())).build());
    CrmSession asDealer = as(dealer);
    assertThatThrownBy(() -> asDealer.leads().get(secret.id())).isInstanceOf(AccessDeniedException.class);

    assertThatThrownBy(() -> asDealer.deals().create(DealDraft.builder("Dora's", globex.id(), sales.id())
        .originatingLead(Optional.of(secret.id())).build())).isInstanceOf(AccessDeniedException.class);
    assertThat(session.deals().count(Filter.all())).isZero();
  }
}
