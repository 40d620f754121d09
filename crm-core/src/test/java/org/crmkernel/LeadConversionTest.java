package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.CandidateMatch;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.ConversionCandidates;
import org.crmkernel.customer.ConversionMapping;
import org.crmkernel.customer.LeadConversionOptions;
import org.crmkernel.customer.LeadConversionOptions.DealOptions;
import org.crmkernel.customer.LeadConversionResult;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.customer.MatchReason;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeadConversionTest extends KernelTestSupport {

  Pipeline sales;
  Lead grace;

  @BeforeEach
  void createLead() {
    sales = session.pipelines().create(PipelineDraft.standardSales("Sales"));
    grace = session.leads().create(LeadDraft.builder("Grace", "Hopper").company("Initech GmbH").jobTitle("CTO")
        .email("Grace.Hopper@Initech.example").phone("030 1234567").industry("Software").employeeCount(250)
        .website("https://initech.example").source("Trade show")
        .address(PostalAddress.of("Hauptstr. 1", "Berlin", null, "10115", "DE"))
        .owner(Owner.user(owner.id())).build());
    sink.clear();
  }

  static List<String> codes(Throwable failure) {
    return ((CrmValidationException) failure).violations().stream().map(v -> v.path() + ":" + v.code()).toList();
  }

  @Test
  void qualifyAndDisqualifyWithAReason() {
    assertThatThrownBy(() -> session.leads().disqualify(grace.id(), grace.version(), " "))
        .satisfies(e -> assertThat(codes(e)).containsExactly("reason:required"));
    Lead out = session.leads().disqualify(grace.id(), grace.version(), "No budget");
    assertThat(out.status()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(out.disqualificationReason()).contains("No budget");

    Lead renamed = session.leads().update(out.id(), out.version(), d -> d.company("Initech AG"));
    assertThat(renamed.disqualificationReason()).contains("No budget");

    Lead back = session.leads().qualify(renamed.id(), renamed.version());
    assertThat(back.status()).isEqualTo(LeadStatus.QUALIFIED);
    assertThat(back.disqualificationReason()).isEmpty();
    assertThat(sink.events()).extracting(DomainEvent::type)
        .contains(EventType.LEAD_DISQUALIFIED, EventType.LEAD_QUALIFIED);
  }

  @Test
  void conversionCreatesAccountContactAndDealInOneTransaction() {
    LeadConversionResult result = session.leads().convert(grace.id(), grace.version(),
        LeadConversionOptions.createAccountAndContact().openDeal(DealOptions.in(sales.id())
            .worth(Money.of("25000", "EUR")).closingOn(LocalDate.of(2026, 6, 30))));

    Account account = result.account();
    Contact contact = result.contact();
    Deal deal = result.deal().orElseThrow();
    assertThat(result.accountCreated()).isTrue();
    assertThat(result.contactCreated()).isTrue();
    assertThat(account.name()).isEqualTo("Initech GmbH");
    assertThat(account.industry()).contains("Software");
    assertThat(account.employeeCount()).contains(250);
    assertThat(contact.name().lastName()).isEqualTo("Hopper");
    assertThat(contact.accountId()).contains(account.id());
    assertThat(contact.emails()).extracting(e -> e.matchKey()).containsExactly("grace.hopper@initech.example");
    assertThat(deal.account()).isEqualTo(account.id());
    assertThat(deal.primaryContact()).contains(contact.id());
    assertThat(deal.originatingLead()).contains(grace.id());
    assertThat(deal.source()).contains("Trade show");
    assertThat(deal.amount()).contains(Money.of("25000", "EUR"));

    Lead converted = session.leads().get(grace.id());
    assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(converted.conversion()).hasValueSatisfying(c -> {
      assertThat(c.account()).isEqualTo(account.id());
      assertThat(c.contact()).isEqualTo(contact.id());
      assertThat(c.deal()).contains(deal.id());
    });
    assertThat(sink.events()).filteredOn(e -> e.type() == EventType.LEAD_CONVERTED).singleElement();
    assertThat(sink.events()).extracting(DomainEvent::correlationId).containsOnly(sink.events().get(0).correlationId());
    List<AuditEntry> leadAudit = session.audit().historyOf(grace.ref(), 10, Optional.empty()).items();
    assertThat(leadAudit).filteredOn(e -> e.operation() == AuditOperation.CONVERT).singleElement()
        .satisfies(e -> assertThat(e.changes()).extracting(c -> c.field())
            .contains("status", "conversion.account", "conversion.contact", "conversion.deal"));
    assertThatThrownBy(() -> session.leads().update(converted.id(), converted.version(), d -> d.company("x")))
        .isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> session.leads().convert(converted.id(), converted.version(),
        LeadConversionOptions.createAccountAndContact()))
        .satisfies(e -> assertThat(codes(e)).containsExactly("status:converted"));
  }

  @Test
  void candidatesAreFoundByNormalisedEmailPhoneAndNameAndCanBeLinked() {
    Account initech = createAccount("Initech GmbH");
    Contact byEmail = session.contacts().create(ContactDraft.builder("G.", "Hopper").email("grace.hopper@initech.example")
        .account(initech.id()).owner(Owner.user(owner.id())).build());
    Contact byName = session.contacts().create(ContactDraft.builder("Grace", "HOPPER")
        .owner(Owner.user(owner.id())).build());
    Contact byPhone = session.contacts().create(ContactDraft.builder("Someone", "Else").phone("+49 30 1234567")
        .owner(Owner.user(owner.id())).build());
    createAccount("Globex");

    ConversionCandidates candidates = session.leads().conversionCandidates(grace.id());

    assertThat(candidates.contacts()).extracting(m -> m.record().id())
        .containsExactlyInAnyOrder(byEmail.id(), byName.id(), byPhone.id());
    assertThat(candidates.contacts().get(0).record().id()).isEqualTo(byEmail.id());
    assertThat(candidates.contacts()).filteredOn(m -> m.record().id().equals(byName.id())).singleElement()
        .satisfies(m -> assertThat(m.reasons()).containsExactly(MatchReason.NAME));
    CandidateMatch<Account> account = candidates.accounts().get(0);
    assertThat(account.record().id()).isEqualTo(initech.id());
    assertThat(account.reasons()).contains(MatchReason.NAME, MatchReason.CONTACT_ACCOUNT);

    LeadConversionResult result = session.leads().convert(grace.id(), grace.version(),
        LeadConversionOptions.createAccountAndContact().linkAccount(initech.id()).linkContact(byEmail.id()));
    assertThat(result.accountCreated()).isFalse();
    assertThat(result.contactCreated()).isFalse();
    assertThat(session.accounts().count(Filter.all())).isEqualTo(2);
    assertThat(session.contacts().count(Filter.all())).isEqualTo(3);
  }

  @Test
  void badChoicesAreListedTogetherAndNothingIsWritten() {
    Account globex = createAccount("Globex");
    Footprint before = footprint();
    assertThatThrownBy(() -> session.leads().convert(grace.id(), grace.version(),
        LeadConversionOptions.createAccountAndContact().linkAccount(globex.id()).linkContact(ContactId.generate(clock))
            .openDeal(org.crmkernel.model.id.PipelineId.generate(clock))
            .mappedBy(ConversionMapping.standard().map("nope", RecordKind.ACCOUNT, "x"))))
        .satisfies(e -> assertThat(codes(e)).containsExactlyInAnyOrder("existingContact:unknown_record",
            "deal.pipeline:unknown_record", "mapping.nope:unknown_field"));
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aFailingCreationRollsTheWholeConversionBack() {
    Footprint before = footprint();
    assertThatThrownBy(() -> session.leads().convert(grace.id(), grace.version(),
        LeadConversionOptions.createAccountAndContact().openDeal(DealOptions.in(sales.id())
            .at(sales.activeStages().get(5).id()))))
        .satisfies(e -> assertThat(codes(e)).contains("deal.amount:required_by_stage"));
    assertThat(footprint()).isEqualTo(before);
    assertThat(session.leads().get(grace.id()).status()).isEqualTo(LeadStatus.NEW);
  }

  @Test
  void customFieldsCarryOverByNameAndByExplicitMapping() {
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.LEAD, "segment", FieldType.TEXT).label("Segment").build());
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, "segment", FieldType.TEXT).label("Segment").build());
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.LEAD, "budget", FieldType.TEXT).label("Budget").build());
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.DEAL, "budget_note", FieldType.TEXT).label("Budget").build());
    Lead lead = session.leads().update(grace.id(), grace.version(), d -> d.custom("segment", "Enterprise")
        .custom("budget", "approved"));

    LeadConversionResult result = session.leads().convert(lead.id(), lead.version(),
        LeadConversionOptions.createAccountAndContact().openDeal(sales.id())
            .mappedBy(ConversionMapping.standard().map("budget", RecordKind.DEAL, "budget_note")));

    assertThat(result.account().customFields().get("segment")).contains(new FieldValue.TextValue("Enterprise"));
    assertThat(result.deal().orElseThrow().customFields().get("budget_note")).contains(new FieldValue.TextValue("approved"));
  }
}
