package org.crmkernel.spi;

import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.id.ContactId;

/** Contacts: people. */
public interface Contacts extends OwnedRecordStore<ContactId, Contact> {}
