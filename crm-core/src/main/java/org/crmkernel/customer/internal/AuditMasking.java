package org.crmkernel.customer.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessScope;

/**
 * Field security for the audit log: a user session reads the before and after values of secured
 * fields it may not read as {@link FieldChange#MASKED}. The log keeps them (sensitive custom
 * values excepted, which are never recorded), so that those allowed can still read them.
 */
public final class AuditMasking {

  private AuditMasking() {}

  /** {@code entries} as the session may read them. */
  public static List<AuditEntry> mask(StoreTransaction tx, SessionContext session, List<AuditEntry> entries) {
    Optional<AccessScope> scope = session.guard().scope(tx);
    if (scope.isEmpty()) {
      return entries;
    }
    Map<RecordKind, Set<String>> unreadable = new EnumMap<>(RecordKind.class);
    List<AuditEntry> masked = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      RecordKind kind = entry.record().kind();
      if (!kind.isCustomizable()) {
        masked.add(entry);
        continue;
      }
      Set<String> hidden = unreadable.computeIfAbsent(kind,
          k -> FieldAccess.of(scope, k, Definitions.of(tx, session.tenantId(), k)).unreadable());
      if (hidden.isEmpty() || entry.changes().stream().noneMatch(c -> hidden.contains(c.field()))) {
        masked.add(entry);
        continue;
      }
      List<FieldChange> changes = entry.changes().stream().map(c -> hidden.contains(c.field())
          ? FieldChange.of(c.field(), c.before().map(v -> FieldChange.MASKED), c.after().map(v -> FieldChange.MASKED))
          : c).toList();
      masked.add(new AuditEntry(entry.id(), entry.tenantId(), entry.actor(), entry.occurredAt(), entry.operation(),
          entry.record(), changes, entry.correlationId()));
    }
    return masked;
  }
}
