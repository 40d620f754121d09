package org.crmkernel.customer;

import java.util.List;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;

/**
 * Existing accounts and contacts that a lead matches by normalised e-mail, phone or name, the
 * strongest matches first (more reasons, then e-mail over phone over name), for the caller to
 * link instead of creating duplicates. Only records the session may read are offered.
 */
public record ConversionCandidates(List<CandidateMatch<Account>> accounts, List<CandidateMatch<Contact>> contacts) {

  /** Copies the lists. */
  public ConversionCandidates {
    accounts = List.copyOf(accounts);
    contacts = List.copyOf(contacts);
  }
}
