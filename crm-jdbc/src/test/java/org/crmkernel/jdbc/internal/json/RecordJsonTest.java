package org.crmkernel.jdbc.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stored JSON form by example: its exact text, edge values, and corrupt texts failing clearly. */
class RecordJsonTest {

  private static final String BEYOND_BMP = "\uD835\uDD18"; // U+1D518, two UTF-16 units
  private static final TenantId TENANT = TenantId.of(UUID.fromString("00000000-0000-7000-8000-000000000002"));
  private static final BusinessUnit UNIT = new BusinessUnit(
      BusinessUnitId.of(UUID.fromString("00000000-0000-7000-8000-000000000001")), TENANT, "Sales " + BEYOND_BMP,
      Optional.empty(), true,
      new Revision(2, Instant.parse("2024-01-01T00:00:00.000000001Z"), Instant.parse("2024-01-02T00:00:00Z")));
  private static final String UNIT_JSON = "{\"id\":\"00000000-0000-7000-8000-000000000001\","
      + "\"tenantId\":\"00000000-0000-7000-8000-000000000002\",\"name\":\"Sales " + BEYOND_BMP + "\",\"active\":true,"
      + "\"revision\":{\"version\":2,\"createdAt\":\"2024-01-01T00:00:00.000000001Z\","
      + "\"modifiedAt\":\"2024-01-02T00:00:00Z\"}}";

  @Test
  void writesTheDocumentedFormat() {
    assertThat(RecordJson.encode(UNIT)).isEqualTo(UNIT_JSON);
    assertThat(RecordJson.decode(UNIT_JSON, BusinessUnit.class)).isEqualTo(UNIT);
  }

  @Test
  void keepsEveryFieldValueTypeAtItsLimits() {
    Map<String, FieldValue> values = new TreeMap<>();
    values.put("text", new FieldValue.TextValue(BEYOND_BMP.repeat(32_000)));
    values.put("integer_min", new FieldValue.IntegerValue(Long.MIN_VALUE));
    values.put("integer_max", new FieldValue.IntegerValue(Long.MAX_VALUE));
    values.put("decimal_wide", new FieldValue.DecimalValue(new BigDecimal("-999999999999999999999999.999999999999999999")));
    values.put("decimal_tiny", new FieldValue.DecimalValue(new BigDecimal("1E-18")));
    values.put("decimal_round", new FieldValue.DecimalValue(new BigDecimal("1E+20")));
    values.put("money", new FieldValue.MoneyValue(Money.of("999999999999999999.999999", "BHD")));
    values.put("money_yen", new FieldValue.MoneyValue(Money.of("-7", "JPY")));
    values.put("date_min", new FieldValue.DateValue(LocalDate.MIN));
    values.put("date_max", new FieldValue.DateValue(LocalDate.MAX));
    values.put("instant_min", new FieldValue.DateTimeValue(Instant.MIN));
    values.put("instant_max", new FieldValue.DateTimeValue(Instant.MAX));
    values.put("instant_nanos", new FieldValue.DateTimeValue(Instant.parse("1969-12-31T23:59:59.999999999Z")));
    values.put("yes", new FieldValue.BooleanValue(true));
    values.put("no", new FieldValue.BooleanValue(false));
    values.put("choice", new FieldValue.PicklistValue("\u00C9mile " + BEYOND_BMP));
    values.put("choices", new FieldValue.MultiPicklistValue(new TreeSet<>(Set.of("b", "a", BEYOND_BMP, "\u00C9"))));
    values.put("mail", new FieldValue.EmailValue(new Email("j\u00F6rg+x@xn--bcher-kva.example")));
    values.put("phone", new FieldValue.PhoneValue(new PhoneNumber("+4930123456", Optional.of("0012"))));
    values.put("phone_plain", new FieldValue.PhoneValue(PhoneNumber.ofE164("+14155552671")));
    values.put("url", new FieldValue.UrlValue("https://example.com/\u00E4?q=\"quoted\"&x=\\"));
    Account account = account(CustomFields.of(values), Optional.of(Money.of("12.5", "EUR")));

    String json = RecordJson.encode(account);

    assertThat(RecordJson.decode(json, Account.class)).isEqualTo(account);
    assertThat(json).contains(
        "\"annualRevenue\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}",
        "\"decimal_tiny\":{\"type\":\"decimal\",\"value\":\"1E-18\"}",
        "\"decimal_round\":{\"type\":\"decimal\",\"value\":\"100000000000000000000\"}",
        "\"money_yen\":{\"type\":\"money\",\"money\":{\"amount\":\"-7\",\"currency\":\"JPY\"}}",
        "\"instant_nanos\":{\"type\":\"dateTime\",\"instant\":\"1969-12-31T23:59:59.999999999Z\"}",
        "\"date_max\":{\"type\":\"date\",\"date\":\"+999999999-12-31\"}",
        "\"yes\":{\"type\":\"boolean\",\"value\":true}",
        "\"integer_min\":{\"type\":\"integer\",\"value\":-9223372036854775808}",
        "\"choices\":{\"type\":\"multiPicklist\",\"choices\":[\"a\",\"b\",\"\u00C9\",\"" + BEYOND_BMP + "\"]}",
        "\"mail\":{\"type\":\"email\",\"email\":\"j\u00F6rg+x@xn--bcher-kva.example\"}",
        "\"phone\":{\"type\":\"phone\",\"phone\":{\"e164\":\"+4930123456\",\"extension\":\"0012\"}}",
        "\"phone_plain\":{\"type\":\"phone\",\"phone\":{\"e164\":\"+14155552671\"}}",
        "\"choice\":{\"type\":\"picklist\",\"choice\":",
        "\"text\":{\"type\":\"text\",\"text\":",
        "\"url\":{\"type\":\"url\",\"url\":");
  }

