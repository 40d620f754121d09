package org.crmkernel.examples.demo;

import java.util.List;
import java.util.stream.IntStream;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;

/**
 * The customers the demo created, in the order of the plan (as first stored), and the plan.
 */
record Customers(DemoData.Plan plan, List<Account> accounts, List<Contact> contacts, List<Lead> leads) {

  Customers {
    accounts = List.copyOf(accounts);
    contacts = List.copyOf(contacts);
    leads = List.copyOf(leads);
  }

  /** The account the demo changes: the first one planned. */
  Account featured() {
    return accounts.get(0);
  }

  /** The contacts the plan linked to the account at {@code index}. */
  List<Contact> contactsOf(int index) {
    return IntStream.range(0, contacts.size())
        .filter(i -> plan.contacts().get(i).account() == index)
        .mapToObj(contacts::get)
        .toList();
  }
}
