package org.crmkernel.model.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;

/** The fields accounts can be filtered and sorted by. */
public final class AccountFields {

  private static final RecordKind KIND = RecordKind.ACCOUNT;

  /** The id. */
  public static final StandardField<Account, UUID> ID = StandardField.required(KIND, "id", UUID.class, a -> a.id().value());
  /** The name. */
  public static final StandardField<Account, String> NAME = StandardField.required(KIND, "name", String.class, Account::name);
  /** The website. */
  public static final StandardField<Account, String> WEBSITE = StandardField.single(KIND, "website", String.class, Account::website);
  /** The industry. */
  public static final StandardField<Account, String> INDUSTRY = StandardField.single(KIND, "industry", String.class, Account::industry);
  /** The number of employees. */
  public static final StandardField<Account, Long> EMPLOYEE_COUNT =
      StandardField.single(KIND, "employeeCount", Long.class, a -> a.employeeCount().map(Integer::longValue));
  /** The annual revenue's amount, in its own currency. */
  public static final StandardField<Account, BigDecimal> ANNUAL_REVENUE =
      StandardField.single(KIND, "annualRevenue", BigDecimal.class, a -> a.annualRevenue().map(m -> m.amount()));
  /** The annual revenue's ISO 4217 currency code. */
  public static final StandardField<Account, String> ANNUAL_REVENUE_CURRENCY = StandardField.single(
      KIND, "annualRevenueCurrency", String.class, a -> a.annualRevenue().map(m -> m.currency().getCurrencyCode()));
  /** Every e-mail address, lower-cased ({@link Email#matchKey()}). */
  public static final StandardField<Account, String> EMAIL =
      StandardField.multi(KIND, "email", String.class, a -> a.emails().stream().map(Email::matchKey).toList());
  /** Every phone number in E.164. */
  public static final StandardField<Account, String> PHONE =
      StandardField.multi(KIND, "phone", String.class, a -> a.phones().stream().map(PhoneNumber::e164).toList());
  /** Every address's city. */
  public static final StandardField<Account, String> CITY =
      StandardField.multi(KIND, "city", String.class, a -> parts(a.addresses(), PostalAddress::city));
  /** Every address's country code. */
  public static final StandardField<Account, String> COUNTRY =
      StandardField.multi(KIND, "country", String.class, a -> parts(a.addresses(), PostalAddress::countryCode));
  /** Every address's postal code. */
  public static final StandardField<Account, String> POSTAL_CODE =
      StandardField.multi(KIND, "postalCode", String.class, a -> parts(a.addresses(), PostalAddress::postalCode));
  /** The parent account's id. */
  public static final StandardField<Account, UUID> PARENT_ACCOUNT_ID =
      StandardField.single(KIND, "parentAccountId", UUID.class, a -> a.parentAccountId().map(p -> p.value()));
  /** The owner's id (a user or a team). */
  public static final StandardField<Account, UUID> OWNER_ID =
      StandardField.required(KIND, "ownerId", UUID.class, a -> a.ownership().owner().uuid());
  /** The owning business unit's id. */
  public static final StandardField<Account, UUID> OWNING_UNIT_ID =
      StandardField.required(KIND, "owningUnitId", UUID.class, a -> a.ownership().owningUnitId().value());
  /** The lifecycle state, as the enum constant's name. */
  public static final StandardField<Account, String> STATE =
      StandardField.required(KIND, "state", String.class, a -> a.state().name());
  /** When it was created. */
  public static final StandardField<Account, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, a -> a.revision().createdAt());
  /** When it was last changed. */
  public static final StandardField<Account, Instant> MODIFIED_AT =
      StandardField.required(KIND, "modifiedAt", Instant.class, a -> a.revision().modifiedAt());

  /** Every standard field above. */
  public static final List<StandardField<Account, ?>> ALL = List.of(ID, NAME, WEBSITE, INDUSTRY, EMPLOYEE_COUNT,
      ANNUAL_REVENUE, ANNUAL_REVENUE_CURRENCY, EMAIL, PHONE, CITY, COUNTRY, POSTAL_CODE, PARENT_ACCOUNT_ID,
      OWNER_ID, OWNING_UNIT_ID, STATE, CREATED_AT, MODIFIED_AT);

  private AccountFields() {}

  /** A custom field of accounts, by API name and value type. */
  public static CustomFieldRef<Account> custom(String apiName, ValueType type) {
    return new CustomFieldRef<>(KIND, apiName, type, false);
  }

  static List<String> parts(List<PostalAddress> addresses, java.util.function.Function<PostalAddress, Optional<String>> part) {
    return addresses.stream().map(part).flatMap(Optional::stream).toList();
  }
}