  @Test
  void keepsEmptyCollectionsAndLeavesOutEmptyOptionals() {
    Account bare = account(CustomFields.none(), Optional.empty());

    String json = RecordJson.encode(bare);

    assertThat(json).contains("\"addresses\":[]", "\"phones\":[]", "\"emails\":[]", "\"customFields\":{}")
        .doesNotContain("website", "industry", "employeeCount", "annualRevenue", "parentAccountId", "null");
    assertThat(RecordJson.decode(json, Account.class)).isEqualTo(bare);
    assertThat(RecordJson.decode(json.replace("\"state\"", "\"website\":null,\"state\""), Account.class))
        .as("an explicit null reads as an empty optional").isEqualTo(bare);
  }

  @Test
  void keepsTextsAtTheirLongestInCodePoints() {
    String longest = BEYOND_BMP.repeat(Account.MAX_NAME);
    Account account = new Account(AccountId.of(new UUID(-1, -1)), TENANT, longest, Optional.empty(),
        Optional.of("\u00E9".repeat(Account.MAX_INDUSTRY)), Optional.of(10_000_000), Optional.empty(),
        List.of(PostalAddress.of("Line 1\nLine 2 " + BEYOND_BMP, "M\u00FCnchen", "80331", "de")),
        List.of(), List.of(), Optional.empty(), ownership(), RecordState.ARCHIVED, CustomFields.none(), revision());

    assertThat(RecordJson.decode(RecordJson.encode(account), Account.class)).isEqualTo(account);
  }

