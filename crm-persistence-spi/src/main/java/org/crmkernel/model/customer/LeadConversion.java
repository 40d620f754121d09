package org.crmkernel.model.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;

/**
 * What a converted lead became: the account and contact it created or was linked to, the deal
 * it opened if any, and when.
 */
public record LeadConversion(AccountId account, ContactId contact, Optional<DealId> deal, Instant convertedAt) {

  /** Rejects missing parts. */
  public LeadConversion {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(convertedAt, "convertedAt");
  }
}
