package org.crmkernel.model.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;

/**
 * Rights on one owned record granted to one user or team. A record has at most one share per
 * grantee; modifying a share replaces its rights. A share never gives more than the grantee's
 * roles allow for the record's kind: a right counts only where a role grants that privilege on
 * the kind at user depth or more.
 */
public record RecordShare(ShareId id, TenantId tenantId, RecordRef record, Principal grantee, Set<Privilege> rights,
    Revision revision) implements CrmRecord<ShareId> {

  /** Validates every field, listing all problems; rights are kept in privilege order. */
  public RecordShare {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(rights, "rights");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    v.check(record.kind().isOwned(), "record", "not_shareable", record.kind() + " records cannot be shared");
    v.check(!rights.isEmpty(), "rights", "required", "a share grants at least one right");
    v.check(!rights.contains(Privilege.CREATE), "rights", "not_shareable", "the create privilege cannot be shared");
    v.throwIfAny();
    rights = Collections.unmodifiableSet(EnumSet.copyOf(rights));
  }

  /** Whether the share carries {@code privilege}. */
  public boolean grants(Privilege privilege) {
    return rights.contains(privilege);
  }
}
