package org.crmkernel.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.PersonName;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a host that calls the store directly has to do for the same writes, written by hand
 * with the values already parsed: build the records (their constructors still validate), and,
 * for the fair comparison with the kernel's audit and outbox, the audit entry and an outbox
 * message with the same JSON shape. No generic machinery, no lookups, no checks of input.
 */
final class DirectWrites {

  private final JsonMapper json = JsonMapper.builder().build();
  private final CustomerInputs in;
  private final Clock clock;
  private final TenantId tenant;
  private final Ownership ownership;

  DirectWrites(CustomerInputs in, BenchTenant t) {
    this.in = in;
    this.clock = t.clock;
    this.tenant = t.tenant;
    this.ownership = t.ownership;
  }

  /** The account the kernel would store for input {@code i}, built from parsed values. */
  Account account(int i) {
    CustomFields custom = CustomFields.of(Map.of(
        BenchTenant.TIER, new FieldValue.PicklistValue(in.tier(i)),
        BenchTenant.RENEWAL, new FieldValue.DateValue(in.renewal(i))));
    return new Account(AccountId.generate(clock), tenant, in.name(i), in.website(i), Optional.of(in.industry(i)),
        Optional.empty(), Optional.empty(), List.of(in.address(i)), List.of(in.phone(i)), List.of(in.email(i)),
        Optional.empty(), ownership, RecordState.ACTIVE, custom, Revision.first(clock.instant()));
  }

  /** A contact working for {@code account}, built from parsed values. */
  Contact contact(int i, AccountId account) {
    return new Contact(ContactId.generate(clock), tenant, PersonName.of(in.firstName(i), in.lastName(i)),
        Optional.of(in.jobTitle(i)), List.of(in.email(i)), List.of(in.phone(i)), List.of(), Optional.empty(),
        Optional.of(account), ownership, RecordState.ACTIVE, CustomFields.none(), Revision.first(clock.instant()));
  }

  /** {@code current} with another industry, as its next version. */
  Account withIndustry(Account current, String industry) {
    return new Account(current.id(), current.tenantId(), current.name(), current.website(), Optional.of(industry),
        current.employeeCount(), current.annualRevenue(), current.addresses(), current.phones(), current.emails(),
        current.parentAccountId(), current.ownership(), current.state(), current.customFields(),
        current.revision().next(clock.instant()));
  }

  /** The audit entry and outbox message of a created account: its set fields, as text. */
  AuditAndEvent created(Account a) {
    List<FieldChange> changes = new ArrayList<>(11);
    set(changes, "name", a.name());
    set(changes, "website", a.website().orElseThrow());
    set(changes, "industry", a.industry().orElseThrow());
    set(changes, "addresses", a.addresses().get(0).singleLine());
    set(changes, "phones", a.phones().get(0).toString());
    set(changes, "emails", a.emails().get(0).toString());
    set(changes, "owner", a.ownership().owner().ref().toString());
    set(changes, "owningUnit", a.ownership().owningUnitId().toString());
    set(changes, "state", a.state().name());
    a.customFields().values().forEach((name, value) -> set(changes, "custom." + name, value.display()));
    Instant now = a.revision().createdAt();
    CorrelationId correlation = CorrelationId.generate(clock);
    AuditEntry entry = new AuditEntry(AuditEntryId.generate(clock), tenant, Actor.system(), now, AuditOperation.CREATE,
        a.ref(), changes, correlation);
    EventId eventId = EventId.generate(clock);
    EventType type = EventType.ACCOUNT_CREATED;
    String payload = json.writeValueAsString(new EventJson(eventId.toString(), tenant.toString(), type.wireName(),
        a.ref().kind().name(), a.id().toString(), a.version(), Actor.system().describe(), now.toString(),
        correlation.toString(), changes.stream().map(c -> new ChangeJson(c.field(), null, c.after().orElseThrow())).toList()));
    return new AuditAndEvent(entry, OutboxMessage.pending(eventId, tenant, type.wireName(), payload, now));
  }

  private static void set(List<FieldChange> changes, String field, String value) {
    changes.add(new FieldChange(field, Optional.empty(), Optional.of(value)));
  }

  /** An audit entry and the outbox message that reports the same change. */
  record AuditAndEvent(AuditEntry entry, OutboxMessage message) {}

  /** The JSON shape of an event: the same fields as the kernel's outbox payload. */
  record EventJson(String id, String tenantId, String type, String subjectKind, String subjectId,
      long subjectVersion, String actor, String occurredAt, String correlationId, List<ChangeJson> changes) {}

  /** The JSON shape of a field change. */
  record ChangeJson(String field, @org.jspecify.annotations.Nullable String before, String after) {}
}
