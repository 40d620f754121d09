package org.crmkernel.customfield.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crmkernel.customfield.ExistingValues;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.customfield.FieldService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Guard;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.InputValidator;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;

/** The kernel's {@link FieldService}. */
public final class DefaultFieldService implements FieldService {

  /** How many offending records a refused change names. */
  private static final int NAMED_OFFENDERS = 10;

  private static final FieldDiff<FieldDefinition> AUDITED = FieldDiff.<FieldDefinition>builder()
      .field("recordKind", d -> Optional.of(d.recordKind()))
      .field("apiName", d -> Optional.of(d.apiName()))
      .field("label", d -> Optional.of(d.label()))
      .field("type", d -> Optional.of(d.type()))
      .field("required", d -> Optional.of(d.required()))
      .field("maxLength", FieldDefinition::maxLength)
      .field("min", FieldDefinition::min)
      .field("max", FieldDefinition::max)
      .list("picklistValues", FieldDefinition::picklistValues)
      .field("sensitive", d -> Optional.of(d.sensitive()))
      .field("retired", d -> Optional.of(d.retired()))
      .build();

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultFieldService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public FieldDefinition define(FieldDefinitionDraft draft) {
    Arguments.present(draft, "draft");
    return work.write(session, changes -> {
      session.guard().requireOnOrganization(changes.tx(), Privilege.CREATE, RecordKind.FIELD_DEFINITION, Guard.WHOLE_KIND);
      Violations violations = new Violations();
      violations.addAll(InputValidator.check(session.kernel().validator(), draft));
      if (hasMissingParts(draft)) {
        violations.throwIfAny(); // the checks below need every part
      }
      FieldDefinition definition = violations.attempt("", () -> new FieldDefinition(
          FieldDefinitionId.generate(session.kernel().clock()), session.tenantId(), draft.recordKind(),
          draft.apiName(), draft.label(), draft.type(), draft.required(), draft.maxLength(), draft.min(),
          draft.max(), draft.picklistValues(), draft.sensitive(), false, Revision.first(changes.now())));
      if (draft.recordKind().isCustomizable()) {
        List<FieldDefinition> existing = Definitions.of(changes.tx(), session.tenantId(), draft.recordKind());
        violations.check(existing.stream().noneMatch(d -> d.apiName().equals(draft.apiName())), "apiName",
            "duplicate", "'" + draft.apiName() + "' is already used on " + draft.recordKind() + " (names are never reused)");
        violations.check(existing.size() < MAX_FIELDS_PER_KIND, "recordKind", "too_many",
            draft.recordKind() + " already has " + MAX_FIELDS_PER_KIND + " custom fields");
      }
      violations.throwIfAny();
      FieldDefinition stored = changes.tx().fieldDefinitions().insert(java.util.Objects.requireNonNull(definition));
      changes.record(AuditOperation.CREATE, EventType.FIELD_DEFINED, stored.ref(), stored.version(), AUDITED.created(stored));
      return stored;
    });
  }

  @Override
  public FieldDefinition change(FieldDefinitionId id, long expectedVersion, UnaryOperator<FieldDefinitionDraft.Builder> edit,
      ExistingValues existingValues) {
    Arguments.present(id, "id");
    Arguments.present(edit, "edit");
    Arguments.present(existingValues, "existingValues");
    return work.write(session, changes -> {
      FieldDefinition current = changes.tx().fieldDefinitions().get(session.tenantId(), id);
      session.guard().requireOnOrganization(changes.tx(), Privilege.WRITE, RecordKind.FIELD_DEFINITION, id.value());
      requireVersion(current, expectedVersion);
      if (current.retired()) {
        throw CrmValidationException.of("", "retired", "field " + current.apiName() + " is retired and cannot change");
      }
      FieldDefinitionDraft draft = Arguments.present(edit.apply(FieldDefinitionDraft.from(current).toBuilder()), "edit").build();
      Violations violations = new Violations();
      violations.addAll(InputValidator.check(session.kernel().validator(), draft));
      boolean widening = current.type() == FieldType.TEXT && draft.type() == FieldType.LONG_TEXT;
      violations.check(draft.type() == current.type() || widening, "type", "type_change",
          "cannot change from " + current.type() + " to " + draft.type() + " (only TEXT to LONG_TEXT)");
      FieldDefinition changed = violations.attempt("", () -> new FieldDefinition(id, session.tenantId(),
          current.recordKind(), current.apiName(), draft.label(), draft.type(), draft.required(), draft.maxLength(),
          draft.min(), draft.max(), draft.picklistValues(), draft.sensitive(), false, current.revision().next(changes.now())));
      violations.throwIfAny();
      FieldDefinition next = java.util.Objects.requireNonNull(changed);
      List<FieldChange> diff = AUDITED.between(current, next);
      if (diff.isEmpty()) {
        return current;
      }
      handleExistingValues(changes, current, next, existingValues);
      FieldDefinition stored = changes.tx().fieldDefinitions().update(next, expectedVersion);
      changes.record(AuditOperation.UPDATE, EventType.FIELD_CHANGED, stored.ref(), stored.version(), diff);
      return stored;
    });
  }

