package org.crmkernel.model.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.Texts;

/**
 * A deal (Salesforce's opportunity): a potential sale to an account, moving through the stages of
 * one pipeline. {@link #status} and {@link #forecast} are copied from the stage when the deal
 * enters it, so that later edits of the pipeline never rewrite deals.
 *
 * @param probability 0 to 100: 100 when won, 0 when lost
 * @param probabilitySource whether {@code probability} is the stage's default or an override
 * @param expectedCloseDate when the deal is expected to close
 * @param closedOn the day it closed: present exactly when it is won or lost
 * @param lostReason why it was lost; only on a lost deal
 * @param originatingLead the lead it was converted from, if any
 * @param stageEnteredAt when the deal entered its current stage
 */
public record Deal(
    DealId id,
    TenantId tenantId,
    String name,
    AccountId account,
    Optional<ContactId> primaryContact,
    PipelineId pipeline,
    StageId stage,
    StageCategory status,
    ForecastCategory forecast,
    Optional<Money> amount,
    int probability,
    ProbabilitySource probabilitySource,
    Optional<LocalDate> expectedCloseDate,
    Optional<LocalDate> closedOn,
    Optional<String> lostReason,
    Optional<String> competitor,
    Optional<String> source,
    Optional<String> nextStep,
    Optional<LeadId> originatingLead,
    Instant stageEnteredAt,
    Ownership ownership,
    RecordState state,
    CustomFields customFields,
    Revision revision)
    implements OwnedRecord<DealId>, Customizable {

  /** Limits in characters. */
  public static final int MAX_NAME = 120, MAX_REASON = 255, MAX_COMPETITOR = 120, MAX_SOURCE = 80, MAX_NEXT_STEP = 255;
  /** The earliest date a deal may carry. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  /** The latest date a deal may carry. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

  /** Validates every field and the invariants between status, probability and dates, listing all problems. */
  public Deal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(primaryContact, "primaryContact");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(probabilitySource, "probabilitySource");
    Objects.requireNonNull(expectedCloseDate, "expectedCloseDate");
    Objects.requireNonNull(closedOn, "closedOn");
    Objects.requireNonNull(originatingLead, "originatingLead");
    Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleaned = Texts.required(name, "name", MAX_NAME, v);
    name = cleaned == null ? "" : cleaned;
    lostReason = Texts.optional(lostReason, "lostReason", MAX_REASON, v);
    competitor = Texts.optional(competitor, "competitor", MAX_COMPETITOR, v);
    source = Texts.optional(source, "source", MAX_SOURCE, v);
    nextStep = Texts.optional(nextStep, "nextStep", MAX_NEXT_STEP, v);
    amount.ifPresent(a -> v.check(!a.isNegative(), "amount", "negative", "must not be negative"));
    v.check(probability >= 0 && probability <= 100, "probability", "out_of_range", "must be between 0 and 100");
    expectedCloseDate.ifPresent(d -> checkDate(d, "expectedCloseDate", v));
    closedOn.ifPresent(d -> checkDate(d, "closedOn", v));
    switch (status) {
      case WON -> {
        v.check(probability == 100, "probability", "won_is_certain", "a won deal has probability 100");
        v.check(forecast == ForecastCategory.CLOSED, "forecast", "won_is_closed", "a won deal is forecast as CLOSED");
      }
      case LOST -> {
        v.check(probability == 0, "probability", "lost_is_zero", "a lost deal has probability 0");
        v.check(forecast == ForecastCategory.OMITTED, "forecast", "lost_is_omitted", "a lost deal is OMITTED");
      }
      case OPEN -> v.check(forecast != ForecastCategory.CLOSED, "forecast", "open_not_closed",
          "an open deal cannot be forecast as CLOSED");
    }
    v.check(status.isClosed() == closedOn.isPresent(), "closedOn", status.isClosed() ? "required" : "not_closed",
        status.isClosed() ? "a closed deal has a close date" : "an open deal has no close date");
    v.check(status == StageCategory.LOST || lostReason.isEmpty(), "lostReason", "not_lost",
        "only a lost deal has a lost reason");
    v.throwIfAny();
  }

  private static void checkDate(LocalDate date, String path, Violations v) {
    v.check(!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE), path, "out_of_range",
        "must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
  }

  /** Whether the deal is won or lost. */
  public boolean isClosed() {
    return status.isClosed();
  }

  /** The tracked values of this deal, as its history records them. */
  public DealSnapshot snapshot() {
    return DealSnapshot.of(this);
  }

  /** This deal with another owner. */
  public Deal withOwnership(Ownership next) {
    return new Deal(id, tenantId, name, account, primaryContact, pipeline, stage, status, forecast, amount, probability,
        probabilitySource, expectedCloseDate, closedOn, lostReason, competitor, source, nextStep, originatingLead,
        stageEnteredAt, next, state, customFields, revision);
  }

  /** This deal in another lifecycle state. */
  public Deal withState(RecordState next) {
    return new Deal(id, tenantId, name, account, primaryContact, pipeline, stage, status, forecast, amount, probability,
        probabilitySource, expectedCloseDate, closedOn, lostReason, competitor, source, nextStep, originatingLead,
        stageEnteredAt, ownership, next, customFields, revision);
  }

  /** This deal with other custom field values. */
  public Deal withCustomFields(CustomFields next) {
    return new Deal(id, tenantId, name, account, primaryContact, pipeline, stage, status, forecast, amount, probability,
        probabilitySource, expectedCloseDate, closedOn, lostReason, competitor, source, nextStep, originatingLead,
        stageEnteredAt, ownership, state, next, revision);
  }

  /** This deal with another revision. */
  public Deal withRevision(Revision next) {
    return new Deal(id, tenantId, name, account, primaryContact, pipeline, stage, status, forecast, amount, probability,
        probabilitySource, expectedCloseDate, closedOn, lostReason, competitor, source, nextStep, originatingLead,
        stageEnteredAt, ownership, state, customFields, next);
  }
}
