package org.crmkernel.testkit.memory;

import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.BusinessUnits;
import org.crmkernel.spi.Contacts;
import org.crmkernel.spi.FieldDefinitions;
import org.crmkernel.spi.Leads;
import org.crmkernel.spi.Teams;
import org.crmkernel.spi.Users;

/**
 * The SPI's store interfaces, each bound to {@link MemoryRecordStore} for its kind. The customer
 * stores also offer {@link BulkInsert}.
 */
final class RecordStores {

  private RecordStores() {}

  /** Accounts. */
  static final class AccountStore extends MemoryRecordStore<AccountId, Account> implements Accounts, BulkInsert<AccountId, Account> {
    AccountStore(MemoryTransaction tx, RecordTable<Account> table) {
      super(tx, table);
    }
  }

  /** Contacts. */
  static final class ContactStore extends MemoryRecordStore<ContactId, Contact> implements Contacts, BulkInsert<ContactId, Contact> {
    ContactStore(MemoryTransaction tx, RecordTable<Contact> table) {
      super(tx, table);
    }
  }

  /** Leads. */
  static final class LeadStore extends MemoryRecordStore<LeadId, Lead> implements Leads, BulkInsert<LeadId, Lead> {
    LeadStore(MemoryTransaction tx, RecordTable<Lead> table) {
      super(tx, table);
    }
  }

  /** Business units. */
  static final class BusinessUnitStore extends MemoryRecordStore<BusinessUnitId, BusinessUnit> implements BusinessUnits {
    BusinessUnitStore(MemoryTransaction tx, RecordTable<BusinessUnit> table) {
      super(tx, table);
    }
  }

  /** Users. */
  static final class UserStore extends MemoryRecordStore<UserId, User> implements Users {
    UserStore(MemoryTransaction tx, RecordTable<User> table) {
      super(tx, table);
    }
  }

  /** Teams. */
  static final class TeamStore extends MemoryRecordStore<TeamId, Team> implements Teams {
    TeamStore(MemoryTransaction tx, RecordTable<Team> table) {
      super(tx, table);
    }
  }

  /** Custom field definitions; the API name is unique per tenant and record kind. */
  static final class FieldDefinitionStore extends MemoryRecordStore<FieldDefinitionId, FieldDefinition>
      implements FieldDefinitions {
    FieldDefinitionStore(MemoryTransaction tx, RecordTable<FieldDefinition> table) {
      super(tx, table);
    }
  }
}
