package org.crmkernel.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.EffectiveGrant;

/**
 * Keeps a user from handing out more than they hold: a role a user session gives (to a user or
 * an owner team, or by raising its grants) may grant no privilege on any kind at a depth beyond
 * the acting user's own effective depth for it. The system session is not limited.
 */
public final class RoleEscalation {

  private RoleEscalation() {}

  /**
   * Throws an {@link AccessDeniedException} of {@code privilege} on {@code role}, naming every
   * offending cell, if {@code scope} is a user's and {@code after} raises a cell above both
   * {@code before} and the user's own depth.
   */
  public static void requireWithin(Optional<AccessScope> scope, Privilege privilege, RecordRef role, String roleName,
      RoleGrants before, RoleGrants after) {
    if (scope.isEmpty()) {
      return;
    }
    List<String> cells = beyond(scope.get(), before, after);
    if (!cells.isEmpty()) {
      throw new AccessDeniedException(scope.get().userId(), privilege.label(), role, "role '" + roleName
          + "' would grant more than the acting user holds: " + String.join(", ", cells));
    }
  }

  /**
   * The cells of {@code after} deeper than in {@code before} and deeper than {@code scope}'s own
   * depth, as {@code KIND.PRIVILEGE (granted depth > own depth)}, in kind and privilege order.
   */
  static List<String> beyond(AccessScope scope, RoleGrants before, RoleGrants after) {
    List<String> cells = new ArrayList<>();
    for (Map.Entry<RecordKind, Map<Privilege, AccessDepth>> row : after.depths().entrySet()) {
      for (Map.Entry<Privilege, AccessDepth> cell : row.getValue().entrySet()) {
        RecordKind kind = row.getKey();
        Privilege privilege = cell.getKey();
        AccessDepth granted = cell.getValue();
        if (!before.depth(kind, privilege).atLeast(granted)) {
          AccessDepth own = scope.grant(kind, privilege).map(EffectiveGrant::depth).orElse(AccessDepth.NONE);
          if (!own.atLeast(granted)) {
            cells.add(kind.name() + "." + privilege.name() + " (" + label(granted) + " > own " + label(own) + ")");
          }
        }
      }
    }
    return cells;
  }

  private static String label(AccessDepth depth) {
    return depth.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
