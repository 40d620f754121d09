package org.crmkernel.model.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;

/** The fields contacts can be filtered and sorted by. */
public final class ContactFields {

  private static final RecordKind KIND = RecordKind.CONTACT;

  /** The id. */
  public static final StandardField<Contact, UUID> ID = StandardField.required(KIND, "id", UUID.class, c -> c.id().value());
  /** The last name. */
  public static final StandardField<Contact, String> LAST_NAME =
      StandardField.required(KIND, "lastName", String.class, c -> c.name().lastName());
  /** The first name. */
  public static final StandardField<Contact, String> FIRST_NAME =
      StandardField.single(KIND, "firstName", String.class, c -> c.name().firstName());
  /** The job title. */
  public static final StandardField<Contact, String> JOB_TITLE =
      StandardField.single(KIND, "jobTitle", String.class, Contact::jobTitle);
  /** Every e-mail address, lower-cased ({@link Email#matchKey()}). */
  public static final StandardField<Contact, String> EMAIL =
      StandardField.multi(KIND, "email", String.class, c -> c.emails().stream().map(Email::matchKey).toList());
  /** Every phone number in E.164. */
  public static final StandardField<Contact, String> PHONE =
      StandardField.multi(KIND, "phone", String.class, c -> c.phones().stream().map(PhoneNumber::e164).toList());
  /** Every address's city. */
  public static final StandardField<Contact, String> CITY =
      StandardField.multi(KIND, "city", String.class, c -> AccountFields.parts(c.addresses(), PostalAddress::city));
  /** Every address's country code. */
  public static final StandardField<Contact, String> COUNTRY =
      StandardField.multi(KIND, "country", String.class, c -> AccountFields.parts(c.addresses(), PostalAddress::countryCode));
  /** The birth date. */
  public static final StandardField<Contact, LocalDate> BIRTH_DATE =
      StandardField.single(KIND, "birthDate", LocalDate.class, Contact::birthDate);
  /** The account's id. */
  public static final StandardField<Contact, UUID> ACCOUNT_ID =
      StandardField.single(KIND, "accountId", UUID.class, c -> c.accountId().map(a -> a.value()));
  /** The owner's id (a user or a team). */
  public static final StandardField<Contact, UUID> OWNER_ID =
      StandardField.required(KIND, "ownerId", UUID.class, c -> c.ownership().owner().uuid());
  /** The owning business unit's id. */
  public static final StandardField<Contact, UUID> OWNING_UNIT_ID =
      StandardField.required(KIND, "owningUnitId", UUID.class, c -> c.ownership().owningUnitId().value());
  /** The lifecycle state, as the enum constant's name. */
  public static final StandardField<Contact, String> STATE =
      StandardField.required(KIND, "state", String.class, c -> c.state().name());
  /** When it was created. */
  public static final StandardField<Contact, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, c -> c.revision().createdAt());
  /** When it was last changed. */
  public static final StandardField<Contact, Instant> MODIFIED_AT =
      StandardField.required(KIND, "modifiedAt", Instant.class, c -> c.revision().modifiedAt());

  /** Every standard field above. */
  public static final List<StandardField<Contact, ?>> ALL = List.of(ID, LAST_NAME, FIRST_NAME, JOB_TITLE, EMAIL,
      PHONE, CITY, COUNTRY, BIRTH_DATE, ACCOUNT_ID, OWNER_ID, OWNING_UNIT_ID, STATE, CREATED_AT, MODIFIED_AT);

  private ContactFields() {}

  /** A custom field of contacts, by API name and value type. */
  public static CustomFieldRef<Contact> custom(String apiName, ValueType type) {
    return new CustomFieldRef<>(KIND, apiName, type, false);
  }
}
