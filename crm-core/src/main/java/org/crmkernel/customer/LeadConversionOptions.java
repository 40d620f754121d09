package org.crmkernel.customer;

import java.time.LocalDate;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;

/**
 * How to convert a lead: link an existing account and contact (usually ones {@link
 * LeadService#conversionCandidates} offered) or create them, optionally open a deal, who owns
 * what is created, and how custom fields carry over.
 *
 * @param existingAccount the account to link; empty creates one from the lead
 * @param existingContact the contact to link, which must belong to the linked account; empty
 *     creates one from the lead
 * @param deal the deal to open, if any
 * @param owner who owns what is created; empty keeps the lead's owner
 */
public record LeadConversionOptions(
    Optional<AccountId> existingAccount,
    Optional<ContactId> existingContact,
    Optional<DealOptions> deal,
    Optional<Owner> owner,
    ConversionMapping mapping) {

  /** Rejects missing parts. */
  public LeadConversionOptions {
    Arguments.present(existingAccount, "existingAccount");
    Arguments.present(existingContact, "existingContact");
    Arguments.present(deal, "deal");
    Arguments.present(owner, "owner");
    Arguments.present(mapping, "mapping");
  }

  /** Create an account and a contact, open no deal, keep the lead's owner, standard mapping. */
  public static LeadConversionOptions createAccountAndContact() {
    return new LeadConversionOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        ConversionMapping.standard());
  }

  /** These options, linking {@code account} instead of creating one. */
  public LeadConversionOptions linkAccount(AccountId account) {
    return new LeadConversionOptions(Optional.of(Arguments.present(account, "existingAccount")), existingContact, deal,
        owner, mapping);
  }

  /** These options, linking {@code contact} (of the linked account) instead of creating one. */
  public LeadConversionOptions linkContact(ContactId contact) {
    return new LeadConversionOptions(existingAccount, Optional.of(Arguments.present(contact, "existingContact")), deal,
        owner, mapping);
  }

  /** These options, opening a deal at the first open stage of {@code pipeline}. */
  public LeadConversionOptions openDeal(PipelineId pipeline) {
    return openDeal(DealOptions.in(pipeline));
  }

  /** These options, opening the deal {@code options} describe. */
  public LeadConversionOptions openDeal(DealOptions options) {
    return new LeadConversionOptions(existingAccount, existingContact, Optional.of(Arguments.present(options, "deal")),
        owner, mapping);
  }

  /** These options, with {@code newOwner} owning what is created. */
  public LeadConversionOptions ownedBy(Owner newOwner) {
    return new LeadConversionOptions(existingAccount, existingContact, deal,
        Optional.of(Arguments.present(newOwner, "owner")), mapping);
  }

  /** These options with another custom field mapping. */
  public LeadConversionOptions mappedBy(ConversionMapping newMapping) {
    return new LeadConversionOptions(existingAccount, existingContact, deal, owner, newMapping);
  }

  /**
   * The deal a conversion opens.
   *
   * @param stage the stage; empty for the pipeline's first open stage
   * @param name the deal's name; empty names it after the account
   */
  public record DealOptions(PipelineId pipeline, Optional<StageId> stage, Optional<String> name, Optional<Money> amount,
      Optional<LocalDate> expectedCloseDate) {

    /** Rejects missing parts. */
    public DealOptions {
      Arguments.present(pipeline, "deal.pipeline");
      Arguments.present(stage, "deal.stage");
      Arguments.present(name, "deal.name");
      Arguments.present(amount, "deal.amount");
      Arguments.present(expectedCloseDate, "deal.expectedCloseDate");
    }

    /** A deal at the first open stage of {@code pipeline}, named after the account. */
    public static DealOptions in(PipelineId pipeline) {
      return new DealOptions(pipeline, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These options with a name. */
    public DealOptions named(String dealName) {
      return new DealOptions(pipeline, stage, Optional.of(Arguments.present(dealName, "deal.name")), amount,
          expectedCloseDate);
    }

    /** These options with an amount. */
    public DealOptions worth(Money dealAmount) {
      return new DealOptions(pipeline, stage, name, Optional.of(Arguments.present(dealAmount, "deal.amount")),
          expectedCloseDate);
    }

    /** These options with an expected close date. */
    public DealOptions closingOn(LocalDate day) {
      return new DealOptions(pipeline, stage, name, amount, Optional.of(Arguments.present(day, "deal.expectedCloseDate")));
    }

    /** These options at {@code dealStage}. */
    public DealOptions at(StageId dealStage) {
      return new DealOptions(pipeline, Optional.of(Arguments.present(dealStage, "deal.stage")), name, amount,
          expectedCloseDate);
    }
  }
}
