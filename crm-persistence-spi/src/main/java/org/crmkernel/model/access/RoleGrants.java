package org.crmkernel.model.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.RecordKind;

/**
 * A role's privilege matrix: for each record kind and privilege, the depth it is granted at.
 * Anything not listed is {@link AccessDepth#NONE}. Organisation-owned kinds take only {@code
 * NONE} or {@code ORGANIZATION}; shares and outbox messages take no privileges.
 */
public record RoleGrants(Map<RecordKind, Map<Privilege, AccessDepth>> depths) {

  private static final RoleGrants NONE = new RoleGrants(Map.of());

  /** Validates the matrix, listing every problem, and copies it without its {@code NONE} cells. */
  public RoleGrants {
    Objects.requireNonNull(depths, "depths");
    List<Violation> problems = new ArrayList<>();
    EnumMap<RecordKind, Map<Privilege, AccessDepth>> copy = new EnumMap<>(RecordKind.class);
    depths.forEach((kind, row) -> {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(row, "privileges of " + kind);
      String path = "grants." + kind.name();
      if (!kind.isSecurable()) {
        problems.add(new Violation(path, "not_securable", kind + " records take no privileges"));
        return;
      }
      EnumMap<Privilege, AccessDepth> cells = new EnumMap<>(Privilege.class);
      row.forEach((privilege, depth) -> {
        Objects.requireNonNull(privilege, "privilege");
        Objects.requireNonNull(depth, "depth");
        if (kind.isOrganizationOwned() && depth != AccessDepth.NONE && depth != AccessDepth.ORGANIZATION) {
          problems.add(new Violation(path + "." + privilege.name(), "organization_only",
              kind + " records belong to the organisation: grant NONE or ORGANIZATION, not " + depth));
        } else if (depth != AccessDepth.NONE) {
          cells.put(privilege, depth);
        }
      });
      if (!cells.isEmpty()) {
        copy.put(kind, Collections.unmodifiableMap(cells));
      }
    });
    if (!problems.isEmpty()) {
      throw new CrmValidationException(problems);
    }
    depths = Collections.unmodifiableMap(copy);
  }

  /** A matrix that grants nothing. */
  public static RoleGrants none() {
    return NONE;
  }

  /** The depth {@code privilege} on {@code kind} is granted at. */
  public AccessDepth depth(RecordKind kind, Privilege privilege) {
    Map<Privilege, AccessDepth> row = depths.get(kind);
    return row == null ? AccessDepth.NONE : row.getOrDefault(privilege, AccessDepth.NONE);
  }

  /** This matrix with one cell set. */
  public RoleGrants with(RecordKind kind, Privilege privilege, AccessDepth depth) {
    Map<RecordKind, Map<Privilege, AccessDepth>> next = mutableCopy();
    next.computeIfAbsent(kind, k -> new EnumMap<>(Privilege.class)).put(privilege, depth);
    return new RoleGrants(next);
  }

  /** This matrix with every privilege on {@code kind} set to {@code depth}. */
  public RoleGrants withAll(RecordKind kind, AccessDepth depth) {
    Map<RecordKind, Map<Privilege, AccessDepth>> next = mutableCopy();
    EnumMap<Privilege, AccessDepth> row = new EnumMap<>(Privilege.class);
    for (Privilege privilege : Privilege.values()) {
      row.put(privilege, depth);
    }
    next.put(kind, row);
    return new RoleGrants(next);
  }

  private Map<RecordKind, Map<Privilege, AccessDepth>> mutableCopy() {
    EnumMap<RecordKind, Map<Privilege, AccessDepth>> next = new EnumMap<>(RecordKind.class);
    depths.forEach((kind, row) -> next.put(kind, new EnumMap<>(row)));
    return next;
  }
}
