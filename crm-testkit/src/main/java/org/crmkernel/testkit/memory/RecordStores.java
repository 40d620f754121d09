package org.crmkernel.testkit.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.spi.Activities;
import org.crmkernel.spi.Deals;
import org.crmkernel.spi.LeadAssignmentRules;
import org.crmkernel.spi.Pipelines;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
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
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.BulkUpdate;
import org.crmkernel.spi.BusinessUnits;
import org.crmkernel.spi.Contacts;
import org.crmkernel.spi.FieldDefinitions;
import org.crmkernel.spi.FieldSecurityProfiles;
import org.crmkernel.spi.Leads;
import org.crmkernel.spi.RecordShares;
import org.crmkernel.spi.SecurityRoles;
import org.crmkernel.spi.Teams;
import org.crmkernel.spi.Users;

/**
 * The SPI's store interfaces, each bound to {@link MemoryRecordStore} for its kind (owned kinds
 * to {@link MemoryOwnedStore}). The customer stores also offer {@link BulkInsert}.
 */
final class RecordStores {

  private RecordStores() {}

  /** Accounts. */
  static final class AccountStore extends MemoryOwnedStore<AccountId, Account> implements Accounts, BulkInsert<AccountId, Account>,
      BulkUpdate<AccountId, Account> {
    AccountStore(MemoryTransaction tx, RecordTable<Account> table, OwnedIndexes<Account> indexes) {
      super(tx, table, indexes);
    }
  }

  /** Contacts. */
  static final class ContactStore extends MemoryOwnedStore<ContactId, Contact> implements Contacts, BulkInsert<ContactId, Contact>,
      BulkUpdate<ContactId, Contact> {
    ContactStore(MemoryTransaction tx, RecordTable<Contact> table, OwnedIndexes<Contact> indexes) {
      super(tx, table, indexes);
    }
  }

  /** Leads. */
  static final class LeadStore extends MemoryOwnedStore<LeadId, Lead> implements Leads, BulkInsert<LeadId, Lead>,
      BulkUpdate<LeadId, Lead> {
    LeadStore(MemoryTransaction tx, RecordTable<Lead> table, OwnedIndexes<Lead> indexes) {
      super(tx, table, indexes);
    }
  }

  /** Deals. */
  static final class DealStore extends MemoryOwnedStore<DealId, Deal> implements Deals, BulkInsert<DealId, Deal>,
      BulkUpdate<DealId, Deal> {
    DealStore(MemoryTransaction tx, RecordTable<Deal> table, OwnedIndexes<Deal> indexes) {
      super(tx, table, indexes);
    }
  }

  /** Activities. */
  static final class ActivityStore extends MemoryOwnedStore<ActivityId, Activity>
      implements Activities, BulkInsert<ActivityId, Activity>, BulkUpdate<ActivityId, Activity> {
    ActivityStore(MemoryTransaction tx, RecordTable<Activity> table, OwnedIndexes<Activity> indexes) {
      super(tx, table, indexes);
    }
  }

  /** Pipelines. */
  static final class PipelineStore extends MemoryRecordStore<PipelineId, Pipeline> implements Pipelines {
    PipelineStore(MemoryTransaction tx, RecordTable<Pipeline> table) {
      super(tx, table);
    }
  }

  /** Lead assignment rules. */
  static final class AssignmentRuleStore extends MemoryRecordStore<AssignmentRuleId, LeadAssignmentRule>
      implements LeadAssignmentRules {
    AssignmentRuleStore(MemoryTransaction tx, RecordTable<LeadAssignmentRule> table) {
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

    /** From the store's membership map, unless this unit of work has pending team changes. */
    @Override
    public java.util.List<Team> teamsWithMember(TenantId tenant, UserId user) {
      java.util.Objects.requireNonNull(tenant, "tenant");
      java.util.Objects.requireNonNull(user, "user");
      tx.checkUsable();
      Changes<Team> own = tx.changesOf(table);
      if (own != null && own.of(tenant) != null && !own.of(tenant).isEmpty()) {
        return Teams.super.teamsWithMember(tenant, user);
      }
      return tx.store().teamMemberships.teamsOf(tx.store(), tenant, user);
    }
  }

  /** Custom field definitions; the API name is unique per tenant and record kind. */
  static final class FieldDefinitionStore extends MemoryRecordStore<FieldDefinitionId, FieldDefinition>
      implements FieldDefinitions {
    FieldDefinitionStore(MemoryTransaction tx, RecordTable<FieldDefinition> table) {
      super(tx, table);
    }
  }

  /** Security roles. */
  static final class SecurityRoleStore extends MemoryRecordStore<RoleId, SecurityRole> implements SecurityRoles {
    SecurityRoleStore(MemoryTransaction tx, RecordTable<SecurityRole> table) {
      super(tx, table);
    }
  }

  /** Field security profiles. */
  static final class FieldSecurityProfileStore extends MemoryRecordStore<FieldSecurityProfileId, FieldSecurityProfile>
      implements FieldSecurityProfiles {
    FieldSecurityProfileStore(MemoryTransaction tx, RecordTable<FieldSecurityProfile> table) {
      super(tx, table);
    }
  }

  /** Shares; one per record and grantee, found through the store's index by record. */
  static final class ShareStore extends MemoryRecordStore<ShareId, RecordShare> implements RecordShares {
    ShareStore(MemoryTransaction tx, RecordTable<RecordShare> table) {
      super(tx, table);
    }

    @Override
    public List<RecordShare> sharesOf(TenantId tenant, RecordRef record) {
      return tx.graph().sharesOf(tenant, record);
    }

    @Override
    public Optional<RecordShare> find(TenantId tenant, RecordRef record, Principal grantee) {
      Objects.requireNonNull(grantee, "grantee");
      return tx.graph().shareOf(tenant, record, grantee);
    }
  }
}