  @Test
  void findsAVariantsTagAfterItsOtherMembers() {
    Account account = account(CustomFields.of(Map.of("a", new FieldValue.MoneyValue(Money.of("1", "EUR")))),
        Optional.empty());
    String json = RecordJson.encode(account)
        .replace("{\"type\":\"money\",\"money\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}",
            "{\"money\":{\"currency\":\"EUR\",\"amount\":\"1.00\"},\"type\":\"money\"}")
        .replace("{\"type\":\"team\",\"teamId\":\"00000000-0000-0000-0000-000000000007\"}",
            "{\"teamId\":\"00000000-0000-0000-0000-000000000007\",\"type\":\"team\"}");

    assertThat(json).contains("\"type\":\"money\"}", "\"type\":\"team\"}");
    assertThat(RecordJson.decode(json, Account.class)).isEqualTo(account);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not JSON at all          | <all>                                 | <garbage>                                     | Unexpected character
      cut short                | <all>                                 | {"id":"00000000-0000-7000-8000-000000000001", | end-of-input
      an unknown member        | "active":true                         | "active":true,"colour":"red"                  | BusinessUnit has no member 'colour'
      a missing member         | "active":true,                        | ''                                            | BusinessUnit lacks 'active'
      a null member            | "active":true                         | "active":null                                 | BusinessUnit.active is null
      a repeated member        | "active":true                         | "active":true,"active":false                  | Duplicate Object property "active"
      an invalid nested record | "version":2                           | "version":0                                   | invalid Revision: version must be at least 1
      time running backwards   | "createdAt":"2024-01-01T00:00:00.000000001Z" | "createdAt":"2024-01-03T00:00:00Z"     | invalid Revision: modifiedAt
      a blank name             | "name":"Sales \uD835\uDD18"           | "name":" "                                    | invalid BusinessUnit: 1 violation: name: must not be blank
      a shortened UUID         | "active":true                         | "parentId":"1-1-1-1-1","active":true          | '1-1-1-1-1' is not a UUID
      a number for a UUID      | "active":true                         | "parentId":7,"active":true                    | expected a string for a UUID
      a string for a boolean   | "active":true                         | "active":"true"                               | Cannot coerce String value ("true") to `boolean`
      trailing data            | Z"}}                                  | Z"}} {}                                       | Trailing token
      """)
  void refusesACorruptTextNamingTheType(String what, String target, String replacement, String problem) {
    String corrupt = target.equals("<all>") ? replacement : UNIT_JSON.replace(target, replacement);
    assertThat(corrupt).as("the change applies").isNotEqualTo(UNIT_JSON);

    assertThatThrownBy(() -> RecordJson.decode(corrupt, BusinessUnit.class))
        .as(what + ": " + corrupt)
        .isInstanceOf(RecordJsonException.class)
        .hasMessageStartingWith("stored JSON is not a valid BusinessUnit: ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((RecordJsonException) e).recordType()).isEqualTo("BusinessUnit"));
  }

  @Test
  void refusesUnknownTagsAndValuesTheModelRefuses() {
    String json = RecordJson.encode(account(CustomFields.of(Map.of("a", new FieldValue.IntegerValue(1))),
        Optional.of(Money.of("5", "USD"))));

    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"type\":\"team\"", "\"type\":\"robot\""), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("unknown Owner type 'robot'");
    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"type\":\"integer\",", ""), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("FieldValue lacks its 'type' tag");
    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"5.00\"", "\"-5.00\""), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("invalid Account");
    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"5.00\"", "\"5.0000001\""), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("invalid Money");
    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"USD\"", "\"XYZ\""), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("'XYZ' is not a Currency");
    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"value\":1", "\"value\":1.5"), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("Cannot coerce Floating-point value");
    assertThatThrownBy(() -> RecordJson.decode(json.replace("\"ACTIVE\"", "\"GONE\""), Account.class))
        .isInstanceOf(RecordJsonException.class).hasMessageContaining("'GONE' is not a RecordState");
  }

  @Test
  void readsAndWritesOnlyStoredTypes() {
    assertThatThrownBy(() -> RecordJson.encode(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordJson.decode("{}", Money.class)).isInstanceOf(IllegalArgumentException.class);
    assertThat(RecordJson.storedTypes()).hasSize(17);
  }

  private static Account account(CustomFields customFields, Optional<Money> revenue) {
    return new Account(AccountId.of(new UUID(0, 9)), TENANT, "Acme", Optional.empty(), Optional.empty(),
        Optional.empty(), revenue, List.of(), List.of(), List.of(), Optional.empty(), ownership(), RecordState.ACTIVE,
        customFields, revision());
  }

  private static Ownership ownership() {
    return new Ownership(Owner.team(TeamId.of(new UUID(0, 7))), BusinessUnitId.of(new UUID(0, 8)));
  }

  private static Revision revision() {
    return new Revision(3, Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("2024-03-01T00:00:00Z"));
  }
}
