package org.crmkernel.access;

import java.util.List;
import java.util.Optional;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * The tenant's security roles: each grants privileges per record kind at an access depth, and
 * is assigned to users and owner teams through the directory service. Every change is one
 * transaction, audited (each changed privilege as a field change such as {@code ACCOUNT.READ})
 * and reported as an event, and stores a new access version so that compiled scopes follow.
 *
 * <p>Roles belong to the organisation: a user session needs the privilege on security roles at
 * organisation depth, and cannot create or raise a role beyond the depths it holds itself.
 * Denials raise {@link org.crmkernel.model.error.AccessDeniedException}; unknown or other
 * tenants' ids {@link org.crmkernel.model.error.RecordNotFoundException}; stale versions {@link
 * org.crmkernel.model.error.StaleVersionException}; bad input {@link
 * org.crmkernel.model.error.CrmValidationException} listing every problem.
 */
@com.google.common.annotations.Beta
public interface RoleService {

  /**
   * Creates a role.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the name is blank, too long or
   *     already another role's (ignoring case)
   */
  SecurityRole create(String name, RoleGrants grants);

  /** Renames a role; the name rules of {@link #create} apply. */
  SecurityRole rename(RoleId id, long expectedVersion, String name);

  /** Replaces a role's privilege matrix; every holder's rights change with it. */
  SecurityRole changeGrants(RoleId id, long expectedVersion, RoleGrants grants);

  /**
   * Deletes a role nobody holds.
   *
   * @throws org.crmkernel.model.error.RecordInUseException if a user or team still holds it
   */
  void delete(RoleId id, long expectedVersion);

  /** The role with {@code id}, if any. */
  Optional<SecurityRole> find(RoleId id);

  /** One page of roles (roles declare no query fields: filter {@code Filter.all()}, sort by id). */
  Page<SecurityRole> list(Query<SecurityRole> query);

  /**
   * The roles {@code user} holds, for review: their own, in id order, then those of each owner
   * team they belong to, by team id.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such user
   */
  List<HeldRole> rolesOf(UserId user);
}
