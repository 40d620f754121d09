package org.crmkernel.model.directory;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.Uuid7;

/** Sets of role ids as users and teams hold them: sorted by id, unmodifiable. */
enum Roles {
  ;

  private static final SortedSet<RoleId> NONE = Collections.unmodifiableSortedSet(new TreeSet<>(Roles::compare));

  static SortedSet<RoleId> none() {
    return NONE;
  }

  static SortedSet<RoleId> sorted(SortedSet<RoleId> roles) {
    if (roles.isEmpty()) {
      return NONE;
    }
    TreeSet<RoleId> copy = new TreeSet<>(Roles::compare);
    copy.addAll(roles);
    return Collections.unmodifiableSortedSet(copy);
  }

  private static int compare(RoleId a, RoleId b) {
    return Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value());
  }
}
