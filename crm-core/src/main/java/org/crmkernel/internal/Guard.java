package org.crmkernel.internal;

import java.util.Optional;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Visibility;

/**
 * A session's access checks. A system session passes every check; a user session's checks come
 * from the user's compiled {@link AccessScope}, and an inactive user may not act at all.
 */
public final class Guard {

  /** The nil UUID, naming a whole kind rather than one record in a denial. */
  public static final java.util.UUID WHOLE_KIND = new java.util.UUID(0, 0);

  private final SessionContext session;

  Guard(SessionContext session) {
    this.session = session;
  }

  /** Whether the session acts as the system (unchecked). */
  public boolean isSystem() {
    return session.userId().isEmpty();
  }

  /**
   * The acting user's scope, if a user acts.
   *
   * @throws AccessDeniedException if the user is inactive or works in an inactive unit
   */
  public Optional<AccessScope> scope(StoreTransaction tx) {
    Optional<UserId> user = session.userId();
    if (user.isEmpty()) {
      return Optional.empty();
    }
    AccessScope scope;
    try {
      scope = session.kernel().scopes().scopeOf(tx, session.tenantId(), user.get());
    } catch (RecordNotFoundException e) {
      throw new AccessDeniedException(user.get(), "act", user.get().ref(), "no such user in this tenant");
    }
    if (!scope.isActive()) {
      throw new AccessDeniedException(user.get(), "act", user.get().ref(),
          "the user is inactive or works in an inactive business unit");
    }
    return Optional.of(scope);
  }

  /**
   * Throws an {@link AccessDeniedException} unless the acting user may exercise {@code privilege}
   * on {@code target}.
   */
  public void require(StoreTransaction tx, Privilege privilege, AccessTarget target) {
    Optional<AccessScope> scope = scope(tx);
    if (scope.isEmpty()) {
      return;
    }
    AccessDecision decision = scope.get().check(privilege, target, tx.accessGraph(), false);
    if (!decision.allowed()) {
      throw new AccessDeniedException(scope.get().userId(), privilege.label(), target.record(), decision.denial());
    }
  }

  /**
   * Throws an {@link AccessDeniedException} unless the acting user holds {@code privilege} on
   * the organisation-owned {@code kind} at organisation depth; {@code record} names the record
   * concerned, or the whole kind (the nil UUID) for lists and new records.
   */
  public void requireOnOrganization(StoreTransaction tx, Privilege privilege, RecordKind kind, java.util.UUID record) {
    if (!isSystem()) {
      require(tx, privilege, AccessTarget.ofOrganization(new org.crmkernel.model.id.RecordRef(kind, record)));
    }
  }

  /** The records of {@code kind} the session may exercise {@code privilege} on. */
  public Visibility visibility(StoreTransaction tx, RecordKind kind, Privilege privilege) {
    return scope(tx).map(s -> s.visibility(kind, privilege)).orElseGet(() -> Visibility.everything(privilege));
  }
}
