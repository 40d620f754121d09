package org.crmkernel.customer.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmkernel.internal.Changes;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.access.AccessTarget;

/**
 * Grants, modifies and revokes shares inside a unit of work, with the checks a user session
 * needs: share on the record, and only rights the acting user holds on it themselves.
 */
public final class Shares {

  private Shares() {}

  /** The principal an owner is, for sharing back. */
  static Principal principalOf(Owner owner) {
    return owner instanceof Owner.UserOwner u ? Principal.user(u.userId()) : Principal.team(((Owner.TeamOwner) owner).teamId());
  }

  /** Adds {@code rights} to {@code grantee}'s share of {@code record}, creating the share if need be. */
  public static RecordShare grantAsPartOf(Changes changes, OwnedRecord<?> record, Principal grantee, Set<Privilege> rights) {
    return grantCheckedAsPartOf(changes, record, grantee, checked(changes, record, grantee, rights));
  }

  /** The checks of {@link #grantAsPartOf}, on the record as it is now, for a grant made later in the unit of work. */
  static void checkGrant(Changes changes, OwnedRecord<?> record, Principal grantee, Set<Privilege> rights) {
    checked(changes, record, grantee, rights);
  }

  /** {@link #grantAsPartOf} once {@link #checkGrant} passed. */
  static RecordShare grantCheckedAsPartOf(Changes changes, OwnedRecord<?> record, Principal grantee, Set<Privilege> rights) {
    Set<Privilege> wanted = EnumSet.copyOf(rights);
    Optional<RecordShare> existing = changes.tx().recordShares().find(changes.tenantId(), record.ref(), grantee);
    if (existing.isPresent()) {
      EnumSet<Privilege> merged = EnumSet.copyOf(existing.get().rights());
      merged.addAll(wanted);
      return replace(changes, record, existing.get(), merged);
    }
    RecordShare share = new RecordShare(ShareId.generate(changes.session().kernel().clock()), changes.tenantId(), record.ref(),
        grantee, wanted, Revision.first(changes.now()));
    RecordShare stored = changes.tx().recordShares().insert(share);
    changes.record(AuditOperation.SHARE, EventType.RECORD_SHARED, record.ref(), record.version(),
        List.of(FieldChange.of(fieldOf(grantee), Optional.empty(), Optional.of(text(wanted)))));
    return stored;
  }

  /** Replaces the rights of {@code grantee}'s existing share of {@code record}. */
  public static RecordShare modifyAsPartOf(Changes changes, OwnedRecord<?> record, Principal grantee, Set<Privilege> rights) {
    Set<Privilege> wanted = checked(changes, record, grantee, rights);
    RecordShare existing = changes.tx().recordShares().find(changes.tenantId(), record.ref(), grantee)
        .orElseThrow(() -> CrmValidationException.of("grantee", "not_shared", record.ref() + " is not shared with "
            + grantee.ref()));
    return replace(changes, record, existing, wanted);
  }

  /** Removes {@code grantee}'s share of {@code record}. */
  public static void revokeAsPartOf(Changes changes, OwnedRecord<?> record, Principal grantee) {
    changes.session().guard().require(changes.tx(), Privilege.SHARE, AccessTarget.of(record));
    RecordShare existing = changes.tx().recordShares().find(changes.tenantId(), record.ref(), grantee)
        .orElseThrow(() -> CrmValidationException.of("grantee", "not_shared", record.ref() + " is not shared with "
            + grantee.ref()));
    changes.tx().recordShares().delete(changes.tenantId(), existing.id(), existing.version());
    changes.record(AuditOperation.REVOKE_SHARE, EventType.SHARE_REVOKED, record.ref(), record.version(),
        List.of(FieldChange.of(fieldOf(grantee), Optional.of(text(existing.rights())), Optional.empty())));
  }

  private static RecordShare replace(Changes changes, OwnedRecord<?> record, RecordShare existing, Set<Privilege> rights) {
    if (existing.rights().equals(rights)) {
      return existing;
    }
    RecordShare next = new RecordShare(existing.id(), existing.tenantId(), existing.record(), existing.grantee(), rights,
        existing.revision().next(changes.now()));
    RecordShare stored = changes.tx().recordShares().update(next, existing.version());
    changes.record(AuditOperation.MODIFY_SHARE, EventType.SHARE_CHANGED, record.ref(), record.version(),
        List.of(FieldChange.of(fieldOf(existing.grantee()), Optional.of(text(existing.rights())), Optional.of(text(rights)))));
    return stored;
  }

  /**
   * Checks the rights and the grantee (an active user or a team of the tenant) and, for a user
   * session, share on the record and every granted right on it.
   */
  private static Set<Privilege> checked(Changes changes, OwnedRecord<?> record, Principal grantee, Set<Privilege> rights) {
    if (rights.isEmpty() || rights.contains(Privilege.CREATE)) {
      throw CrmValidationException.of("rights", "invalid", "share at least one right, and never create");
    }
    if (grantee instanceof Principal.UserPrincipal u) {
      User user = changes.tx().users().find(changes.tenantId(), u.userId())
          .orElseThrow(() -> new RecordNotFoundException(u.userId().ref()));
      if (!user.active()) {
        throw CrmValidationException.of("grantee", "inactive_user", "user " + user.fullName() + " is inactive");
      }
    } else {
      Principal.TeamPrincipal t = (Principal.TeamPrincipal) grantee;
      changes.tx().teams().find(changes.tenantId(), t.teamId()).orElseThrow(() -> new RecordNotFoundException(t.teamId().ref()));
    }
    changes.session().guard().require(changes.tx(), Privilege.SHARE, AccessTarget.of(record));
    for (Privilege right : rights) {
      changes.session().guard().require(changes.tx(), right, AccessTarget.of(record));
    }
    return EnumSet.copyOf(rights);
  }

  private static String fieldOf(Principal grantee) {
    return "share." + grantee.ref();
  }

  private static String text(Set<Privilege> rights) {
    return rights.stream().map(Privilege::label).collect(Collectors.joining(","));
  }
}
