package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;
import static org.crmkernel.testkit.contract.ValuePools.some;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/** Accounts for the contract suite. */
final class AccountKind extends StoredKind<AccountId, Account> {

  private static final List<FieldRef<Account, ?>> FIELDS = fields();

  AccountKind() {
    super("accounts");
  }

  @Override
  RecordStore<AccountId, Account> store(StoreTransaction tx) {
    return tx.accounts();
  }

  @Override
  AccountId id(UUID value) {
    return AccountId.of(value);
  }

  @Override
  Account random(Random random, TenantId tenant) {
    return new Account(AccountId.of(ValuePools.uuid(random)), tenant, pick(random, ValuePools.TEXTS),
        maybe(random, 0.5, () -> pick(random, ValuePools.WEBSITES)),
        maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS)),
        maybe(random, 0.6, () -> pick(random, ValuePools.COUNTS)),
        maybe(random, 0.5, () -> pick(random, ValuePools.REVENUES)),
        ValuePools.addresses(random, 2),
        some(random, ValuePools.PHONES, 2, PhoneNumber::e164),
        some(random, ValuePools.EMAILS, 3, Email::matchKey),
        maybe(random, 0.3, () -> AccountId.of(pick(random, ValuePools.REFERENCES))),
        ValuePools.ownership(random),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE,
        ValuePools.customFields(random),
        ValuePools.revision(random));
  }

  @Override
  Account withTenant(Account a, TenantId tenant) {
    return new Account(a.id(), tenant, a.name(), a.website(), a.industry(), a.employeeCount(), a.annualRevenue(),
        a.addresses(), a.phones(), a.emails(), a.parentAccountId(), a.ownership(), a.state(), a.customFields(),
        a.revision());
  }

  @Override
  Account withId(Account a, AccountId id) {
    return new Account(id, a.tenantId(), a.name(), a.website(), a.industry(), a.employeeCount(), a.annualRevenue(),
        a.addresses(), a.phones(), a.emails(), a.parentAccountId().filter(p -> !p.equals(id)), a.ownership(),
        a.state(), a.customFields(), a.revision());
  }

  @Override
  Account changed(Account a, Random random, long version) {
    return new Account(a.id(), a.tenantId(), pick(random, ValuePools.TEXTS), a.website(),
        maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS)),
        maybe(random, 0.6, () -> pick(random, ValuePools.COUNTS)), a.annualRevenue(), a.addresses(), a.phones(),
        some(random, ValuePools.EMAILS, 3, Email::matchKey), a.parentAccountId(), ValuePools.ownership(random),
        a.state(), ValuePools.customFields(random), ValuePools.revisionAt(a.revision(), version));
  }

  @Override
  List<FieldRef<Account, ?>> queryFields() {
    return FIELDS;
  }

  private static List<FieldRef<Account, ?>> fields() {
    List<FieldRef<Account, ?>> fields = new ArrayList<>(AccountFields.ALL);
    fields.addAll(ValuePools.customFieldRefs(RecordKind.ACCOUNT));
    return List.copyOf(fields);
  }
}
