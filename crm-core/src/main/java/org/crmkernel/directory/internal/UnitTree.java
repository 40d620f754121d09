package org.crmkernel.directory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;

/**
 * Questions about the business unit tree answered from the units store, inside a unit of work:
 * a unit's subtree, whether one unit lies below another, and filters over sets of ids larger
 * than one {@code in} filter takes.
 */
public final class UnitTree {

  private UnitTree() {}

  /**
   * The ids of {@code root} and every unit below it, read level by level (one query per level
   * and per {@value Filter#MAX_IN_VALUES} parents).
   */
  public static Set<UUID> subtree(StoreTransaction tx, TenantId tenant, BusinessUnitId root) {
    Set<UUID> found = new LinkedHashSet<>();
    found.add(root.value());
    List<UUID> level = List.of(root.value());
    while (!level.isEmpty()) {
      List<UUID> next = new ArrayList<>();
      for (List<UUID> chunk : chunks(level)) {
        try (Stream<BusinessUnit> children = tx.businessUnits().scan(tenant, Filter.in(DirectoryFields.UNIT_PARENT_ID, chunk))) {
          children.forEach(child -> {
            if (found.add(child.id().value())) {
              next.add(child.id().value());
            }
          });
        }
      }
      level = next;
    }
    return found;
  }

  /**
   * Whether {@code unit} is {@code ancestor} or lies below it, walking up from {@code unit}; a
   * unit that is not found ends the walk.
   */
  public static boolean isAtOrBelow(StoreTransaction tx, TenantId tenant, BusinessUnitId unit, BusinessUnitId ancestor) {
    Set<BusinessUnitId> seen = new HashSet<>();
    Optional<BusinessUnitId> current = Optional.of(unit);
    while (current.isPresent() && seen.add(current.get())) {
      if (current.get().equals(ancestor)) {
        return true;
      }
      current = tx.businessUnits().find(tenant, current.get()).flatMap(BusinessUnit::parentId);
    }
    return false;
  }

  /** Records whose {@code field} is one of {@code ids}: one {@code in} filter, or an {@code or} of several. */
  public static <R> Filter<R> in(FieldRef<R, UUID> field, Set<UUID> ids) {
    List<List<UUID>> chunks = chunks(new ArrayList<>(ids));
    if (chunks.size() == 1) {
      return Filter.in(field, chunks.get(0));
    }
    List<Filter<R>> parts = new ArrayList<>(chunks.size());
    chunks.forEach(chunk -> parts.add(Filter.in(field, chunk)));
    return new Filter.Or<>(parts);
  }

  /** A filter no record matches. */
  public static <R> Filter<R> none() {
    return Filter.not(Filter.all());
  }

  private static List<List<UUID>> chunks(List<UUID> ids) {
    List<List<UUID>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += Filter.MAX_IN_VALUES) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + Filter.MAX_IN_VALUES)));
    }
    if (chunks.isEmpty()) {
      chunks.add(List.of());
    }
    return chunks;
  }
}
