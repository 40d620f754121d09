package org.crmkernel.customer.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.customer.ConversionCandidates;
import org.crmkernel.customer.LeadConversionOptions;
import org.crmkernel.customer.LeadConversionResult;
import org.crmkernel.customer.LeadService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.value.Texts;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.jspecify.annotations.Nullable;

/** The kernel's {@link LeadService}. */
public final class DefaultLeadService extends CustomerServiceBase<LeadId, Lead, LeadDraft, LeadDraft.Builder>
    implements LeadService {

  private static final FieldDiff<Lead> AUDITED = FieldDiff.<Lead>builder()
      .field("name.salutation", l -> l.name().salutation())
      .field("name.firstName", l -> l.name().firstName())
      .field("name.middleName", l -> l.name().middleName())
      .field("name.lastName", l -> Optional.of(l.name().lastName()))
      .field("name.suffix", l -> l.name().suffix())
      .field("company", Lead::company)
      .field("jobTitle", Lead::jobTitle)
      .list("emails", Lead::emails)
      .list("phones", Lead::phones)
      .field("address", l -> l.address().map(AuditText::address))
      .field("industry", Lead::industry)
      .field("employeeCount", Lead::employeeCount)
      .field("website", Lead::website)
      .field("source", Lead::source)
      .field("status", l -> Optional.of(l.status()))
      .field("owner", l -> Optional.of(l.ownership().owner().ref()))
      .field("owningUnit", l -> Optional.of(l.ownership().owningUnitId().ref()))
      .field("state", l -> Optional.of(l.state()))
      .build();

  /** A service acting as {@code session}. */
  public DefaultLeadService(SessionContext session, UnitOfWork work) {
    super(session, work);
  }

  @Override
  RecordKind kind() {
    return RecordKind.LEAD;
  }

  @Override
  OwnedRecordStore<LeadId, Lead> store(StoreTransaction tx) {
    return tx.leads();
  }

  @Override
  LeadId newId() {
    return LeadId.generate(session.kernel().clock());
  }

  @Override
  Optional<Owner> ownerOf(LeadDraft draft) {
    return draft.owner();
  }

  @Override
  Map<String, Object> customOf(LeadDraft draft) {
    return draft.custom();
  }

  @Override
  List<PhoneNumber> phonesOf(Lead record) {
    return record.phones();
  }

  @Override
  @Nullable Lead build(StoreTransaction tx, @Nullable Lead current, LeadDraft d, LeadId id, Ownership ownership,
      RecordState state, CustomFields custom,
      Revision revision, List<PhoneNumber> storedPhones, Violations violations) {
    var emails = ContactPoints.emails(d.emails(), violations);
    var phones = ContactPoints.phones(d.phones(), session.profile().defaultRegion(), storedPhones, violations);
    if (revision.version() == 1) {
      violations.check(d.status() != LeadStatus.CONVERTED, "status", "conversion_only",
          "a lead becomes CONVERTED only by conversion");
    }
    // A disqualification reason stays while the lead stays disqualified; conversion is read-only.
    Optional<String> reason = current != null && d.status() == LeadStatus.DISQUALIFIED
        ? current.disqualificationReason() : Optional.empty();
    Optional<org.crmkernel.model.customer.LeadConversion> conversion =
        current == null ? Optional.empty() : current.conversion();
    return construct(violations, () -> new Lead(id, session.tenantId(), d.name(), d.company(), d.jobTitle(), emails,
        phones, d.address(), d.industry(), d.employeeCount(), ContactPoints.website(d.website()), d.source(), d.status(),
        ownership, state, custom, reason, conversion, revision));
  }

  /** Conversion alone makes a lead CONVERTED, and a converted lead is read-only, as in Salesforce. */
  @Override
  void checkChange(Lead before, Lead after, Violations violations) {
    if (before.status() == LeadStatus.CONVERTED) {
      violations.add("status", "converted", "a converted lead cannot be changed");
    } else {
      violations.check(after.status() != LeadStatus.CONVERTED, "status", "conversion_only",
          "a lead becomes CONVERTED only by conversion");
    }
  }

  @Override
  LeadDraft draftOf(Lead l, Map<String, Object> editableCustom) {
    return new LeadDraft(l.name(), l.company(), l.jobTitle(), ContactPoints.emailTexts(l.emails()),
        ContactPoints.phoneTexts(l.phones()), l.address(), l.industry(), l.employeeCount(), l.website(), l.source(),
        l.status(), Optional.of(l.ownership().owner()), editableCustom);
  }

  @Override
  LeadDraft.Builder builderOf(LeadDraft draft) {
    return draft.toBuilder();
  }

  @Override
  LeadDraft buildDraft(LeadDraft.Builder builder) {
    return builder.build();
  }

  @Override
  Lead withOwnership(Lead record, Ownership ownership) {
    return record.withOwnership(ownership);
  }

  @Override
  Lead withState(Lead record, RecordState state, Revision revision) {
    return record.withState(state).withRevision(revision);
  }

  @Override
  Lead withRevision(Lead record, Revision revision) {
    return record.withRevision(revision);
  }

  @Override
  FieldDiff<Lead> audited() {
    return AUDITED;
  }

  @Override
  StandardField<Lead, String> stateField() {
    return LeadFields.STATE;
  }

  @Override
  EventType event(AuditOperation operation) {
    return switch (operation) {
      case CREATE -> EventType.LEAD_CREATED;
      case ARCHIVE -> EventType.LEAD_ARCHIVED;
      case RESTORE -> EventType.LEAD_RESTORED;
      case DELETE -> EventType.LEAD_DELETED;
      default -> EventType.LEAD_UPDATED;
    };
  }

  // ---- qualification and conversion

  @Override
  public Lead qualify(LeadId id, long expectedVersion) {
    return changeOutcome(id, expectedVersion, LeadStatus.QUALIFIED, Optional.empty(), EventType.LEAD_QUALIFIED);
  }

  @Override
  public Lead disqualify(LeadId id, long expectedVersion, String reason) {
    Violations violations = new Violations();
    String why = Texts.required(reason, "reason", Lead.MAX_REASON, violations);
    violations.throwIfAny();
    return changeOutcome(id, expectedVersion, LeadStatus.DISQUALIFIED, Optional.ofNullable(why),
        EventType.LEAD_DISQUALIFIED);
  }

  private Lead changeOutcome(LeadId id, long expectedVersion, LeadStatus status, Optional<String> reason,
      EventType event) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      Lead current = changes.tx().leads().get(session.tenantId(), id);
      requireReadAnd(changes.tx(), Privilege.WRITE, current);
      requireVersion(current, expectedVersion);
      FieldAccess fieldAccess = fieldAccess(changes.tx());
      java.util.Set<String> unreadable = fieldAccess.unreadable();
      if (current.status() == LeadStatus.CONVERTED) {
        throw org.crmkernel.model.error.CrmValidationException.of("status", "converted",
            "a converted lead cannot be changed");
      }
      if (current.status() == status && current.disqualificationReason().equals(reason)) {
        return SecuredFields.clear(current, unreadable);
      }
      if (fieldAccess.unwritable().contains("disqualificationReason")
          && !current.disqualificationReason().equals(reason)) {
        throw org.crmkernel.model.error.CrmValidationException.of("disqualificationReason", "secured",
            "field security does not let this user change disqualificationReason");
      }
      Lead next = current.withOutcome(status, reason, Optional.empty()).withRevision(current.revision().next(changes.now()));
      Lead stored = changes.tx().leads().update(next, expectedVersion);
      List<org.crmkernel.model.audit.FieldChange> fields = new java.util.ArrayList<>(AUDITED.between(current, stored));
      if (!current.disqualificationReason().equals(reason)) {
        fields.add(org.crmkernel.model.audit.FieldChange.of("disqualificationReason", current.disqualificationReason(),
            reason));
      }
      changes.record(AuditOperation.QUALIFY, event, stored.ref(), stored.version(), fields);
      return SecuredFields.clear(stored, unreadable);
    });
  }

  @Override
  public ConversionCandidates conversionCandidates(LeadId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> new LeadConversions(session, work).candidates(tx,
        readable(tx, tx.leads().get(session.tenantId(), id))));
  }

  @Override
  public LeadConversionResult convert(LeadId id, long expectedVersion, LeadConversionOptions options) {
    Arguments.present(id, "id");
    Arguments.present(options, "options");
    return work.write(session, changes -> {
      Lead current = changes.tx().leads().get(session.tenantId(), id);
      requireReadAnd(changes.tx(), Privilege.WRITE, current);
      requireVersion(current, expectedVersion);
      return new LeadConversions(session, work).convert(changes, current, options);
    });
  }
}
