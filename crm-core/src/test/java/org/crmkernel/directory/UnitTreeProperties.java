package org.crmkernel.directory;

import org.crmkernel.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.Crm;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.query.Query;
import org.crmkernel.testkit.fixtures.MutableClock;

/**
 * Random unit forests under one root and random subtree moves, valid and invalid: the units
 * always form one tree (every unit reaches the root, no cycles), a refused move changes nothing,
 * and moving a unit back to its old parent restores every parent.
 */
class UnitTreeProperties {

  /** How to grow the tree (parent index per new unit) and which moves to try (unit, target index pairs). */
  record Plan(List<Integer> parents, List<int[]> moves) {}

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<List<Integer>> parents = Arbitraries.integers().between(0, 1_000).list().ofMinSize(1).ofMaxSize(14);
    Arbitrary<List<int[]>> moves = Arbitraries.integers().between(0, 1_000).array(int[].class).ofSize(2).list()
        .ofMinSize(1).ofMaxSize(20);
    return net.jqwik.api.Combinators.combine(parents, moves).as(Plan::new);
  }

  @Property(tries = 50)
  void movesKeepOneTreeAndMovingBackRestoresEveryParent(@ForAll("plans") Plan plan) {
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    Crm crm = Crm.builder().store(TestStores.create()).clock(clock).build();
    DirectoryService directory = crm.tenant(TenantId.generate(clock)).system().directory();
    BusinessUnit root = directory.createRootUnit("Root");
    List<BusinessUnitId> units = new ArrayList<>(List.of(root.id()));
    for (int i = 0; i < plan.parents().size(); i++) {
      BusinessUnitId parent = units.get(plan.parents().get(i) % units.size());
      units.add(directory.createUnit("Unit " + i, parent).id());
    }

    for (int[] move : plan.moves()) {
      BusinessUnitId unit = units.get(move[0] % units.size());
      BusinessUnitId target = units.get(move[1] % units.size());
      Map<BusinessUnitId, Optional<BusinessUnitId>> before = parents(directory);
      BusinessUnit current = directory.findUnit(unit).orElseThrow();
      boolean allowed = !current.isRoot() && !isAtOrBelow(before, target, unit);
      BusinessUnit moved;
      try {
        moved = directory.moveUnit(unit, current.version(), target);
      } catch (CrmValidationException refused) {
        assertThat(allowed).as("refused %s under %s: %s", unit, target, refused.violations()).isFalse();
        assertThat(parents(directory)).isEqualTo(before);
        continue;
      }
      assertThat(allowed).as("moved %s under %s", unit, target).isTrue();
      assertOneTree(parents(directory), root.id());

      BusinessUnit back = directory.moveUnit(unit, moved.version(), current.parentId().orElseThrow());
      assertThat(back.parentId()).isEqualTo(current.parentId());
      assertThat(parents(directory)).isEqualTo(before);
      directory.moveUnit(unit, back.version(), target);
    }
    assertOneTree(parents(directory), root.id());
  }

  private static Map<BusinessUnitId, Optional<BusinessUnitId>> parents(DirectoryService directory) {
    Map<BusinessUnitId, Optional<BusinessUnitId>> parents = new HashMap<>();
    directory.units(Query.<BusinessUnit>all().limit(1000)).items().forEach(u -> parents.put(u.id(), u.parentId()));
    return parents;
  }

  private static boolean isAtOrBelow(Map<BusinessUnitId, Optional<BusinessUnitId>> parents, BusinessUnitId unit,
      BusinessUnitId ancestor) {
    Optional<BusinessUnitId> current = Optional.of(unit);
    Set<BusinessUnitId> seen = new HashSet<>();
    while (current.isPresent() && seen.add(current.get())) {
      if (current.get().equals(ancestor)) {
        return true;
      }
      current = parents.get(current.get());
    }
    return false;
  }

  private static void assertOneTree(Map<BusinessUnitId, Optional<BusinessUnitId>> parents, BusinessUnitId root) {
    for (BusinessUnitId unit : parents.keySet()) {
      assertThat(isAtOrBelow(parents, unit, root)).as("%s reaches the root", unit).isTrue();
    }
    assertThat(parents.values().stream().filter(Optional::isEmpty).count()).isEqualTo(1);
  }
}
