package org.crmkernel.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * Field-level security, as Dynamics 365's column security: the tenant chooses which standard
 * fields are secured (custom fields are secured by their definition's {@code sensitive} flag),
 * and profiles open secured fields for reading and/or updating to their member users and teams.
 * A secured field no profile of a user opens comes back masked and cannot be written. This
 * service also holds the tenant's manager hierarchy depth.
 *
 * <p>Settings and profiles belong to the organisation: a user session needs the privilege on
 * {@code ACCESS_SETTINGS} or {@code FIELD_SECURITY_PROFILE} at organisation depth. Every change
 * is one transaction, audited and reported, and stores a new access version.
 */
@com.google.common.annotations.Beta
public interface FieldSecurityService {

  /** The tenant's access settings (its defaults if it never changed any). */
  AccessSettings settings();

  /**
   * The standard fields of {@code kind} that can be secured: those holding an optional value or
   * a list that are not links to other records (for an account: website, industry,
   * employeeCount, annualRevenue, addresses, phones, emails).
   *
   * @throws org.crmkernel.model.error.CrmValidationException if {@code kind} has no such fields
   */
  Set<FieldKey> securableFields(RecordKind kind);

  /**
   * Puts a standard field under field security; securing a secured field changes nothing.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if it is not a securable standard
   *     field (custom fields are secured by their sensitive flag)
   */
  AccessSettings secureField(FieldKey field);

  /** Takes a standard field out of field security; an unsecured field changes nothing. */
  AccessSettings unsecureField(FieldKey field);

  /**
   * Sets how many levels of reports a manager reaches (0 turns the manager hierarchy off).
   *
   * @throws org.crmkernel.model.error.CrmValidationException if not 0 to {@link
   *     AccessSettings#MAX_HIERARCHY_DEPTH}
   */
  AccessSettings setHierarchyDepth(int depth);

  /** Creates a profile that opens nothing and has no members. */
  FieldSecurityProfile createProfile(String name);

  /** Renames a profile. */
  FieldSecurityProfile renameProfile(FieldSecurityProfileId id, long expectedVersion, String name);

  /**
   * Sets what the profile allows on {@code field}: a securable standard field, or a custom field
   * ({@code custom.<apiName>}) defined on its kind. {@link FieldPermission#NONE} removes it.
   */
  FieldSecurityProfile grant(FieldSecurityProfileId id, long expectedVersion, FieldKey field, FieldPermission permission);

  /** Removes {@code field} from the profile; a field it does not name changes nothing. */
  FieldSecurityProfile revoke(FieldSecurityProfileId id, long expectedVersion, FieldKey field);

  /**
   * Adds users and teams of the tenant to the profile; members already in it stay.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if a user or team is unknown, or the
   *     profile would exceed {@link FieldSecurityProfile#MAX_MEMBERS}
   */
  FieldSecurityProfile addMembers(FieldSecurityProfileId id, long expectedVersion, Collection<UserId> users,
      Collection<TeamId> teams);

  /** Removes users and teams from the profile; those not in it are ignored. */
  FieldSecurityProfile removeMembers(FieldSecurityProfileId id, long expectedVersion, Collection<UserId> users,
      Collection<TeamId> teams);

  /** Deletes a profile; its members lose what it opened. */
  void deleteProfile(FieldSecurityProfileId id, long expectedVersion);

  /** The profile with {@code id}, if any. */
  Optional<FieldSecurityProfile> findProfile(FieldSecurityProfileId id);

  /** One page of profiles (profiles declare no query fields: filter {@code Filter.all()}, sort by id). */
  Page<FieldSecurityProfile> profiles(Query<FieldSecurityProfile> query);
}
