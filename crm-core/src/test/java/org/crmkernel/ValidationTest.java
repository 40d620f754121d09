package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest extends KernelTestSupport {

  @Test
  void badInputListsEveryViolationAndWritesNothing() {
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, "seats", FieldType.INTEGER)
        .min(java.math.BigDecimal.ONE).max(java.math.BigDecimal.valueOf(1000)).build());
    Footprint before = footprint();

    assertThatThrownBy(() -> session.accounts().create(account("")
        .email("bob@@example")
        .phone("12")
        .employeeCount(-5)
        .website("ftp://files.example")
        .custom("seats", 5000)
        .custom("colour", "red")
        .build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .contains("name", "emails[0]", "phones[0]", "employeeCount", "website", "custom.seats", "custom.colour"));
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void inputChecksAndRecordChecksSpeakOneVocabulary() {
    assertThatThrownBy(() -> session.accounts().create(account(" ").employeeCount(-5).industry("x".repeat(81)).build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("name", "required"),
                org.assertj.core.groups.Tuple.tuple("employeeCount", "too_small"),
                org.assertj.core.groups.Tuple.tuple("industry", "too_long")));
  }

  @Test
  @SuppressWarnings("DataFlowIssue") // nulls on purpose: callers from untyped code send them
  void missingArgumentsFailAsBadInputNeverAsNullPointerExceptions() {
    Account acme = createAccount("Acme");
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
        () -> session.accounts().create(null),
        () -> session.accounts().createAll(null),
        () -> session.accounts().createAll(java.util.Arrays.asList(account("A").build(), null)),
        () -> session.accounts().get(null),
        () -> session.accounts().find(null),
        () -> session.accounts().update(null, 1, d -> d),
        () -> session.accounts().update(acme.id(), acme.version(), null),
        () -> session.accounts().update(acme.id(), acme.version(), d -> null),
        () -> session.accounts().list(null),
        () -> session.accounts().count(null),
        () -> session.accounts().archive(null, 1),
        () -> session.accounts().delete(null, 1),
        () -> session.accounts().assignOwner(acme.id(), acme.version(), null),
        () -> session.contacts().linkToAccount(null, 1, acme.id()),
        () -> AccountDraft.builder(null),
        () -> account("A").email(null),
        () -> account("A").emails(java.util.Arrays.asList("a@b.example", null)),
        () -> account("A").website((java.util.Optional<String>) null),
        () -> account("A").custom(null, "x"),
        () -> session.fields().define(null),
        () -> session.directory().createUser("Bo", null, root.id(), Optional.empty()),
        () -> session.directory().createTeam("T", org.crmkernel.model.directory.TeamType.OWNER, root.id(), null));

    for (var call : calls) {
      assertThatThrownBy(call).isInstanceOf(CrmValidationException.class)
          .satisfies(e -> assertThat(((CrmValidationException) e).violations()).isNotEmpty());
    }
    assertThat(account("A").website((String) null).custom("tier", null).build().website()).isEmpty();
    assertThat(session.accounts().count(org.crmkernel.spi.query.Filter.all())).isEqualTo(1);
  }

  @Test
  void aSystemSessionMustNameAnActiveOwner() {
    assertThatThrownBy(() -> session.accounts().create(org.crmkernel.customer.AccountDraft.builder("Acme").build()))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("required"));
    assertThatThrownBy(() -> session.accounts().create(account("Acme").owner(Owner.user(UserId.generate(clock))).build()))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("unknown_user"));
    assertThatThrownBy(() -> session.accounts().create(account("Acme").owner(Owner.team(TeamId.generate(clock))).build()))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("unknown_team"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Robert'); DROP TABLE accounts;--", "O'Brien & Söhne \"GmbH\"", "100% _wild_ \\escape",
      "Ünïcødé 株式会社 🚀", "ﬀ ligature", "Zoë\u0301"})
  void sqlMetaCharactersAndUnicodeAreKeptAsText(String name) {
    Account created = createAccount(name);

    assertThat(session.accounts().get(created.id()).name()).isEqualTo(java.text.Normalizer.normalize(name,
        java.text.Normalizer.Form.NFC).strip());
  }

  @Test
  void controlCharactersLoneSurrogatesAndOversizeTextAreRejected() {
    assertThatThrownBy(() -> createAccount("Acme\u0000Corp")).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("control_character"));
    assertThatThrownBy(() -> createAccount("Acme \uD800")).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("invalid_unicode"));
    assertThatThrownBy(() -> createAccount("x".repeat(256))).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("name"));
    assertThat(createAccount("x".repeat(255)).name()).hasSize(255);
  }

  @Test
  void anotherTenantsIdIsNotFoundAndItsRecordsAreUntouched() {
    Account theirs = createAccount("Theirs");
    CrmSession other = crm.tenant(org.crmkernel.model.id.TenantId.generate(clock)).system();

    assertThat(other.accounts().find(theirs.id())).isEmpty();
    assertThatThrownBy(() -> other.accounts().get(theirs.id())).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> other.accounts().update(theirs.id(), 1, d -> d.name("Mine"))).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> other.accounts().archive(theirs.id(), 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> other.accounts().delete(theirs.id(), 1)).isInstanceOf(RecordNotFoundException.class);
    assertThat(session.accounts().get(theirs.id())).isEqualTo(theirs);
  }

  @Test
  void referencesToAnotherTenantsRecordsAreRejected() {
    CrmSession other = crm.tenant(org.crmkernel.model.id.TenantId.generate(clock)).system();
    var otherRoot = other.directory().createRootUnit("Other");
    var otherUser = other.directory().createUser("Eve", "eve@other.example", otherRoot.id(), Optional.empty());
    Account theirs = other.accounts().create(org.crmkernel.customer.AccountDraft.builder("Theirs")
        .owner(Owner.user(otherUser.id())).build());

    assertThatThrownBy(() -> session.accounts().create(account("Mine").parentAccount(theirs.id()).build()))
        .hasMessageContaining("unknown_account");
    assertThatThrownBy(() -> session.accounts().create(account("Mine").owner(Owner.user(otherUser.id())).build()))
        .hasMessageContaining("unknown_user");
    assertThatThrownBy(() -> session.contacts().create(ContactDraft.builder("A", "B").owner(Owner.user(owner.id()))
        .account(theirs.id()).build())).hasMessageContaining("unknown_account");
  }

  @Test
  void contactsAndLeadsAreCheckedToo() {
    Footprint before = footprint();
    assertThatThrownBy(() -> session.contacts().create(ContactDraft.builder(new PersonName(Optional.empty(),
            Optional.of("Ada"), Optional.empty(), "Lovelace", Optional.empty())).owner(Owner.user(owner.id()))
        .birthDate(LocalDate.of(2030, 1, 1)).account(AccountId.generate(clock)).email("ada@").build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations()).extracting(Violation::path)
            .contains("emails[0]"));
    assertThatThrownBy(() -> session.leads().create(LeadDraft.builder("Grace", "Hopper").owner(Owner.user(owner.id()))
        .employeeCount(-1).company(" ").website("not a url").build()))
        .isInstanceOf(CrmValidationException.class);
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aContactsBirthDateMustNotBeInTheFuture() {
    assertThatThrownBy(() -> session.contacts().create(ContactDraft.builder("Ada", "Lovelace").owner(Owner.user(owner.id()))
        .birthDate(LocalDate.of(2030, 1, 1)).build()))
        .isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("in_future"));
  }
}
