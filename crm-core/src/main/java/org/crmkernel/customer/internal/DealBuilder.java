package org.crmkernel.customer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Money;

/** Changed copies of a deal; {@link #build()} runs the record's checks. */
final class DealBuilder {
  private final DealId id;
  private final TenantId tenantId;
  private String name;
  private AccountId account;
  private Optional<ContactId> primaryContact;
  private PipelineId pipeline;
  private StageId stage;
  private StageCategory status;
  private ForecastCategory forecast;
  private Optional<Money> amount;
  private int probability;
  private ProbabilitySource probabilitySource;
  private Optional<LocalDate> expectedCloseDate;
  private Optional<LocalDate> closedOn;
  private Optional<String> lostReason;
  private Optional<String> competitor;
  private Optional<String> source;
  private Optional<String> nextStep;
  private Optional<LeadId> originatingLead;
  private Instant stageEnteredAt;
  private Ownership ownership;
  private RecordState state;
  private CustomFields customFields;
  private Revision revision;

  DealBuilder(Deal d) {
    id = d.id();
    tenantId = d.tenantId();
    name = d.name();
    account = d.account();
    primaryContact = d.primaryContact();
    pipeline = d.pipeline();
    stage = d.stage();
    status = d.status();
    forecast = d.forecast();
    amount = d.amount();
    probability = d.probability();
    probabilitySource = d.probabilitySource();
    expectedCloseDate = d.expectedCloseDate();
    closedOn = d.closedOn();
    lostReason = d.lostReason();
    competitor = d.competitor();
    source = d.source();
    nextStep = d.nextStep();
    originatingLead = d.originatingLead();
    stageEnteredAt = d.stageEnteredAt();
    ownership = d.ownership();
    state = d.state();
    customFields = d.customFields();
    revision = d.revision();
  }

  /** Sets the name. */
  DealBuilder name(String value) { name = value; return this; }
  /** Sets the account. */
  DealBuilder account(AccountId value) { account = value; return this; }
  /** Sets the primary contact. */
  DealBuilder primaryContact(Optional<ContactId> value) { primaryContact = value; return this; }
  /** Puts the deal at {@code value} of {@code in}, taking the stage's category and forecast, entered at {@code at}. */
  DealBuilder stage(PipelineId in, Stage value, Instant at) {
    pipeline = in;
    stage = value.id();
    status = value.category();
    forecast = value.forecast();
    stageEnteredAt = at;
    return this;
  }
  /** Sets the amount. */
  DealBuilder amount(Optional<Money> value) { amount = value; return this; }
  /** Sets the probability and where it came from. */
  DealBuilder probability(int value, ProbabilitySource from) { probability = value; probabilitySource = from; return this; }
  /** Sets the expected close date. */
  DealBuilder expectedCloseDate(Optional<LocalDate> value) { expectedCloseDate = value; return this; }
  /** Sets the day the deal closed. */
  DealBuilder closedOn(Optional<LocalDate> value) { closedOn = value; return this; }
  /** Sets the lost reason. */
  DealBuilder lostReason(Optional<String> value) { lostReason = value; return this; }
  /** Sets the competitor. */
  DealBuilder competitor(Optional<String> value) { competitor = value; return this; }
  /** Sets the source. */
  DealBuilder source(Optional<String> value) { source = value; return this; }
  /** Sets the next step. */
  DealBuilder nextStep(Optional<String> value) { nextStep = value; return this; }
  /** Sets the owner. */
  DealBuilder ownership(Ownership value) { ownership = value; return this; }
  /** Sets the lifecycle state. */
  DealBuilder state(RecordState value) { state = value; return this; }
  /** Sets the custom field values. */
  DealBuilder customFields(CustomFields value) { customFields = value; return this; }
  /** Sets the revision. */
  DealBuilder revision(Revision value) { revision = value; return this; }

  /** The deal, checked. */
  Deal build() {
    return new Deal(id, tenantId, name, account, primaryContact, pipeline, stage, status, forecast, amount, probability,
        probabilitySource, expectedCloseDate, closedOn, lostReason, competitor, source, nextStep, originatingLead,
        stageEnteredAt, ownership, state, customFields, revision);
  }
}
