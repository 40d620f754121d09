package org.crmkernel.customer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.error.CrmValidationException;

/**
 * How an assignment treats related records and the previous owner.
 *
 * @param cascade the rule per relationship; a relationship not named cascades {@link CascadeRule#ALL},
 *     as Dynamics 365's parental relationships do
 * @param shareBack rights to share the record with its previous owner after the assignment, if any
 */
public record AssignOptions(Map<Relationship, CascadeRule> cascade, Optional<Set<Privilege>> shareBack) {

  private static final AssignOptions DEFAULTS = new AssignOptions(Map.of(), Optional.empty());

  /** Copies the parts and checks the share-back rights. */
  public AssignOptions {
    Objects.requireNonNull(cascade, "cascade");
    Objects.requireNonNull(shareBack, "shareBack");
    EnumMap<Relationship, CascadeRule> copy = new EnumMap<>(Relationship.class);
    cascade.forEach((relationship, rule) -> copy.put(Objects.requireNonNull(relationship, "relationship"),
        Objects.requireNonNull(rule, "rule")));
    cascade = Collections.unmodifiableMap(copy);
    if (shareBack.isPresent()) {
      Set<Privilege> rights = shareBack.get();
      if (rights.isEmpty() || rights.contains(Privilege.CREATE)) {
        throw CrmValidationException.of("shareBack", "invalid", "share back at least one right, and never create");
      }
      shareBack = Optional.of(Collections.unmodifiableSet(EnumSet.copyOf(rights)));
    }
  }

  /** Cascade every relationship, no share-back. */
  public static AssignOptions defaults() {
    return DEFAULTS;
  }

  /** These options with {@code rule} for {@code relationship}. */
  public AssignOptions cascading(Relationship relationship, CascadeRule rule) {
    EnumMap<Relationship, CascadeRule> next = new EnumMap<>(Relationship.class);
    next.putAll(cascade);
    next.put(relationship, rule);
    return new AssignOptions(next, shareBack);
  }

  /** These options, sharing the record back to its previous owner with {@code rights}. */
  public AssignOptions sharingBack(Set<Privilege> rights) {
    return new AssignOptions(cascade, Optional.of(rights));
  }

  /** The rule for {@code relationship}. */
  public CascadeRule ruleFor(Relationship relationship) {
    return cascade.getOrDefault(relationship, CascadeRule.ALL);
  }
}
