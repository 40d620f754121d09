package org.crmkernel.customer.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.ContactService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.jspecify.annotations.Nullable;

/** The kernel's {@link ContactService}. */
public final class DefaultContactService extends CustomerServiceBase<ContactId, Contact, ContactDraft, ContactDraft.Builder>
    implements ContactService {

  private static final FieldDiff<Contact> AUDITED = FieldDiff.<Contact>builder()
      .field("name.salutation", c -> c.name().salutation())
      .field("name.firstName", c -> c.name().firstName())
      .field("name.middleName", c -> c.name().middleName())
      .field("name.lastName", c -> Optional.of(c.name().lastName()))
      .field("name.suffix", c -> c.name().suffix())
      .field("jobTitle", Contact::jobTitle)
      .list("emails", Contact::emails)
      .list("phones", Contact::phones)
      .list("addresses", c -> c.addresses().stream().map(AuditText::address).toList())
      .field("birthDate", Contact::birthDate)
      .field("account", c -> c.accountId().map(AccountId::ref))
      .field("owner", c -> Optional.of(c.ownership().owner().ref()))
      .field("owningUnit", c -> Optional.of(c.ownership().owningUnitId().ref()))
      .field("state", c -> Optional.of(c.state()))
      .build();

  /** A service acting as {@code session}. */
  public DefaultContactService(SessionContext session, UnitOfWork work) {
    super(session, work);
  }

  @Override
  public Contact linkToAccount(ContactId id, long expectedVersion, AccountId account) {
    Arguments.present(account, "account");
    return update(id, expectedVersion, b -> b.account(account));
  }

  @Override
  public Contact unlinkFromAccount(ContactId id, long expectedVersion) {
    return update(id, expectedVersion, b -> b.account(Optional.empty()));
  }

  @Override
  RecordKind kind() {
    return RecordKind.CONTACT;
  }

  @Override
  OwnedRecordStore<ContactId, Contact> store(StoreTransaction tx) {
    return tx.contacts();
  }

  @Override
  ContactId newId() {
    return ContactId.generate(session.kernel().clock());
  }

  @Override
  Optional<Owner> ownerOf(ContactDraft draft) {
    return draft.owner();
  }

  @Override
  Map<String, Object> customOf(ContactDraft draft) {
    return draft.custom();
  }

  @Override
  List<PhoneNumber> phonesOf(Contact record) {
    return record.phones();
  }

  @Override
  @Nullable Contact build(StoreTransaction tx, @Nullable Contact current, ContactDraft d, ContactId id, Ownership ownership,
      RecordState state, CustomFields custom,
      Revision revision, List<PhoneNumber> storedPhones, Violations violations) {
    var emails = ContactPoints.emails(d.emails(), violations);
    var phones = ContactPoints.phones(d.phones(), session.profile().defaultRegion(), storedPhones, violations);
    return construct(violations, () -> new Contact(id, session.tenantId(), d.name(), d.jobTitle(), emails, phones,
        d.addresses(), d.birthDate(), d.accountId(), ownership, state, custom, revision));
  }

  @Override
  ContactDraft draftOf(Contact c, Map<String, Object> editableCustom) {
    return new ContactDraft(c.name(), c.jobTitle(), ContactPoints.emailTexts(c.emails()),
        ContactPoints.phoneTexts(c.phones()), c.addresses(), c.birthDate(), c.accountId(),
        Optional.of(c.ownership().owner()), editableCustom);
  }

  @Override
  ContactDraft.Builder builderOf(ContactDraft draft) {
    return draft.toBuilder();
  }

  @Override
  ContactDraft buildDraft(ContactDraft.Builder builder) {
    return builder.build();
  }

  @Override
  Contact withOwnership(Contact record, Ownership ownership) {
    return record.withOwnership(ownership);
  }

  @Override
  Contact withState(Contact record, RecordState state, Revision revision) {
    return record.withState(state).withRevision(revision);
  }

  @Override
  Contact withRevision(Contact record, Revision revision) {
    return record.withRevision(revision);
  }

  @Override
  FieldDiff<Contact> audited() {
    return AUDITED;
  }

  @Override
  StandardField<Contact, String> stateField() {
    return ContactFields.STATE;
  }

  @Override
  EventType event(AuditOperation operation) {
    return switch (operation) {
      case CREATE -> EventType.CONTACT_CREATED;
      case ARCHIVE -> EventType.CONTACT_ARCHIVED;
      case RESTORE -> EventType.CONTACT_RESTORED;
      case DELETE -> EventType.CONTACT_DELETED;
      default -> EventType.CONTACT_UPDATED;
    };
  }

  /** The account must exist in this tenant; birth dates lie in the past. */
  @Override
  void checkReferences(StoreTransaction tx, @Nullable Contact before, Contact contact, Violations violations) {
    boolean accountChanged = before == null || !before.accountId().equals(contact.accountId());
    contact.accountId().filter(a -> accountChanged).ifPresent(account -> violations.check(
        tx.accounts().find(session.tenantId(), account).isPresent(),
        "accountId", "unknown_account", "no account " + account + " in this tenant"));
    contact.birthDate().ifPresent(date -> violations.check(!date.isAfter(java.time.LocalDate.ofInstant(session.now(),
        session.kernel().clock().getZone())), "birthDate", "in_future", "must not be in the future"));
  }

  @Override
  List<RecordRef> links(Contact contact) {
    return contact.accountId().map(a -> List.of(a.ref())).orElse(List.of());
  }

  @Override
  Optional<String> linkField() {
    return Optional.of("account");
  }

  /** A changed account link is audited as LINK and reported as {@code ContactLinked}. */
  @Override
  void afterUpdate(Changes changes, Contact before, Contact after) {
    if (!before.accountId().equals(after.accountId())) {
      changes.record(AuditOperation.LINK, EventType.CONTACT_LINKED, after.ref(), after.version(),
          List.of(FieldChange.of("account", before.accountId().map(a -> a.ref().toString()),
              after.accountId().map(a -> a.ref().toString()))));
    }
  }

  /** A contact that is a deal's primary contact stays until the deal names another. */
  @Override
  void checkDeletable(StoreTransaction tx, Contact contact) {
    var deals = tx.deals().query(session.tenantId(), new org.crmkernel.spi.query.Query<org.crmkernel.model.pipeline.Deal>(
        org.crmkernel.spi.query.Filter.eq(org.crmkernel.model.pipeline.DealFields.PRIMARY_CONTACT_ID, contact.id().value()),
        org.crmkernel.spi.query.Sort.byId(), 10, Optional.empty()));
    if (!deals.items().isEmpty()) {
      throw new org.crmkernel.model.error.RecordInUseException(contact.ref(),
          deals.items().stream().map(org.crmkernel.model.pipeline.Deal::ref).toList(),
          "deals name it as their primary contact; change them or archive the contact instead");
    }
  }
}
