package org.crmkernel.spi;

import org.crmkernel.model.customer.Account;
import org.crmkernel.model.id.AccountId;

/** Accounts: organisations. */
public interface Accounts extends OwnedRecordStore<AccountId, Account> {}
