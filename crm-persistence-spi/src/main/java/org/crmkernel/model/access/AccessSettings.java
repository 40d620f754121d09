package org.crmkernel.model.access;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;

/**
 * A tenant's access settings, and the version of everything compiled access scopes depend on.
 * The kernel stores a new version in the same transaction as every change to business units,
 * users, teams, roles, field security or these settings, so that a cached scope is used only
 * while its version is still the stored one, in this JVM or any other.
 *
 * @param tenantId the tenant
 * @param hierarchyDepth how many levels of reports a manager reaches for reading (direct reports
 *     are also writable); 0 turns the manager hierarchy off
 * @param securedFields standard fields under field security (custom fields marked sensitive are
 *     always secured)
 * @param version 0 for the defaults of a tenant that never stored settings; 1 and up once stored
 */
public record AccessSettings(TenantId tenantId, int hierarchyDepth, Set<FieldKey> securedFields, long version) {

  /** The deepest manager hierarchy a tenant may configure. */
  public static final int MAX_HIERARCHY_DEPTH = 100;
  /** The default hierarchy depth. */
  public static final int DEFAULT_HIERARCHY_DEPTH = 3;

  /** Validates every field, listing all problems. */
  public AccessSettings {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(securedFields, "securedFields");
    Violations v = new Violations();
    v.check(hierarchyDepth >= 0 && hierarchyDepth <= MAX_HIERARCHY_DEPTH, "hierarchyDepth", "out_of_range",
        "the hierarchy depth is 0 to " + MAX_HIERARCHY_DEPTH);
    v.check(securedFields.stream().noneMatch(FieldKey::isCustom), "securedFields", "custom_field",
        "custom fields are secured by their sensitive flag, not here");
    v.check(version >= 0, "version", "out_of_range", "the version is not negative");
    v.throwIfAny();
    securedFields = Collections.unmodifiableSet(new TreeSet<>(securedFields));
  }

  /** A reference to the settings, named by the tenant's id. */
  public RecordRef ref() {
    return new RecordRef(RecordKind.ACCESS_SETTINGS, tenantId.value());
  }

  /** The settings of a tenant that never stored any. */
  public static AccessSettings defaults(TenantId tenant) {
    return new AccessSettings(tenant, DEFAULT_HIERARCHY_DEPTH, Set.of(), 0);
  }

  /** The next version of these settings, with the given values. */
  public AccessSettings next(int hierarchyDepth, Set<FieldKey> securedFields) {
    return new AccessSettings(tenantId, hierarchyDepth, securedFields, version + 1);
  }

  /** The next version, unchanged otherwise: what a directory or role change stores. */
  public AccessSettings bumped() {
    return next(hierarchyDepth, securedFields);
  }
}
