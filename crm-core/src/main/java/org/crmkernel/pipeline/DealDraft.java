package org.crmkernel.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a caller says about a deal. A new deal starts at {@link #stage}, or the pipeline's first
 * open stage; its probability is the stage's default unless {@link #probability} overrides it.
 * On update, the stage may move between open stages (closing and reopening have their own
 * actions).
 *
 * @param probability an override of the stage's default probability, 0 to 100
 * @param originatingLead the lead the deal came from; set on creation only (lead conversion sets it);
 *     in a user session it needs append-to on the lead, as the account and contact do
 */
public record DealDraft(
    @Size(max = Deal.MAX_NAME) String name,
    AccountId account,
    Optional<ContactId> primaryContact,
    PipelineId pipeline,
    Optional<StageId> stage,
    Optional<Money> amount,
    Optional<@Min(0) @Max(100) Integer> probability,
    Optional<LocalDate> expectedCloseDate,
    Optional<@Size(max = Deal.MAX_COMPETITOR) String> competitor,
    Optional<@Size(max = Deal.MAX_SOURCE) String> source,
    Optional<@Size(max = Deal.MAX_NEXT_STEP) String> nextStep,
    Optional<Owner> owner,
    Optional<LeadId> originatingLead,
    Map<String, Object> custom) {

  /** Rejects missing parts and copies the custom values (a null value clears the field). */
  public DealDraft {
    Arguments.present(name, "name");
    Arguments.present(account, "account");
    Arguments.present(primaryContact, "primaryContact");
    Arguments.present(pipeline, "pipeline");
    Arguments.present(stage, "stage");
    Arguments.present(amount, "amount");
    Arguments.present(probability, "probability");
    Arguments.present(expectedCloseDate, "expectedCloseDate");
    Arguments.present(competitor, "competitor");
    Arguments.present(source, "source");
    Arguments.present(nextStep, "nextStep");
    Arguments.present(owner, "owner");
    Arguments.present(originatingLead, "originatingLead");
    custom = Arguments.customValues(custom);
  }

  /** A builder for a deal called {@code name} with {@code account}, in {@code pipeline}. */
  public static Builder builder(String name, AccountId account, PipelineId pipeline) {
    return new Builder(name, account, pipeline);
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name, account, pipeline);
    b.primaryContact = primaryContact;
    b.stage = stage;
    b.amount = amount;
    b.probability = probability;
    b.expectedCloseDate = expectedCloseDate;
    b.competitor = competitor;
    b.source = source;
    b.nextStep = nextStep;
    b.owner = owner;
    b.originatingLead = originatingLead;
    b.custom = new HashMap<>(custom);
    return b;
  }

  /** Builds a {@link DealDraft}; every setter rejects null, and {@code Optional} setters take empty for none. */
  public static final class Builder {
    private String name;
    private AccountId account;
    private PipelineId pipeline;
    private Optional<ContactId> primaryContact = Optional.empty();
    private Optional<StageId> stage = Optional.empty();
    private Optional<Money> amount = Optional.empty();
    private Optional<Integer> probability = Optional.empty();
    private Optional<LocalDate> expectedCloseDate = Optional.empty();
    private Optional<String> competitor = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> nextStep = Optional.empty();
    private Optional<Owner> owner = Optional.empty();
    private Optional<LeadId> originatingLead = Optional.empty();
    private Map<String, Object> custom = new HashMap<>();

    private Builder(String name, AccountId account, PipelineId pipeline) {
      this.name = Arguments.present(name, "name");
      this.account = Arguments.present(account, "account");
      this.pipeline = Arguments.present(pipeline, "pipeline");
    }

    /** The name. */
    public Builder name(String value) {
      name = Arguments.present(value, "name");
      return this;
    }

    /** The account. */
    public Builder account(AccountId value) {
      account = Arguments.present(value, "account");
      return this;
    }

    /** The primary contact, or none. */
    public Builder primaryContact(Optional<ContactId> value) {
      primaryContact = Arguments.present(value, "primaryContact");
      return this;
    }

    /** The primary contact. */
    public Builder primaryContact(ContactId value) {
      return primaryContact(Optional.of(Arguments.present(value, "primaryContact")));
    }

    /** The pipeline and the stage in it. */
    public Builder stage(PipelineId inPipeline, StageId value) {
      pipeline = Arguments.present(inPipeline, "pipeline");
      stage = Optional.of(Arguments.present(value, "stage"));
      return this;
    }

    /** The stage in the draft's pipeline. */
    public Builder stage(StageId value) {
      stage = Optional.of(Arguments.present(value, "stage"));
      return this;
    }

    /** The amount, or none. */
    public Builder amount(Optional<Money> value) {
      amount = Arguments.present(value, "amount");
      return this;
    }

    /** The amount. */
    public Builder amount(Money value) {
      return amount(Optional.of(Arguments.present(value, "amount")));
    }

    /** The amount, parsed from a decimal and an ISO 4217 code. */
    public Builder amount(String value, String currency) {
      return amount(Money.of(value, currency));
    }

    /** An override of the stage's default probability, or none to use the default. */
    public Builder probability(Optional<Integer> value) {
      probability = Arguments.present(value, "probability");
      return this;
    }

    /** An override of the stage's default probability, 0 to 100. */
    public Builder probability(int value) {
      return probability(Optional.of(value));
    }

    /** The expected close date, or none. */
    public Builder expectedCloseDate(Optional<LocalDate> value) {
      expectedCloseDate = Arguments.present(value, "expectedCloseDate");
      return this;
    }

    /** The expected close date. */
    public Builder expectedCloseDate(LocalDate value) {
      return expectedCloseDate(Optional.of(Arguments.present(value, "expectedCloseDate")));
    }

    /** The main competitor. */
    public Builder competitor(@Nullable String value) {
      competitor = Optional.ofNullable(value);
      return this;
    }

    /** Where the deal came from. */
    public Builder source(@Nullable String value) {
      source = Optional.ofNullable(value);
      return this;
    }

    /** The next step. */
    public Builder nextStep(@Nullable String value) {
      nextStep = Optional.ofNullable(value);
      return this;
    }

    /** The owner: an active user or an owner team; null for none (a user session's user then owns it). */
    public Builder owner(@Nullable Owner value) {
      owner = Optional.ofNullable(value);
      return this;
    }

    /** The lead the deal came from (on creation only). */
    public Builder originatingLead(Optional<LeadId> value) {
      originatingLead = Arguments.present(value, "originatingLead");
      return this;
    }

    /** Sets a custom field by API name; null clears it. */
    public Builder custom(String apiName, @Nullable Object value) {
      custom.put(Arguments.present(apiName, "custom"), value == null ? Optional.empty() : value);
      return this;
    }

    /** The draft. */
    public DealDraft build() {
      return new DealDraft(name, account, primaryContact, pipeline, stage, amount, probability, expectedCloseDate,
          competitor, source, nextStep, owner, originatingLead, custom);
    }
  }
}
