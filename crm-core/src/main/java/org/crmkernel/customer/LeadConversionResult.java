package org.crmkernel.customer;

import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.pipeline.Deal;

/**
 * What a conversion did: the converted lead (which links to the rest), the account and contact
 * it created or linked, and the deal it opened.
 */
public record LeadConversionResult(Lead lead, Account account, boolean accountCreated, Contact contact,
    boolean contactCreated, Optional<Deal> deal) {

  /** Rejects missing parts. */
  public LeadConversionResult {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(deal, "deal");
  }
}
