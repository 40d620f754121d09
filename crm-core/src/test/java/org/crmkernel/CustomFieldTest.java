package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customfield.ExistingValues;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.Test;

class CustomFieldTest extends KernelTestSupport {

  private FieldDefinition define(String name, FieldType type, java.util.function.UnaryOperator<FieldDefinitionDraft.Builder> settings) {
    return session.fields().define(settings.apply(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, name, type)).build());
  }

  @Test
  void valuesOfEveryTypeAreReadAndStoredTyped() {
    define("region", FieldType.PICKLIST, b -> b.picklistValues("EMEA", "AMER", "APAC"));
    define("tags", FieldType.MULTI_PICKLIST, b -> b.picklistValues("a", "b", "c"));
    define("seats", FieldType.INTEGER, b -> b);
    define("score", FieldType.DECIMAL, b -> b);
    define("contract_value", FieldType.MONEY, b -> b);
    define("renewal", FieldType.DATE, b -> b);
    define("vip", FieldType.BOOLEAN, b -> b);
    define("billing_email", FieldType.EMAIL, b -> b);
    define("hotline", FieldType.PHONE, b -> b);
    define("portal", FieldType.URL, b -> b);
    define("notes", FieldType.LONG_TEXT, b -> b);

    Account acme = session.accounts().create(account("Acme")
        .custom("region", "EMEA").custom("tags", List.of("c", "a")).custom("seats", "42").custom("score", 4.5)
        .custom("contract_value", "1200.5").custom("renewal", "2026-09-30").custom("vip", true)
        .custom("billing_email", "billing@acme.example").custom("hotline", "030 901820")
        .custom("portal", "https://portal.acme.example").custom("notes", "line one\nline two").build());

    var fields = acme.customFields();
    assertThat(fields.get("region")).contains(new FieldValue.PicklistValue("EMEA"));
    assertThat(fields.get("tags").orElseThrow().display()).isEqualTo("a;c");
    assertThat(fields.get("seats")).contains(new FieldValue.IntegerValue(42));
    assertThat(fields.get("score")).contains(new FieldValue.DecimalValue(new BigDecimal("4.5")));
    assertThat(fields.get("contract_value")).contains(new FieldValue.MoneyValue(Money.of("1200.50", "EUR")));
    assertThat(fields.get("renewal")).contains(new FieldValue.DateValue(LocalDate.of(2026, 9, 30)));
    assertThat(fields.get("vip")).contains(new FieldValue.BooleanValue(true));
    assertThat(fields.get("hotline").orElseThrow().display()).isEqualTo("+4930901820");
    assertThat(fields.get("notes").orElseThrow().display()).isEqualTo("line one\nline two");

    var inEmea = session.accounts().list(Query.of(Filter.eq(AccountFields.custom("region", ValueType.TEXT), (Object) "EMEA"),
        Sort.by(AccountFields.NAME)));
    assertThat(inEmea.items()).extracting(Account::id).containsExactly(acme.id());
  }

  @Test
  void requiredFieldsAndLimitsAreCheckedOnEveryWrite() {
    define("region", FieldType.PICKLIST, b -> b.picklistValues("EMEA", "AMER").required(true));
    define("code", FieldType.TEXT, b -> b.maxLength(5));

    assertThatThrownBy(() -> session.accounts().create(account("Acme").custom("code", "TOOLONG").build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("custom.region", "required"),
                org.assertj.core.groups.Tuple.tuple("custom.code", "too_long")));
    Account acme = session.accounts().create(account("Acme").custom("region", "AMER").build());
    assertThatThrownBy(() -> session.accounts().update(acme.id(), acme.version(), d -> d.clearCustom("region")))
        .hasMessageContaining("custom.region");
    assertThatThrownBy(() -> session.accounts().update(acme.id(), acme.version(), d -> d.custom("region", "Mars")))
        .hasMessageContaining("unknown_choice");
  }

  @Test
  void apiNamesAreValidatedAndNeverReused() {
    FieldDefinition tier = define("tier", FieldType.TEXT, b -> b);
    session.fields().retire(tier.id(), tier.version());

    assertThatThrownBy(() -> define("tier", FieldType.TEXT, b -> b)).hasMessageContaining("duplicate");
    assertThatThrownBy(() -> define("Tier-2; DROP", FieldType.TEXT, b -> b)).hasMessageContaining("invalid_name");
    assertThatThrownBy(() -> session.fields().define(FieldDefinitionDraft.builder(RecordKind.USER, "x", FieldType.TEXT).build()))
        .hasMessageContaining("not_customizable");
    assertThatThrownBy(() -> define("level", FieldType.PICKLIST, b -> b)).hasMessageContaining("picklistValues");
  }

  @Test
  void tighteningAFieldIsRefusedWhileStoredValuesWouldBreakIt() {
    FieldDefinition code = define("code", FieldType.TEXT, b -> b.maxLength(20));
    Account acme = session.accounts().create(account("Acme").custom("code", "ABCDEFGHIJ").build());
    session.accounts().create(account("Globex").custom("code", "XYZ").build());
    Footprint before = footprint();

    assertThatThrownBy(() -> session.fields().change(code.id(), code.version(), b -> b.maxLength(5), ExistingValues.REJECT))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code).containsExactly("existing_values_invalid", "existing_value_invalid");
          assertThat(e.getMessage()).contains("1 ACCOUNT records");
          assertThat(e.violations()).extracting(Violation::path).contains("existingValues." + acme.ref());
        });
    assertThat(footprint()).isEqualTo(before);

    FieldDefinition tightened = session.fields().change(code.id(), code.version(), b -> b.maxLength(5), ExistingValues.CLEAR_INVALID);

    assertThat(tightened.maxLength()).contains(5);
    Account cleared = session.accounts().get(acme.id());
    assertThat(cleared.customFields().get("code")).isEmpty();
    assertThat(cleared.version()).isEqualTo(2);
    List<AuditEntry> history = session.audit().historyOf(acme.ref(), 10, Optional.empty()).items();
    assertThat(history.get(1).changes()).containsExactly(FieldChange.of("custom.code", Optional.of("ABCDEFGHIJ"), Optional.empty()));
  }

  @Test
  void clearingInvalidValuesNeverLeavesARequiredFieldEmpty() {
    FieldDefinition code = define("code", FieldType.TEXT, b -> b.required(true));
    session.accounts().create(account("Acme").custom("code", "ABCDEFGH").build());

    assertThatThrownBy(() -> session.fields().change(code.id(), code.version(), b -> b.maxLength(4), ExistingValues.CLEAR_INVALID))
        .hasMessageContaining("required field empty");
    assertThat(session.fields().find(code.id()).orElseThrow().maxLength()).isEmpty();
  }

  @Test
  void clearingAMultiSelectKeepsTheChoicesStillAllowed() {
    FieldDefinition tags = define("tags", FieldType.MULTI_PICKLIST, b -> b.picklistValues("a", "b", "c"));
    Account acme = session.accounts().create(account("Acme").custom("tags", List.of("a", "b")).build());

    session.fields().change(tags.id(), tags.version(), b -> b.picklistValues("a", "c"), ExistingValues.CLEAR_INVALID);

    assertThat(session.accounts().get(acme.id()).customFields().get("tags").orElseThrow().display()).isEqualTo("a");
  }

  @Test
  void aFieldMadeRequiredAfterRecordsExistCanStillBeRelabelled() {
    session.accounts().create(account("Legacy").build());
    FieldDefinition region = define("region", FieldType.TEXT, b -> b.required(true));

    FieldDefinition relabelled = session.fields().change(region.id(), region.version(), b -> b.label("Sales region"),
        ExistingValues.REJECT);

    assertThat(relabelled.label()).isEqualTo("Sales region");
  }

  @Test
  void moneyFieldsHoldTheTenantsBaseCurrency() {
    define("contract_value", FieldType.MONEY, b -> b.max(BigDecimal.valueOf(1000)));

    assertThatThrownBy(() -> session.accounts().create(account("Acme").custom("contract_value", Money.of("999", "BHD")).build()))
        .hasMessageContaining("wrong_currency");
    assertThat(session.accounts().create(account("Acme").custom("contract_value", Money.of("999", "EUR")).build())
        .customFields().get("contract_value")).contains(new FieldValue.MoneyValue(Money.of("999", "EUR")));
  }

  @Test
  void sensitiveInputIsNeverEchoedInErrors() {
    define("ssn", FieldType.INTEGER, b -> b.sensitive(true));

    assertThatThrownBy(() -> session.accounts().create(account("Acme").custom("ssn", "078-05-1120").build()))
        .isInstanceOf(CrmValidationException.class).message().doesNotContain("078-05-1120");
  }

  @Test
  void invisibleTextDoesNotSatisfyARequiredField() {
    define("code", FieldType.TEXT, b -> b.required(true));

    assertThatThrownBy(() -> session.accounts().create(account("Acme").custom("code", "\u200B").build()))
        .hasMessageContaining("custom.code");
  }

  @Test
  void aRetiredFieldKeepsItsValuesButTakesNoNewOnes() {
    FieldDefinition legacy = define("legacy_id", FieldType.TEXT, b -> b);
    Account acme = session.accounts().create(account("Acme").custom("legacy_id", "L-1").build());

    session.fields().retire(legacy.id(), legacy.version());
    Account renamed = session.accounts().update(acme.id(), acme.version(), d -> d.name("Acme Corp"));

    assertThat(renamed.customFields().get("legacy_id")).contains(new FieldValue.TextValue("L-1"));
    assertThatThrownBy(() -> session.accounts().update(renamed.id(), renamed.version(), d -> d.custom("legacy_id", "L-2")))
        .hasMessageContaining("retired");
  }

  @Test
  void sensitiveValuesAreMaskedInAuditAndEvents() {
    define("tax_id", FieldType.TEXT, b -> b.sensitive(true));

    Account acme = session.accounts().create(account("Acme").custom("tax_id", "DE123456789").build());

    AuditEntry created = session.audit().historyOf(acme.ref(), 10, Optional.empty()).items().get(0);
    assertThat(created.changes()).contains(FieldChange.of("custom.tax_id", Optional.empty(), Optional.of(FieldChange.MASKED)));
    assertThat(sink.events().toString()).doesNotContain("DE123456789");
  }

  @Test
  void onlyTextMayWidenToLongText() {
    FieldDefinition seats = define("seats", FieldType.INTEGER, b -> b);
    FieldDefinition memo = define("memo", FieldType.TEXT, b -> b);

    assertThatThrownBy(() -> session.fields().change(seats.id(), seats.version(), b -> b.type(FieldType.TEXT), ExistingValues.REJECT))
        .hasMessageContaining("type_change");
    assertThat(session.fields().change(memo.id(), memo.version(), b -> b.type(FieldType.LONG_TEXT), ExistingValues.REJECT).type())
        .isEqualTo(FieldType.LONG_TEXT);
  }

  @Test
  void longTextCannotBeSortedBy() {
    define("notes", FieldType.LONG_TEXT, b -> b);

    assertThatThrownBy(() -> session.accounts().list(Query.of(Filter.all(), Sort.by(AccountFields.custom("notes", ValueType.TEXT)))))
        .hasMessageContaining("not_sortable");
  }

  @Test
  void queriesOnUnknownCustomFieldsOrOtherKindsAreRejected() {
    assertThatThrownBy(() -> session.accounts().list(Query.of(Filter.eq(AccountFields.custom("nope", ValueType.TEXT), (Object) "x"),
        Sort.byId()))).hasMessageContaining("unknown_field");
  }
}
