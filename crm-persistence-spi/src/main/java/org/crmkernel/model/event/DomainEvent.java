package org.crmkernel.model.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;

/**
 * Something that happened to a record, delivered to notification sinks after commit, at least
 * once. {@link #id} is stable across redeliveries so receivers can drop duplicates. {@link
 * #changes} says which fields changed (sensitive values masked); {@link #subjectVersion} is
 * the record's version after the change (0 after a delete).
 */
public record DomainEvent(
    EventId id,
    TenantId tenantId,
    EventType type,
    RecordRef subject,
    long subjectVersion,
    Actor actor,
    Instant occurredAt,
    CorrelationId correlationId,
    List<FieldChange> changes) {

  /** Rejects missing parts and a subject of the wrong kind; copies the changes. */
  public DomainEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(correlationId, "correlationId");
    if (!type.isAbout(subject.kind())) {
      throw new IllegalArgumentException(type + " cannot be about a " + subject.kind());
    }
    changes = List.copyOf(changes);
  }
}
