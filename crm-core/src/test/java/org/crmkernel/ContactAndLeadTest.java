package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.Test;

class ContactAndLeadTest extends KernelTestSupport {

  private ContactDraft.Builder contact(String first, String last) {
    return ContactDraft.builder(first, last).owner(Owner.user(owner.id()));
  }

  @Test
  void linkingAContactIsAuditedAndReportedAsContactLinked() {
    Account acme = createAccount("Acme");
    Account globex = createAccount("Globex");
    Contact ada = session.contacts().create(contact("Ada", "Lovelace").account(acme.id()).jobTitle("CTO")
        .birthDate(LocalDate.of(1985, 12, 10)).email("ada@acme.example").phone("+44 20 7946 0958").build());
    sink.clear();

    Contact moved = session.contacts().linkToAccount(ada.id(), ada.version(), globex.id());

    assertThat(moved.accountId()).contains(globex.id());
    assertThat(sink.events()).extracting(e -> e.type()).containsExactly(EventType.CONTACT_LINKED);
    List<AuditEntry> history = session.audit().historyOf(ada.ref(), 10, Optional.empty()).items();
    assertThat(history).extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATE, AuditOperation.LINK);
    assertThat(history.get(1).changes()).containsExactly(org.crmkernel.model.audit.FieldChange.of("account",
        Optional.of(acme.ref().toString()), Optional.of(globex.ref().toString())));
    assertThat(session.contacts().list(Query.of(Filter.eq(ContactFields.ACCOUNT_ID, globex.id().value()), Sort.byId()))
        .items()).extracting(Contact::id).containsExactly(ada.id());
  }

  @Test
  void changesThatOnlyMoveTextBetweenPartsAreStoredAndAudited() {
    Contact mary = session.contacts().create(contact("Mary Ann", "Smith")
        .address(new PostalAddress(Optional.of("1 Main St\nSuite 5"), Optional.of("10115 Berlin"), Optional.empty(),
            Optional.empty(), Optional.of("DE"))).build());

    Contact split = session.contacts().update(mary.id(), mary.version(), d -> d
        .name(new org.crmkernel.model.value.PersonName(Optional.empty(), Optional.of("Mary"), Optional.of("Ann"), "Smith",
            Optional.empty()))
        .addresses(List.of(new PostalAddress(Optional.of("1 Main St, Suite 5"), Optional.of("Berlin"), Optional.empty(),
            Optional.of("10115"), Optional.of("DE")))));

    assertThat(split.version()).isEqualTo(2);
    assertThat(split.name().middleName()).contains("Ann");
    AuditEntry update = session.audit().historyOf(mary.ref(), 10, Optional.empty()).items().get(1);
    assertThat(update.changes()).extracting(c -> c.field())
        .containsExactlyInAnyOrder("name.firstName", "name.middleName", "addresses");
  }

  @Test
  void contactsAreFoundByAnyOfTheirEmailAddressesCaseInsensitively() {
    Contact ada = session.contacts().create(contact("Ada", "Lovelace").email("Ada@Acme.example").email("ada@home.example").build());

    var found = session.contacts().list(Query.of(Filter.eq(ContactFields.EMAIL, "ada@acme.example"), Sort.byId()));

    assertThat(found.items()).extracting(Contact::id).containsExactly(ada.id());
  }

  @Test
  void leadsMoveBetweenOpenStatesButOnlyConversionConverts() {
    Lead grace = session.leads().create(LeadDraft.builder("Grace", "Hopper").owner(Owner.user(owner.id()))
        .company("Navy Labs").source("Web").address(PostalAddress.of("1 Main St", "Arlington", "22201", "US"))
        .email("grace@navy.example").build());

    Lead working = session.leads().update(grace.id(), grace.version(), d -> d.status(LeadStatus.WORKING));

    assertThat(working.status()).isEqualTo(LeadStatus.WORKING);
    assertThatThrownBy(() -> session.leads().update(working.id(), working.version(), d -> d.status(LeadStatus.CONVERTED)))
        .hasMessageContaining("conversion_only");
    assertThatThrownBy(() -> session.leads().create(LeadDraft.builder("A", "B").owner(Owner.user(owner.id()))
        .status(LeadStatus.CONVERTED).build())).hasMessageContaining("conversion_only");
    assertThat(session.leads().count(Filter.eq(LeadFields.SOURCE, "Web"))).isEqualTo(1);
    assertThat(session.leads().count(Filter.eq(LeadFields.COUNTRY, "US"))).isEqualTo(1);
  }

  @Test
  void aCorrelatedSessionTiesItsCallsTogether() {
    var correlation = org.crmkernel.model.id.CorrelationId.generate(clock);
    CrmSession request = session.withCorrelation(correlation);

    Account acme = request.accounts().create(account("Acme").build());
    request.contacts().create(contact("Ada", "Lovelace").account(acme.id()).build());

    assertThat(session.audit().correlatedWith(correlation, 10, Optional.empty()).items()).hasSize(2);
    assertThat(sink.events()).allMatch(e -> e.correlationId().equals(correlation));
  }
}