  @Override
  public FieldDefinition retire(FieldDefinitionId id, long expectedVersion) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      FieldDefinition current = changes.tx().fieldDefinitions().get(session.tenantId(), id);
      session.guard().requireOnOrganization(changes.tx(), Privilege.WRITE, RecordKind.FIELD_DEFINITION, id.value());
      requireVersion(current, expectedVersion);
      if (current.retired()) {
        return current;
      }
      FieldDefinition retired = new FieldDefinition(id, current.tenantId(), current.recordKind(), current.apiName(),
          current.label(), current.type(), current.required(), current.maxLength(), current.min(), current.max(),
          current.picklistValues(), current.sensitive(), true, current.revision().next(changes.now()));
      FieldDefinition stored = changes.tx().fieldDefinitions().update(retired, expectedVersion);
      changes.record(AuditOperation.RETIRE, EventType.FIELD_RETIRED, stored.ref(), stored.version(),
          AUDITED.between(current, stored));
      return stored;
    });
  }

  @Override
  public Optional<FieldDefinition> find(FieldDefinitionId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.FIELD_DEFINITION, id.value());
      return tx.fieldDefinitions().find(session.tenantId(), id);
    });
  }

  @Override
  public Optional<FieldDefinition> find(RecordKind kind, String apiName) {
    Arguments.present(kind, "recordKind");
    Arguments.present(apiName, "apiName");
    if (!kind.isCustomizable() || !FieldDefinition.API_NAME.matcher(apiName).matches()) {
      return Optional.empty();
    }
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.FIELD_DEFINITION, Guard.WHOLE_KIND);
      return Definitions.named(tx, session.tenantId(), kind, apiName);
    });
  }

  @Override
  public List<FieldDefinition> list(RecordKind kind) {
    Arguments.present(kind, "recordKind");
    if (!kind.isCustomizable()) {
      return List.of();
    }
    return work.read(session, tx -> {
      session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.FIELD_DEFINITION, Guard.WHOLE_KIND);
      return Definitions.of(tx, session.tenantId(), kind);
    });
  }

  @SuppressWarnings("ConstantValue") // a draft built by untyped code may hold nulls
  private static boolean hasMissingParts(FieldDefinitionDraft draft) {
    return draft.recordKind() == null || draft.apiName() == null || draft.label() == null || draft.type() == null;
  }

  private static void requireVersion(FieldDefinition current, long expectedVersion) {
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
  }

  /**
   * Finds stored values that the current definition accepts and the changed one would reject,
   * and refuses the change or clears them (for a multi-select picklist, only the choices no
   * longer allowed). Values that were already invalid before the change (say, records without a
   * value for a field defined as required later) are not this change's concern.
   */
  private void handleExistingValues(Changes changes, FieldDefinition current, FieldDefinition next, ExistingValues policy) {
    List<CrmRecord<?>> offenders = new ArrayList<>();
    List<Optional<FieldValue>> replacements = new ArrayList<>();
    boolean unclearable = false;
    try (Stream<? extends CrmRecord<?>> records = CustomizableRecords.scan(changes.tx(), session.tenantId(), next.recordKind())) {
      java.util.Iterator<? extends CrmRecord<?>> iterator = records.iterator();
      while (iterator.hasNext()) {
        CrmRecord<?> record = iterator.next();
        Optional<FieldValue> value = CustomizableRecords.fieldsOf(record).get(next.apiName());
        if (current.check(value).isEmpty() && !next.check(value).isEmpty()) {
          Optional<FieldValue> replacement = cleared(next, value);
          unclearable |= !next.check(replacement).isEmpty();
          offenders.add(record);
          replacements.add(replacement);
        }
      }
    }
    if (offenders.isEmpty()) {
      return;
    }
    if (policy == ExistingValues.REJECT || unclearable) {
      String why = policy == ExistingValues.CLEAR_INVALID
          ? " hold values the changed field would reject, and clearing them would leave a required field empty;"
              + " set valid values first"
          : " hold values the changed field would reject; fix them or use CLEAR_INVALID";
      List<Violation> found = new ArrayList<>();
      found.add(new Violation("existingValues", "existing_values_invalid",
          offenders.size() + " " + next.recordKind() + " records" + why));
      // One violation per named record, its reference in the path, so callers need not parse text.
      offenders.stream().limit(NAMED_OFFENDERS).forEach(r -> found.add(new Violation("existingValues." + r.ref(),
          "existing_value_invalid", "holds a value the changed field would reject")));
      throw new CrmValidationException(found);
    }
    for (int i = 0; i < offenders.size(); i++) {
      CrmRecord<?> record = offenders.get(i);
      CustomFields before = CustomizableRecords.fieldsOf(record);
      Optional<FieldValue> replacement = replacements.get(i);
      Revision revision = record.revision().next(changes.now());
      CustomizableRecords.rewrite(changes.tx(), record, before.with(next.apiName(), replacement), revision);
      changes.record(AuditOperation.UPDATE, CustomizableRecords.updatedEvent(next.recordKind()), record.ref(),
          revision.version(), List.of(FieldChange.of(next.path(), next.auditText(before.get(next.apiName())),
              next.auditText(replacement))));
    }
  }

  /** What a rejected value becomes: empty, or for a multi-select the choices still allowed. */
  private static Optional<FieldValue> cleared(FieldDefinition next, Optional<FieldValue> value) {
    if (value.orElse(null) instanceof FieldValue.MultiPicklistValue multi) {
      java.util.TreeSet<String> kept = new java.util.TreeSet<>(multi.choices());
      kept.retainAll(next.picklistValues());
      return kept.isEmpty() ? Optional.empty() : Optional.of(new FieldValue.MultiPicklistValue(kept));
    }
    return Optional.empty();
  }
}
