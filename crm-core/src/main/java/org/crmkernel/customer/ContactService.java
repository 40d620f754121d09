package org.crmkernel.customer;

import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;

/** Contacts: the people a tenant does business with. */
public interface ContactService extends CustomerService<ContactId, Contact, ContactDraft, ContactDraft.Builder> {

  /** Links the contact to {@code account} (an account of this tenant). */
  Contact linkToAccount(ContactId id, long expectedVersion, AccountId account);

  /** Removes the contact's link to its account. */
  Contact unlinkFromAccount(ContactId id, long expectedVersion);
}
