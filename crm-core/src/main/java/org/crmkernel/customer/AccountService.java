package org.crmkernel.customer;

import org.crmkernel.model.customer.Account;
import org.crmkernel.model.id.AccountId;

/** Accounts: the organisations a tenant does business with. */
public interface AccountService extends CustomerService<AccountId, Account, AccountDraft, AccountDraft.Builder> {}
