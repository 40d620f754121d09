package org.crmkernel.model.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;

/** The fields leads can be filtered and sorted by. */
public final class LeadFields {

  private static final RecordKind KIND = RecordKind.LEAD;

  /** The id. */
  public static final StandardField<Lead, UUID> ID = StandardField.required(KIND, "id", UUID.class, l -> l.id().value());
  /** The last name. */
  public static final StandardField<Lead, String> LAST_NAME =
      StandardField.required(KIND, "lastName", String.class, l -> l.name().lastName());
  /** The first name. */
  public static final StandardField<Lead, String> FIRST_NAME =
      StandardField.single(KIND, "firstName", String.class, l -> l.name().firstName());
  /** The company. */
  public static final StandardField<Lead, String> COMPANY = StandardField.single(KIND, "company", String.class, Lead::company);
  /** Every e-mail address, lower-cased ({@link Email#matchKey()}). */
  public static final StandardField<Lead, String> EMAIL =
      StandardField.multi(KIND, "email", String.class, l -> l.emails().stream().map(Email::matchKey).toList());
  /** Every phone number in E.164. */
  public static final StandardField<Lead, String> PHONE =
      StandardField.multi(KIND, "phone", String.class, l -> l.phones().stream().map(PhoneNumber::e164).toList());
  /** The address's country code. */
  public static final StandardField<Lead, String> COUNTRY =
      StandardField.single(KIND, "country", String.class, l -> l.address().flatMap(PostalAddress::countryCode));
  /** The address's postal code. */
  public static final StandardField<Lead, String> POSTAL_CODE =
      StandardField.single(KIND, "postalCode", String.class, l -> l.address().flatMap(PostalAddress::postalCode));
  /** The industry. */
  public static final StandardField<Lead, String> INDUSTRY = StandardField.single(KIND, "industry", String.class, Lead::industry);
  /** The source, such as {@code Web} or {@code Trade show}. */
  public static final StandardField<Lead, String> SOURCE = StandardField.single(KIND, "source", String.class, Lead::source);
  /** The status, as the enum constant's name. */
  public static final StandardField<Lead, String> STATUS =
      StandardField.required(KIND, "status", String.class, l -> l.status().name());
  /** The owner's id (a user or a team). */
  public static final StandardField<Lead, UUID> OWNER_ID =
      StandardField.required(KIND, "ownerId", UUID.class, l -> l.ownership().owner().uuid());
  /** The owning business unit's id. */
  public static final StandardField<Lead, UUID> OWNING_UNIT_ID =
      StandardField.required(KIND, "owningUnitId", UUID.class, l -> l.ownership().owningUnitId().value());
  /** The lifecycle state, as the enum constant's name. */
  public static final StandardField<Lead, String> STATE =
      StandardField.required(KIND, "state", String.class, l -> l.state().name());
  /** When it was created. */
  public static final StandardField<Lead, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, l -> l.revision().createdAt());
  /** When it was last changed. */
  public static final StandardField<Lead, Instant> MODIFIED_AT =
      StandardField.required(KIND, "modifiedAt", Instant.class, l -> l.revision().modifiedAt());

  /** Every standard field above. */
  public static final List<StandardField<Lead, ?>> ALL = List.of(ID, LAST_NAME, FIRST_NAME, COMPANY, EMAIL, PHONE,
      COUNTRY, POSTAL_CODE, INDUSTRY, SOURCE, STATUS, OWNER_ID, OWNING_UNIT_ID, STATE, CREATED_AT, MODIFIED_AT);

  private LeadFields() {}

  /** A custom field of leads, by API name and value type. */
  public static CustomFieldRef<Lead> custom(String apiName, ValueType type) {
    return new CustomFieldRef<>(KIND, apiName, type, false);
  }
}
