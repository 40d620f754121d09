package org.crmkernel.customer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crmkernel.customer.AssignOptions;
import org.crmkernel.customer.CascadeRule;
import org.crmkernel.customer.CustomerService;
import org.crmkernel.customfield.internal.CustomValues;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.InputValidator;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle every customer kind shares: checked create and update with field-level audit,
 * archive, restore, delete, owner assignment and listing. Subclasses say how a draft becomes a
 * record of their kind.
 */
abstract class CustomerServiceBase<I extends RecordId, R extends OwnedRecord<I> & Customizable, D, B>
    implements CustomerService<I, R, D, B> {

  /** The most records one {@link #createAll} call takes. */
  static final int MAX_BATCH = 10_000;

  final SessionContext session;
  final UnitOfWork work;

  CustomerServiceBase(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  abstract RecordKind kind();

  abstract OwnedRecordStore<I, R> store(StoreTransaction tx);

  abstract I newId();

  abstract Optional<Owner> ownerOf(D draft);

  abstract Map<String, Object> customOf(D draft);

  /**
   * Builds the record, recording every problem; null if there were any. {@code current} is the
   * stored record on update, null on create.
   */
  abstract @Nullable R build(StoreTransaction tx, @Nullable R current, D draft, I id, Ownership ownership,
      RecordState state, CustomFields custom,
      Revision revision, List<PhoneNumber> storedPhones, Violations violations);

  /** The record's phone numbers, reused on update when their text did not change. */
  abstract List<PhoneNumber> phonesOf(R record);

  abstract D draftOf(R record, Map<String, Object> editableCustom);

  abstract B builderOf(D draft);

  abstract D buildDraft(B builder);

  abstract R withOwnership(R record, Ownership ownership);

  abstract R withState(R record, RecordState state, Revision revision);

  abstract R withRevision(R record, Revision revision);

  abstract FieldDiff<R> audited();

  abstract StandardField<R, String> stateField();

  abstract EventType event(AuditOperation operation);

  /**
   * Runs a record's constructor even when other problems were found, so that its own checks are
   * reported too; a problem at a path already reported is not repeated. Null if anything failed.
   */
  static <T> @Nullable T construct(Violations violations, java.util.function.Supplier<T> constructor) {
    Violations own = new Violations();
    T built = own.attempt("", constructor);
    java.util.Set<String> reported = new java.util.HashSet<>();
    violations.list().forEach(v -> reported.add(v.path()));
    violations.addAll(own.list().stream().filter(v -> !reported.contains(v.path())).toList());
    return violations.isEmpty() ? built : null;
  }

  /**
   * Records problems with references to other records (which must exist in this tenant);
   * {@code before} is the stored record on update, null on create, so unchanged references need
   * no check.
   */
  void checkReferences(StoreTransaction tx, @Nullable R before, R record, Violations violations) {}

  /** The owned records {@code record} is attached to (its account, its parent account): attaching needs append and append-to. */
  List<RecordRef> links(R record) {
    return List.of();
  }

  /** Records problems with a change from {@code before} to {@code after}, such as a forbidden transition. */
  void checkChange(R before, R after, Violations violations) {}

  /** Throws if other records still refer to {@code record}. */
  void checkDeletable(StoreTransaction tx, R record) {}

  /** The field whose change is audited as its own LINK entry by {@link #afterUpdate}, if any. */
  Optional<String> linkField() {
    return Optional.empty();
  }

  /** Records further events of an update, such as a contact linked to another account. */
  void afterUpdate(Changes changes, R before, R after) {}

  /**
   * Audits and announces the changes of an update other than owner and link: as an update,
   * unless a kind says otherwise (a deal moved to another stage).
   */
  void recordUpdate(Changes changes, R before, R stored, List<FieldChange> fields) {
    changes.record(AuditOperation.UPDATE, event(AuditOperation.UPDATE), stored.ref(), stored.version(), fields);
  }

  /** Records further consequences of a creation, such as a deal's first history entry. */
  void afterCreate(Changes changes, R created) {}

  /** Records further consequences of an owner assignment, such as a deal's history entry. */
  void afterAssign(Changes changes, R before, R after) {}

  @Override
  public R create(D draft) {
    Arguments.present(draft, "draft");
    return work.write(session, changes -> createIn(changes, draft));
  }

  /**
   * Creates a record as part of a larger unit of work (lead conversion): every check of {@link
   * #create}, and the same audit entry and event.
   */
  R createIn(Changes changes, D draft) {
    List<FieldDefinition> definitions = Definitions.of(changes.tx(), session.tenantId(), kind());
    Violations violations = new Violations();
    R record = prepare(changes, draft, definitions, violations, true, new HashMap<>());
    violations.throwIfAny();
    R built = Objects.requireNonNull(record);
    checkCreate(changes.tx(), built, FieldAccess.of(session.guard().scope(changes.tx()), kind(), definitions), violations);
    violations.throwIfAny();
    R stored = store(changes.tx()).insert(built);
    recordCreated(changes, stored, definitions);
    return stored;
  }

  /**
   * {@inheritDoc} References (parent account, account, owner) are checked inside the same
   * transaction, after the batch is inserted; a bad one rolls the whole batch back.
   */
  @Override
  public List<R> createAll(List<D> drafts) {
    Arguments.present(drafts, "drafts");
    for (int i = 0; i < drafts.size(); i++) {
      Arguments.present(drafts.get(i), "[" + i + "]");
    }
    List<D> copy = List.copyOf(drafts);
    if (copy.size() > MAX_BATCH) {
      throw CrmValidationException.of("", "too_many", "a batch takes at most " + MAX_BATCH + " records");
    }
    if (copy.isEmpty()) {
      return List.of();
    }
    return work.write(session, changes -> {
      List<FieldDefinition> definitions = Definitions.of(changes.tx(), session.tenantId(), kind());
      Violations all = new Violations();
      List<R> records = new ArrayList<>(copy.size());
      // A batch usually names few owners: each is looked up once, not once per record.
      Map<Optional<Owner>, Ownership> owners = new HashMap<>();
      for (int i = 0; i < copy.size(); i++) {
        Violations one = new Violations();
        R record = prepare(changes, copy.get(i), definitions, one, false, owners);
        all.addAll("[" + i + "]", one.list());
        if (record != null) {
          records.add(record);
        }
      }
      all.throwIfAny();
      FieldAccess fieldAccess = FieldAccess.of(session.guard().scope(changes.tx()), kind(), definitions);
      for (int i = 0; i < records.size(); i++) {
        Violations one = new Violations();
        checkCreate(changes.tx(), records.get(i), fieldAccess, one);
        all.addAll("[" + i + "]", one.list());
      }
      all.throwIfAny();
      RecordStore<I, R> store = store(changes.tx());
      if (store instanceof BulkInsert<?, ?> bulk) {
        @SuppressWarnings("unchecked")
        BulkInsert<I, R> typed = (BulkInsert<I, R>) bulk;
        typed.insertAll(records);
      } else {
        records.forEach(store::insert);
      }
      for (int i = 0; i < records.size(); i++) {
        Violations one = new Violations();
        checkReferences(changes.tx(), null, records.get(i), one);
        all.addAll("[" + i + "]", one.list());
      }
      all.throwIfAny(); // rolls the whole batch back
      records.forEach(r -> recordCreated(changes, r, definitions));
      return List.copyOf(records);
    });
  }

  @Override
  public R update(I id, long expectedVersion, UnaryOperator<B> edit) {
    Arguments.present(id, "id");
    Arguments.present(edit, "edit");
    return work.write(session, changes -> {
      RecordStore<I, R> store = store(changes.tx());
      R current = store.get(session.tenantId(), id);
      requireReadAnd(changes.tx(), Privilege.WRITE, current);
      requireVersion(current, expectedVersion);
      List<FieldDefinition> definitions = Definitions.of(changes.tx(), session.tenantId(), kind());
      FieldAccess fieldAccess = FieldAccess.of(session.guard().scope(changes.tx()), kind(), definitions);
      // The edit sees what the user may read; secured values it may not update are put back below.
      R shown = SecuredFields.clear(current, fieldAccess.unreadable());
      B edited = Arguments.present(edit.apply(builderOf(draftOf(shown, CustomValues.editable(shown.customFields(),
          definitions)))), "edit");
      D draft = buildDraft(edited);
      Violations violations = new Violations();
      violations.addAll(InputValidator.check(session.kernel().validator(), draft));
      CustomFields custom = CustomValues.resolve(definitions, current.customFields(), customOf(draft),
          session.profile(), violations);
      Optional<Owner> owner = ownerOf(draft);
      boolean reassigned = owner.isPresent() && !owner.get().equals(current.ownership().owner());
      Ownership ownership = reassigned
          ? Owners.resolve(changes.tx(), session.tenantId(), owner, session.actor(), violations)
          : current.ownership();
      R built = ownership == null ? null : build(changes.tx(), current, draft, id, ownership, current.state(), custom,
          current.revision().next(changes.now()), phonesOf(current), violations);
      R changed = built == null ? null : keepSecured(current, shown, built, fieldAccess, violations);
      if (changed != null) {
        if (reassigned) {
          session.guard().require(changes.tx(), Privilege.ASSIGN, AccessTarget.of(current));
        }
        checkLinks(changes.tx(), current, changed);
        checkReferences(changes.tx(), current, changed, violations);
        checkChange(current, changed, violations);
      }
      violations.throwIfAny();
      R next = Objects.requireNonNull(changed);
      // Compare the records, not their audit text: two values may render alike.
      if (withRevision(next, current.revision()).equals(current)) {
        return SecuredFields.clear(current, fieldAccess.unreadable());
      }
      List<FieldChange> diff = diff(current, next, definitions);
      R stored = store.update(next, expectedVersion);
      List<FieldChange> ownerChanges = diff.stream().filter(c -> isOwnershipField(c.field())).toList();
      List<FieldChange> otherChanges = diff.stream()
          .filter(c -> !isOwnershipField(c.field()) && !linkField().map(c.field()::equals).orElse(false)).toList();
      if (!otherChanges.isEmpty()) {
        recordUpdate(changes, current, stored, otherChanges);
      }
      if (!ownerChanges.isEmpty()) {
        changes.record(AuditOperation.ASSIGN, EventType.OWNER_ASSIGNED, stored.ref(), stored.version(), ownerChanges);
      }
      afterUpdate(changes, current, stored);
      return SecuredFields.clear(stored, fieldAccess.unreadable());
    });
  }

  @Override
  public Optional<R> find(I id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> store(tx).find(session.tenantId(), id).map(found -> readable(tx, found)));
  }

  @Override
  public R get(I id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> readable(tx, store(tx).get(session.tenantId(), id)));
  }

  @Override
  public Page<R> list(Query<R> query) {
    Arguments.present(query, "query");
    Query<R> active = new Query<>(query.filter().and(Filter.eq(stateField(), RecordState.ACTIVE.name())),
        query.sort(), query.limit(), query.after());
    return listIncludingArchived(active);
  }

  @Override
  public Page<R> listIncludingArchived(Query<R> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> {
      FieldAccess fieldAccess = checkFields(tx, query.filter().fields(), query.sort());
      Page<R> page = session.guard().isSystem()
          ? store(tx).query(session.tenantId(), query)
          : store(tx).query(session.tenantId(), query, session.guard().visibility(tx, kind(), Privilege.READ));
      return fieldAccess.unreadable().isEmpty() ? page
          : new Page<>(page.items().stream().map(r -> SecuredFields.clear(r, fieldAccess.unreadable())).toList(), page.next());
    });
  }

  @Override
  public long count(Filter<R> filter) {
    Arguments.present(filter, "filter");
    return work.read(session, tx -> {
      checkFields(tx, filter.fields(), Sort.byId());
      Filter<R> active = filter.and(Filter.eq(stateField(), RecordState.ACTIVE.name()));
      return session.guard().isSystem()
          ? store(tx).count(session.tenantId(), active)
          : store(tx).count(session.tenantId(), active, session.guard().visibility(tx, kind(), Privilege.READ));
    });
  }

  @Override
  public R archive(I id, long expectedVersion) {
    return changeState(id, expectedVersion, RecordState.ARCHIVED, AuditOperation.ARCHIVE);
  }

  @Override
  public R restore(I id, long expectedVersion) {
    return changeState(id, expectedVersion, RecordState.ACTIVE, AuditOperation.RESTORE);
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Arguments.present(id, "id");
    work.write(session, changes -> {
      RecordStore<I, R> store = store(changes.tx());
      R current = store.get(session.tenantId(), id);
      requireReadAnd(changes.tx(), Privilege.DELETE, current);
      requireVersion(current, expectedVersion);
      checkDeletable(changes.tx(), current);
      store.delete(session.tenantId(), id, expectedVersion);
      // Shares die with their record, as in Dynamics 365.
      for (RecordShare share : changes.tx().recordShares().sharesOf(session.tenantId(), current.ref())) {
        changes.tx().recordShares().delete(session.tenantId(), share.id(), share.version());
      }
      ActivityCascade.deleteActivitiesOf(changes, current.ref());
      List<FieldChange> removed = audited().created(current).stream()
          .map(c -> new FieldChange(c.field(), c.after(), Optional.empty())).toList();
      changes.record(AuditOperation.DELETE, event(AuditOperation.DELETE), current.ref(), 0, removed);
      return null;
    });
  }

  @Override
  public R assignOwner(I id, long expectedVersion, Owner owner, AssignOptions options) {
    Arguments.present(id, "id");
    Arguments.present(owner, "owner");
    Arguments.present(options, "options");
    return work.write(session, changes -> {
      RecordStore<I, R> store = store(changes.tx());
      R current = store.get(session.tenantId(), id);
      requireReadAnd(changes.tx(), Privilege.ASSIGN, current);
      requireVersion(current, expectedVersion);
      // Sharing back is decided on the record as the assigner holds it now, before it moves away.
      Principal previousOwner = Shares.principalOf(current.ownership().owner());
      options.shareBack().ifPresent(rights -> Shares.checkGrant(changes, current, previousOwner, rights));
      Violations violations = new Violations();
      Ownership ownership = Owners.resolve(changes.tx(), session.tenantId(), Optional.of(owner), session.actor(), violations);
      violations.throwIfAny();
      FieldAccess fieldAccess = fieldAccess(changes.tx());
      if (Objects.requireNonNull(ownership).equals(current.ownership())) {
        return SecuredFields.clear(current, fieldAccess.unreadable());
      }
      R next = withRevision(withOwnership(current, ownership), current.revision().next(changes.now()));
      R stored = store.update(next, expectedVersion);
      changes.record(AuditOperation.ASSIGN, EventType.OWNER_ASSIGNED, stored.ref(), stored.version(),
          audited().between(current, stored));
      afterAssign(changes, current, stored);
      cascadeAssignment(changes, current, ownership, options);
      options.shareBack().ifPresent(rights -> Shares.grantCheckedAsPartOf(changes, stored, previousOwner, rights));
      return SecuredFields.clear(stored, fieldAccess.unreadable());
    });
  }

  /**
   * Gives related records the new owner by {@code options}' rules, after {@code before} (the
   * record as it was) was assigned to {@code ownership}. Kinds without related records do nothing.
   */
  void cascadeAssignment(Changes changes, R before, Ownership ownership, AssignOptions options) {}

  /** Whether a related record follows its parent's assignment under {@code rule}. */
  static boolean follows(CascadeRule rule, OwnedRecord<?> related, OwnedRecord<?> parentBefore) {
    return switch (rule) {
      case ALL -> true;
      case ACTIVE -> related.state() == RecordState.ACTIVE;
      case OWNED_BY_PREVIOUS_OWNER -> related.ownership().owner().equals(parentBefore.ownership().owner());
      case NONE -> false;
    };
  }

  /**
   * The record as the session may see it: throws {@link
   * org.crmkernel.model.error.AccessDeniedException} without read, and empties secured fields
   * the user may not read.
   */
  R readable(StoreTransaction tx, R record) {
    if (session.guard().isSystem()) {
      return record;
    }
    session.guard().require(tx, Privilege.READ, AccessTarget.of(record));
    return SecuredFields.clear(record, fieldAccess(tx).unreadable());
  }

  /**
   * The checks of a new record: create (measured on the record's owner and unit), append and
   * append-to for its links, and no secured value the user may not update.
   */
  private void checkCreate(StoreTransaction tx, R record, FieldAccess fieldAccess, Violations violations) {
    if (session.guard().isSystem()) {
      return;
    }
    session.guard().require(tx, Privilege.CREATE, AccessTarget.of(record));
    checkLinks(tx, null, record);
    for (String field : fieldAccess.unwritable()) {
      violations.check(!SecuredFields.hasValue(record, field), field, "secured",
          "field security does not let this user set " + field);
    }
  }

  /** Append on the record and append-to on every record it is newly attached to. */
  private void checkLinks(StoreTransaction tx, @Nullable R before, R after) {
    if (session.guard().isSystem()) {
      return;
    }
    List<RecordRef> added = new ArrayList<>(links(after));
    if (before != null) {
      added.removeAll(links(before));
    }
    if (added.isEmpty()) {
      return;
    }
    session.guard().require(tx, Privilege.APPEND, AccessTarget.of(after));
    for (RecordRef target : added) {
      // An unknown target is reported by checkReferences as a validation problem.
      OwnedRecords.find(tx, session.tenantId(), target)
          .ifPresent(linked -> session.guard().require(tx, Privilege.APPEND_TO, AccessTarget.of(linked)));
    }
  }

  /**
   * The edited record with every secured value the user may not update as stored: an edit that
   * changed such a value (from what the user was shown) is a problem.
   */
  private @Nullable R keepSecured(R current, R shown, R edited, FieldAccess fieldAccess, Violations violations) {
    if (fieldAccess.unwritable().isEmpty() && fieldAccess.unreadable().isEmpty()) {
      return edited;
    }
    Set<String> keep = new java.util.HashSet<>();
    for (String field : fieldAccess.unwritable()) {
      violations.check(SecuredFields.value(edited, field).equals(SecuredFields.value(shown, field)), field, "secured",
          "field security does not let this user change " + field);
      keep.add(field);
    }
    // A value the user may update but not read was shown empty: left as shown, it keeps the stored
    // value (so such a user can replace it, but not clear it).
    for (String field : fieldAccess.unreadable()) {
      if (SecuredFields.value(edited, field).equals(SecuredFields.value(shown, field))) {
        keep.add(field);
      }
    }
    return violations.isEmpty() ? SecuredFields.copy(current, edited, keep) : null;
  }

  /**
   * What field security leaves the session on this kind; the definitions are read only for a
   * user session, so system sessions pay nothing for it.
   */
  FieldAccess fieldAccess(StoreTransaction tx) {
    Optional<org.crmkernel.spi.access.AccessScope> scope = session.guard().scope(tx);
    return scope.isEmpty() ? FieldAccess.ALL : FieldAccess.of(scope, kind(), Definitions.of(tx, session.tenantId(), kind()));
  }

  /** Read on {@code record} and {@code privilege} on it: no change may reveal a record one cannot read. */
  void requireReadAnd(StoreTransaction tx, Privilege privilege, R record) {
    session.guard().require(tx, Privilege.READ, AccessTarget.of(record));
    session.guard().require(tx, privilege, AccessTarget.of(record));
  }

  private R changeState(I id, long expectedVersion, RecordState target, AuditOperation operation) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      RecordStore<I, R> store = store(changes.tx());
      R current = store.get(session.tenantId(), id);
      requireReadAnd(changes.tx(), Privilege.WRITE, current);
      requireVersion(current, expectedVersion);
      Set<String> unreadable = fieldAccess(changes.tx()).unreadable();
      if (current.state() == target) {
        return SecuredFields.clear(current, unreadable);
      }
      R next = withState(current, target, current.revision().next(changes.now()));
      R stored = store.update(next, expectedVersion);
      changes.record(operation, event(operation), stored.ref(), stored.version(), audited().between(current, stored));
      return SecuredFields.clear(stored, unreadable);
    });
  }

  /**
   * The record a draft describes, or null after recording its problems. {@code owners} holds the
   * ownerships already resolved in this unit of work (only successful ones, so that every draft
   * naming a bad owner reports it).
   */
  private @Nullable R prepare(Changes changes, D draft, List<FieldDefinition> definitions, Violations violations,
      boolean checkReferences, Map<Optional<Owner>, Ownership> owners) {
    violations.addAll(InputValidator.check(session.kernel().validator(), draft));
    CustomFields custom = CustomValues.resolve(definitions, CustomFields.none(), customOf(draft), session.profile(), violations);
    Optional<Owner> named = ownerOf(draft);
    Ownership ownership = owners.get(named);
    if (ownership == null) {
      ownership = Owners.resolve(changes.tx(), session.tenantId(), named, session.actor(), violations);
      if (ownership == null) {
        return null;
      }
      owners.put(named, ownership);
    }
    R record = build(changes.tx(), null, draft, newId(), ownership, RecordState.ACTIVE, custom,
        Revision.first(changes.now()), List.of(),
        violations);
    if (record != null && checkReferences) {
      checkReferences(changes.tx(), null, record, violations);
    }
    return violations.isEmpty() ? record : null;
  }

  private void recordCreated(Changes changes, R stored, List<FieldDefinition> definitions) {
    List<FieldChange> fields = new ArrayList<>(audited().created(stored));
    fields.addAll(customDiff(CustomFields.none(), stored.customFields(), definitions));
    changes.record(AuditOperation.CREATE, event(AuditOperation.CREATE), stored.ref(), stored.version(), fields);
    afterCreate(changes, stored);
  }

  private List<FieldChange> diff(R before, R after, List<FieldDefinition> definitions) {
    List<FieldChange> all = new ArrayList<>(audited().between(before, after));
    all.addAll(customDiff(before.customFields(), after.customFields(), definitions));
    return all;
  }

  /** Changed custom values, sensitive ones masked. */
  private static List<FieldChange> customDiff(CustomFields before, CustomFields after, List<FieldDefinition> definitions) {
    List<FieldChange> changes = new ArrayList<>();
    for (FieldDefinition definition : definitions) {
      Optional<FieldValue> old = before.get(definition.apiName());
      Optional<FieldValue> now = after.get(definition.apiName());
      if (!old.equals(now)) {
        changes.add(FieldChange.of(definition.path(), definition.auditText(old), definition.auditText(now)));
      }
    }
    return changes;
  }

  private static boolean isOwnershipField(String field) {
    return field.equals("owner") || field.equals("owningUnit");
  }

  static void requireVersion(OwnedRecord<?> current, long expectedVersion) {
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
  }

  /**
   * Checks that a query names fields of this kind, custom fields that exist with that type, and
   * sorts only by custom fields that hold one short value (not long text or multi-select).
   */
  private FieldAccess checkFields(StoreTransaction tx, List<? extends FieldRef<R, ?>> filterFields, Sort<R> sort) {
    List<FieldRef<R, ?>> fields = new ArrayList<>(filterFields);
    List<FieldRef<R, ?>> sorted = sort.keys().stream().<FieldRef<R, ?>>map(Sort.Key::field).toList();
    fields.addAll(sorted);
    Violations violations = new Violations();
    List<FieldDefinition> definitions = null;
    for (FieldRef<R, ?> field : fields) {
      if (field.recordKind() != kind()) {
        violations.add("query", "wrong_kind", "field " + field.name() + " belongs to " + field.recordKind() + ", not " + kind());
      } else if (field instanceof CustomFieldRef<?> custom) {
        if (definitions == null) {
          definitions = Definitions.of(tx, session.tenantId(), kind());
        }
        Optional<FieldDefinition> definition = definitions.stream().filter(d -> d.apiName().equals(custom.apiName())
            && d.type().valueType() == custom.valueType()).findFirst();
        violations.check(definition.isPresent(), "query", "unknown_field",
            "no custom field " + custom.apiName() + " of type " + custom.valueType() + " on " + kind());
        boolean unsortable = definition.map(d -> d.type() == FieldType.LONG_TEXT || d.type().isMultiValued()).orElse(false);
        violations.check(!(sorted.contains(field) && unsortable), "query", "not_sortable",
            "custom field " + custom.apiName() + " holds long text or several values and cannot be sorted by");
      }
    }
    violations.throwIfAny();
    if (session.guard().isSystem()) {
      return FieldAccess.ALL;
    }
    FieldAccess fieldAccess = FieldAccess.of(session.guard().scope(tx),
        kind(), definitions != null ? definitions : Definitions.of(tx, session.tenantId(), kind()));
    // Filtering or sorting by a value one may not read would reveal it.
    for (FieldRef<R, ?> field : fields) {
      String name = field instanceof CustomFieldRef<?> custom ? "custom." + custom.apiName()
          : FieldAccess.recordFieldOf(kind(), field.name());
      violations.check(!fieldAccess.unreadable().contains(name), "query", "secured",
          "field security does not let this user read " + name + ", so it cannot filter or sort by it");
    }
    violations.throwIfAny();
    return fieldAccess;
  }
}
