package org.crmkernel.access;

import java.util.List;
import java.util.Set;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.id.RecordRef;

/**
 * Sharing of owned records with users and teams. A user session needs share on the record and
 * may grant only rights it holds on the record itself; whatever a share says, it never gives a
 * grantee more than their roles allow for that record kind. Every change is audited on the
 * shared record and reported as an event.
 */
public interface SharingService {

  /** Adds {@code rights} to {@code grantee}'s share of {@code record}, creating it if need be. */
  RecordShare shareWith(RecordRef record, Principal grantee, Set<Privilege> rights);

  /** Replaces the rights of {@code grantee}'s existing share of {@code record}. */
  RecordShare modifyShare(RecordRef record, Principal grantee, Set<Privilege> rights);

  /** Revokes {@code grantee}'s share of {@code record}. */
  void revokeShare(RecordRef record, Principal grantee);

  /** The shares of {@code record} (a user session needs read on it). */
  List<RecordShare> sharesOf(RecordRef record);
}
