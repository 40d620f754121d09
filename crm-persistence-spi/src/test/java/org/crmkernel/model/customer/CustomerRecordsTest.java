package org.crmkernel.model.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkernel.model.ModelFixtures.OWNERSHIP;
import static org.crmkernel.model.ModelFixtures.REVISION;
import static org.crmkernel.model.ModelFixtures.TENANT;
import static org.crmkernel.model.ModelFixtures.uuid;
import static org.crmkernel.model.ModelFixtures.violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;
import org.junit.jupiter.api.Test;

class CustomerRecordsTest {

  private static final AccountId ACCOUNT_ID = AccountId.of(uuid(10));
  private static final PhoneNumber BERLIN = PhoneNumber.ofE164("+4930123456");
  private static final PhoneNumber LONDON = PhoneNumber.ofE164("+442079460958");
  private static final PostalAddress HQ = PostalAddress.of("1 Main St", "Berlin", "10115", "DE");

  private static Account account(String name, Optional<String> website, Optional<Integer> employees,
      Optional<Money> revenue, List<PostalAddress> addresses, List<PhoneNumber> phones, List<Email> emails) {
    return new Account(ACCOUNT_ID, TENANT, name, website, Optional.empty(), employees, revenue, addresses, phones,
        emails, Optional.empty(), OWNERSHIP, RecordState.ACTIVE, CustomFields.none(), REVISION);
  }

  private static Contact contact(Optional<String> jobTitle, List<Email> emails, List<PhoneNumber> phones,
      List<PostalAddress> addresses, Optional<LocalDate> birthDate) {
    return new Contact(ContactId.of(uuid(11)), TENANT, PersonName.of("Ada", "Lovelace"), jobTitle, emails, phones,
        addresses, birthDate, Optional.of(ACCOUNT_ID), OWNERSHIP, RecordState.ACTIVE, CustomFields.none(), REVISION);
  }

  private static Lead lead(Optional<String> company, List<Email> emails, List<PhoneNumber> phones,
      Optional<String> industry, Optional<Integer> employees, Optional<String> website, Optional<String> source) {
    return new Lead(LeadId.of(uuid(12)), TENANT, PersonName.of("Grace", "Hopper"), company, Optional.empty(), emails,
        phones, Optional.empty(), industry, employees, website, source, LeadStatus.NEW, OWNERSHIP, RecordState.ACTIVE,
        CustomFields.none(), REVISION);
  }

  private static List<Email> emails(int count) {
    return IntStream.range(0, count).mapToObj(i -> Email.parse("user" + i + "@example.com")).toList();
  }

