package org.crmkernel.model.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Money;

/** The fields deals can be filtered and sorted by. */
public final class DealFields {

  private static final RecordKind KIND = RecordKind.DEAL;

  /** The id. */
  public static final StandardField<Deal, UUID> ID = StandardField.required(KIND, "id", UUID.class, d -> d.id().value());
  /** The name. */
  public static final StandardField<Deal, String> NAME = StandardField.required(KIND, "name", String.class, Deal::name);
  /** The account's id. */
  public static final StandardField<Deal, UUID> ACCOUNT_ID =
      StandardField.required(KIND, "accountId", UUID.class, d -> d.account().value());
  /** The primary contact's id. */
  public static final StandardField<Deal, UUID> PRIMARY_CONTACT_ID =
      StandardField.single(KIND, "primaryContactId", UUID.class, d -> d.primaryContact().map(ContactId::value));
  /** The pipeline's id. */
  public static final StandardField<Deal, UUID> PIPELINE_ID =
      StandardField.required(KIND, "pipelineId", UUID.class, d -> d.pipeline().value());
  /** The current stage's id. */
  public static final StandardField<Deal, UUID> STAGE_ID =
      StandardField.required(KIND, "stageId", UUID.class, d -> d.stage().value());
  /** Open, won or lost, as the enum constant's name. */
  public static final StandardField<Deal, String> STATUS =
      StandardField.required(KIND, "status", String.class, d -> d.status().name());
  /** The forecast category, as the enum constant's name. */
  public static final StandardField<Deal, String> FORECAST =
      StandardField.required(KIND, "forecast", String.class, d -> d.forecast().name());
  /** The amount, in its own currency. */
  public static final StandardField<Deal, BigDecimal> AMOUNT =
      StandardField.single(KIND, "amount", BigDecimal.class, d -> d.amount().map(Money::amount));
  /** The amount's ISO 4217 currency code. */
  public static final StandardField<Deal, String> CURRENCY =
      StandardField.single(KIND, "currency", String.class, d -> d.amount().map(m -> m.currency().getCurrencyCode()));
  /** The probability, 0 to 100. */
  public static final StandardField<Deal, Long> PROBABILITY =
      StandardField.required(KIND, "probability", Long.class, d -> (long) d.probability());
  /** The expected close date. */
  public static final StandardField<Deal, LocalDate> EXPECTED_CLOSE_DATE =
      StandardField.single(KIND, "expectedCloseDate", LocalDate.class, Deal::expectedCloseDate);
  /** The day the deal closed. */
  public static final StandardField<Deal, LocalDate> CLOSED_ON =
      StandardField.single(KIND, "closedOn", LocalDate.class, Deal::closedOn);
  /** The source. */
  public static final StandardField<Deal, String> SOURCE = StandardField.single(KIND, "source", String.class, Deal::source);
  /** The competitor. */
  public static final StandardField<Deal, String> COMPETITOR =
      StandardField.single(KIND, "competitor", String.class, Deal::competitor);
  /** The lead the deal was converted from. */
  public static final StandardField<Deal, UUID> ORIGINATING_LEAD_ID =
      StandardField.single(KIND, "originatingLeadId", UUID.class, d -> d.originatingLead().map(LeadId::value));
  /** When the deal entered its current stage. */
  public static final StandardField<Deal, Instant> STAGE_ENTERED_AT =
      StandardField.required(KIND, "stageEnteredAt", Instant.class, Deal::stageEnteredAt);
  /** The owner's id (a user or a team). */
  public static final StandardField<Deal, UUID> OWNER_ID =
      StandardField.required(KIND, "ownerId", UUID.class, d -> d.ownership().owner().uuid());
  /** The owning business unit's id. */
  public static final StandardField<Deal, UUID> OWNING_UNIT_ID =
      StandardField.required(KIND, "owningUnitId", UUID.class, d -> d.ownership().owningUnitId().value());
  /** The lifecycle state, as the enum constant's name. */
  public static final StandardField<Deal, String> STATE =
      StandardField.required(KIND, "state", String.class, d -> d.state().name());
  /** When it was created. */
  public static final StandardField<Deal, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, d -> d.revision().createdAt());
  /** When it was last changed. */
  public static final StandardField<Deal, Instant> MODIFIED_AT =
      StandardField.required(KIND, "modifiedAt", Instant.class, d -> d.revision().modifiedAt());

  /** Every standard field above. */
  public static final List<StandardField<Deal, ?>> ALL = List.of(ID, NAME, ACCOUNT_ID, PRIMARY_CONTACT_ID, PIPELINE_ID,
      STAGE_ID, STATUS, FORECAST, AMOUNT, CURRENCY, PROBABILITY, EXPECTED_CLOSE_DATE, CLOSED_ON, SOURCE, COMPETITOR,
      ORIGINATING_LEAD_ID, STAGE_ENTERED_AT, OWNER_ID, OWNING_UNIT_ID, STATE, CREATED_AT, MODIFIED_AT);

  private DealFields() {}

  /** A custom field of deals, by API name and value type. */
  public static CustomFieldRef<Deal> custom(String apiName, ValueType type) {
    return new CustomFieldRef<>(KIND, apiName, type, false);
  }

}
