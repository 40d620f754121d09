package org.crmkernel.access;

import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.query.Visibility;

/**
 * Access decisions and reviews: "may this user do this to this record, and why?", "which
 * records may they do it to?", "what may this user do?" and "who can read or write this
 * record?". A user session may ask about itself; about others it needs read on security roles
 * (organisation depth), as an administrator would. The system session may ask anything.
 */
public interface AccessService {

  /**
   * Whether {@code user} may exercise {@code privilege} on {@code record}, with every reason.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if the user or record does not
   *     exist in this tenant
   */
  AccessDecision check(UserId user, Privilege privilege, RecordRef record);

  /** The predicate of the owned records of {@code kind} that {@code user} may exercise {@code privilege} on. */
  Visibility visibility(UserId user, Privilege privilege, RecordKind kind);

  /** {@code user}'s effective rights per record kind and privilege, and where each comes from. */
  UserAccessReview reviewUser(UserId user);

  /**
   * Who can read and who can write {@code record}, and why ("why can Bob see this account?").
   * Evaluates every active user of the tenant, so it costs in proportion to the users.
   */
  RecordAccessReview reviewRecord(RecordRef record);
}