  @Test
  void accountCopiesItsListsInAndHandsOutUnmodifiableOnes() {
    List<PostalAddress> addresses = new ArrayList<>(List.of(HQ));
    List<PhoneNumber> phones = new ArrayList<>(List.of(BERLIN));
    List<Email> emails = new ArrayList<>(emails(1));
    Account account = account("Acme", Optional.empty(), Optional.empty(), Optional.empty(), addresses, phones, emails);

    addresses.clear();
    phones.add(LONDON);
    emails.set(0, Email.parse("other@example.com"));

    assertThat(account.addresses()).containsExactly(HQ);
    assertThat(account.phones()).containsExactly(BERLIN);
    assertThat(account.emails()).containsExactlyElementsOf(emails(1));
    assertThatThrownBy(() -> account.addresses().add(HQ)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> account.phones().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> account.emails().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void contactCopiesItsListsInAndHandsOutUnmodifiableOnes() {
    List<Email> emails = new ArrayList<>(emails(2));
    List<PhoneNumber> phones = new ArrayList<>(List.of(BERLIN));
    List<PostalAddress> addresses = new ArrayList<>(List.of(HQ));
    Contact contact = contact(Optional.empty(), emails, phones, addresses, Optional.empty());

    emails.remove(0);
    phones.add(LONDON);
    addresses.clear();

    assertThat(contact.emails()).containsExactlyElementsOf(emails(2));
    assertThat(contact.phones()).containsExactly(BERLIN);
    assertThat(contact.addresses()).containsExactly(HQ);
    assertThatThrownBy(() -> contact.emails().add(Email.parse("x@example.com")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> contact.phones().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> contact.addresses().add(HQ)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leadCopiesItsListsIn() {
    List<Email> emails = new ArrayList<>(emails(1));
    Lead lead = lead(Optional.empty(), emails, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());

    emails.clear();

    assertThat(lead.emails()).hasSize(1);
    assertThatThrownBy(() -> lead.emails().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void accountListsEveryViolationAtOnce() {
    List<PhoneNumber> samePhoneTwice = List.of(BERLIN, PhoneNumber.ofE164("+4930123456"));

    assertThat(violations(() -> account(" ", Optional.empty(), Optional.of(-1), Optional.empty(), List.of(),
        samePhoneTwice, emails(21))))
        .containsExactly("name:required", "employeeCount:out_of_range", "phones[1]:duplicate", "emails:too_many");
  }

  @Test
  void accountListsProblemsOfEveryOtherField() {
    assertThat(violations(() -> new Account(ACCOUNT_ID, TENANT, "x".repeat(Account.MAX_NAME + 1),
        Optional.of("ftp://example.com"), Optional.of("Retail\u0000"), Optional.of(10_000_001),
        Optional.of(Money.of("-1", "EUR")), List.of(HQ, HQ), List.of(), List.of(), Optional.of(ACCOUNT_ID),
        OWNERSHIP, RecordState.ACTIVE, CustomFields.none(), REVISION)))
        .containsExactly("name:too_long", "website:invalid_url", "industry:control_character",
            "employeeCount:out_of_range", "annualRevenue:negative", "addresses[1]:duplicate",
            "parentAccountId:self_reference");
  }

  @Test
  void accountTreatsEmailsAsDuplicatesIgnoringCase() {
    List<Email> sameAddress = List.of(Email.parse("Ada@example.com"), Email.parse("ada@EXAMPLE.com"));

    assertThat(violations(() -> account("Acme", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        List.of(), sameAddress))).containsExactly("emails[1]:duplicate");
  }

  @Test
  void accountAcceptsTwentyOfEachAndCleansItsName() {
    Account account = account("  Acme\u0301 ", Optional.of("https://acme.example"), Optional.of(0),
        Optional.of(Money.of("0", "EUR")), List.of(), List.of(), emails(20));

    assertThat(account.name()).isEqualTo("Acmé");
    assertThat(account.emails()).hasSize(20);
  }

  @Test
  void accountRefusesAWebsiteWithAnUnpairedSurrogate() {
    assertThat(violations(() -> account("Acme", Optional.of("https://acme.example/a\uD800"), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of())))
        .containsExactly("website:invalid_unicode");
  }

  @Test
  void websitesAreKeptInNfcLikeEveryOtherText() {
    Account account = account("Acme", Optional.of("https://acme.example/cafe\u0301"), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of());

    assertThat(account.website()).contains("https://acme.example/caf\u00E9");
  }

  @Test
  void contactListsEveryViolationAtOnce() {
    List<Email> sameAddress = List.of(Email.parse("ada@example.com"), Email.parse("ADA@example.com"));

    assertThat(violations(() -> contact(Optional.of("Chief\nEngineer"), sameAddress, List.of(LONDON, LONDON),
        List.of(), Optional.of(LocalDate.of(1899, 12, 31)))))
        .containsExactly("jobTitle:control_character", "emails[1]:duplicate", "phones[1]:duplicate",
            "birthDate:out_of_range");
  }

  @Test
  void contactAcceptsTheEarliestBirthDate() {
    assertThat(contact(Optional.empty(), List.of(), List.of(), List.of(), Optional.of(Contact.EARLIEST_BIRTH_DATE))
        .birthDate()).contains(LocalDate.of(1900, 1, 1));
  }

  @Test
  void leadListsEveryViolationAtOnce() {
    assertThat(violations(() -> lead(Optional.of("x".repeat(Lead.MAX_COMPANY + 1)), emails(21),
        List.of(BERLIN, BERLIN, BERLIN), Optional.of("Re\u0007tail"), Optional.of(-5), Optional.of("not a url"),
        Optional.of(" "))))
        .containsExactly("company:too_long", "emails:too_many", "phones[1]:duplicate", "phones[2]:duplicate",
            "industry:control_character", "employeeCount:out_of_range", "website:invalid_url");
  }

  @Test
  void withersKeepEverythingElse() {
    Account acme = org.crmkernel.model.ModelFixtures.account("Acme");
    Account archived = acme.withState(RecordState.ARCHIVED);

    assertThat(archived.state()).isEqualTo(RecordState.ARCHIVED);
    assertThat(archived.withState(RecordState.ACTIVE)).isEqualTo(acme);
    assertThat(acme.withRevision(REVISION.next(REVISION.modifiedAt())).version()).isEqualTo(2);
  }
}
