package org.crmkernel.customer.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.AccountService;
import org.crmkernel.customer.AssignOptions;
import org.crmkernel.customer.CascadeRule;
import org.crmkernel.customer.Relationship;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.error.RecordInUseException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.jspecify.annotations.Nullable;

/** The kernel's {@link AccountService}. */
public final class DefaultAccountService extends CustomerServiceBase<AccountId, Account, AccountDraft, AccountDraft.Builder>
    implements AccountService {

  /** How deep a chain of parent accounts may go. */
  static final int MAX_HIERARCHY_DEPTH = 50;

  private static final int NAMED_REFERENCES = 10;

  private static final FieldDiff<Account> AUDITED = FieldDiff.<Account>builder()
      .field("name", a -> Optional.of(a.name()))
      .field("website", Account::website)
      .field("industry", Account::industry)
      .field("employeeCount", Account::employeeCount)
      .field("annualRevenue", Account::annualRevenue)
      .list("addresses", a -> a.addresses().stream().map(AuditText::address).toList())
      .list("phones", Account::phones)
      .list("emails", Account::emails)
      .field("parentAccount", a -> a.parentAccountId().map(AccountId::ref))
      .field("owner", a -> Optional.of(a.ownership().owner().ref()))
      .field("owningUnit", a -> Optional.of(a.ownership().owningUnitId().ref()))
      .field("state", a -> Optional.of(a.state()))
      .build();

  /** A service acting as {@code session}. */
  public DefaultAccountService(SessionContext session, UnitOfWork work) {
    super(session, work);
  }

  @Override
  RecordKind kind() {
    return RecordKind.ACCOUNT;
  }

  @Override
  OwnedRecordStore<AccountId, Account> store(StoreTransaction tx) {
    return tx.accounts();
  }

  @Override
  AccountId newId() {
    return AccountId.generate(session.kernel().clock());
  }

  @Override
  Optional<Owner> ownerOf(AccountDraft draft) {
    return draft.owner();
  }

  @Override
  Map<String, Object> customOf(AccountDraft draft) {
    return draft.custom();
  }

  @Override
  List<PhoneNumber> phonesOf(Account record) {
    return record.phones();
  }

  @Override
  @Nullable Account build(StoreTransaction tx, @Nullable Account current, AccountDraft d, AccountId id, Ownership ownership,
      RecordState state, CustomFields custom,
      Revision revision, List<PhoneNumber> storedPhones, Violations violations) {
    var emails = ContactPoints.emails(d.emails(), violations);
    var phones = ContactPoints.phones(d.phones(), session.profile().defaultRegion(), storedPhones, violations);
    return construct(violations, () -> new Account(id, session.tenantId(), d.name(), ContactPoints.website(d.website()),
        d.industry(), d.employeeCount(), d.annualRevenue(), d.addresses(), phones, emails, d.parentAccountId(),
        ownership, state, custom, revision));
  }

  @Override
  AccountDraft draftOf(Account a, Map<String, Object> editableCustom) {
    return new AccountDraft(a.name(), a.website(), a.industry(), a.employeeCount(), a.annualRevenue(), a.addresses(),
        ContactPoints.phoneTexts(a.phones()), ContactPoints.emailTexts(a.emails()), a.parentAccountId(),
        Optional.of(a.ownership().owner()), editableCustom);
  }

  @Override
  AccountDraft.Builder builderOf(AccountDraft draft) {
    return draft.toBuilder();
  }

  @Override
  AccountDraft buildDraft(AccountDraft.Builder builder) {
    return builder.build();
  }

  @Override
  Account withOwnership(Account record, Ownership ownership) {
    return record.withOwnership(ownership);
  }

  @Override
  Account withState(Account record, RecordState state, Revision revision) {
    return record.withState(state).withRevision(revision);
  }

  @Override
  Account withRevision(Account record, Revision revision) {
    return record.withRevision(revision);
  }

  @Override
  FieldDiff<Account> audited() {
    return AUDITED;
  }

  @Override
  StandardField<Account, String> stateField() {
    return AccountFields.STATE;
  }

  @Override
  EventType event(AuditOperation operation) {
    return switch (operation) {
      case CREATE -> EventType.ACCOUNT_CREATED;
      case ARCHIVE -> EventType.ACCOUNT_ARCHIVED;
      case RESTORE -> EventType.ACCOUNT_RESTORED;
      case DELETE -> EventType.ACCOUNT_DELETED;
      default -> EventType.ACCOUNT_UPDATED;
    };
  }

  /**
   * A new or changed parent must exist in this tenant, must not make the hierarchy a cycle, and
   * must leave every account of the moved subtree within {@value #MAX_HIERARCHY_DEPTH} levels.
   */
  @Override
  List<RecordRef> links(Account account) {
    return account.parentAccountId().map(a -> List.of(a.ref())).orElse(List.of());
  }

  /**
   * Contacts and child accounts follow by their relationships' rules; child accounts pass the
   * assignment on to their own contacts and children, depth first, each account once.
   */
  @Override
  void cascadeAssignment(Changes changes, Account before, Ownership ownership, AssignOptions options) {
    cascade(changes, before, ownership, options, new java.util.HashSet<>(java.util.Set.of(before.id())));
  }

  private void cascade(Changes changes, Account parent, Ownership ownership, AssignOptions options,
      java.util.Set<AccountId> visited) {
    CascadeRule contactRule = options.ruleFor(Relationship.ACCOUNT_CONTACTS);
    if (contactRule != CascadeRule.NONE) {
      List<Contact> contacts;
      try (var related = changes.tx().contacts().scan(session.tenantId(),
          Filter.eq(ContactFields.ACCOUNT_ID, parent.id().value()))) {
        contacts = related.toList();
      }
      for (Contact contact : contacts) {
        if (follows(contactRule, contact, parent)) {
          Reassignment.apply(changes, contact, ownership);
        }
      }
    }
    CascadeRule dealRule = options.ruleFor(Relationship.ACCOUNT_DEALS);
    if (dealRule != CascadeRule.NONE) {
      List<org.crmkernel.model.pipeline.Deal> deals;
      try (var related = changes.tx().deals().scan(session.tenantId(),
          Filter.eq(org.crmkernel.model.pipeline.DealFields.ACCOUNT_ID, parent.id().value()))) {
        deals = related.toList();
      }
      for (org.crmkernel.model.pipeline.Deal deal : deals) {
        if (follows(dealRule, deal, parent)) {
          Reassignment.apply(changes, deal, ownership);
        }
      }
    }
    CascadeRule childRule = options.ruleFor(Relationship.ACCOUNT_CHILD_ACCOUNTS);
    if (childRule != CascadeRule.NONE) {
      List<Account> children;
      try (var related = changes.tx().accounts().scan(session.tenantId(),
          Filter.eq(AccountFields.PARENT_ACCOUNT_ID, parent.id().value()))) {
        children = related.toList();
      }
      for (Account child : children) {
        if (visited.add(child.id()) && follows(childRule, child, parent)) {
          Reassignment.apply(changes, child, ownership);
          cascade(changes, child, ownership, options, visited);
        }
      }
    }
  }

  @Override
  void checkReferences(StoreTransaction tx, @Nullable Account before, Account account, Violations violations) {
    if (account.parentAccountId().isEmpty()
        || (before != null && before.parentAccountId().equals(account.parentAccountId()))) {
      return;
    }
    int levelsAbove = 0;
    Optional<AccountId> next = account.parentAccountId();
    while (next.isPresent()) {
      if (next.get().equals(account.id())) {
        violations.add("parentAccountId", "cycle", "would make the account its own ancestor");
        return;
      }
      if (levelsAbove > MAX_HIERARCHY_DEPTH) {
        break;
      }
      Optional<Account> parent = tx.accounts().find(session.tenantId(), next.get());
      if (parent.isEmpty()) {
        violations.add("parentAccountId", "unknown_account", "no account " + next.get() + " in this tenant");
        return;
      }
      levelsAbove++;
      next = parent.get().parentAccountId();
    }
    int depth = levelsAbove + (before == null ? 1 : subtreeHeight(tx, account.id()));
    violations.check(depth <= MAX_HIERARCHY_DEPTH, "parentAccountId", "too_deep",
        "account hierarchies are at most " + MAX_HIERARCHY_DEPTH + " levels deep");
  }

  /** How many levels the subtree under {@code root} spans, the root included (at most the limit + 1). */
  private int subtreeHeight(StoreTransaction tx, AccountId root) {
    List<java.util.UUID> level = List.of(root.value());
    int height = 0;
    while (!level.isEmpty() && height <= MAX_HIERARCHY_DEPTH) {
      height++;
      List<java.util.UUID> children = new java.util.ArrayList<>();
      for (int from = 0; from < level.size(); from += Filter.MAX_IN_VALUES) {
        List<java.util.UUID> chunk = level.subList(from, Math.min(level.size(), from + Filter.MAX_IN_VALUES));
        try (var rows = tx.accounts().scan(session.tenantId(), Filter.in(AccountFields.PARENT_ACCOUNT_ID, chunk))) {
          rows.forEach(child -> children.add(child.id().value()));
        }
      }
      level = children;
    }
    return height;
  }

  /** An account with contacts or child accounts cannot be deleted; archive it instead. */
  @Override
  void checkDeletable(StoreTransaction tx, Account account) {
    var contacts = tx.contacts().query(session.tenantId(), new Query<Contact>(
        Filter.eq(ContactFields.ACCOUNT_ID, account.id().value()), Sort.byId(), NAMED_REFERENCES, Optional.empty()));
    var children = tx.accounts().query(session.tenantId(), new Query<Account>(
        Filter.eq(AccountFields.PARENT_ACCOUNT_ID, account.id().value()), Sort.byId(), NAMED_REFERENCES, Optional.empty()));
    var deals = tx.deals().query(session.tenantId(), new Query<org.crmkernel.model.pipeline.Deal>(
        Filter.eq(org.crmkernel.model.pipeline.DealFields.ACCOUNT_ID, account.id().value()), Sort.byId(), NAMED_REFERENCES,
        Optional.empty()));
    if (contacts.items().isEmpty() && children.items().isEmpty() && deals.items().isEmpty()) {
      return;
    }
    List<RecordRef> refs = new java.util.ArrayList<>();
    contacts.items().forEach(c -> refs.add(c.ref()));
    children.items().forEach(a -> refs.add(a.ref()));
    deals.items().forEach(d -> refs.add(d.ref()));
    throw new RecordInUseException(account.ref(), refs,
        "contacts, child accounts or deals still refer to it; unlink or delete them, or archive the account instead");
  }
}
