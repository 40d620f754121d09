package org.crmkernel.testkit.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;

/**
 * Which committed teams each user belongs to, per tenant: what compiling an access scope asks,
 * answered without filtering every team. Built lazily from the committed teams and rebuilt after
 * any commit that changed teams (membership changes are rare next to scope compiles).
 */
final class TeamMemberships {

  private record Built(long version, Map<UserId, List<Team>> teams) {}

  private final AtomicLong version = new AtomicLong();
  private final ConcurrentHashMap<TenantId, Built> built = new ConcurrentHashMap<>();

  /** Called under the commit lock after a commit that changed teams. */
  void changed() {
    version.incrementAndGet();
  }

  /** The committed teams {@code user} belongs to, in id order. */
  List<Team> teamsOf(InMemoryCrmStore store, TenantId tenant, UserId user) {
    Built current = built.get(tenant);
    if (current == null || current.version() != version.get()) {
      // consistently() repeats the build if a commit lands meanwhile, so the version read inside
      // it is the version of the rows it read.
      current = store.consistently(() -> build(store, tenant));
      built.put(tenant, current);
    }
    return current.teams().getOrDefault(user, List.of());
  }

  private Built build(InMemoryCrmStore store, TenantId tenant) {
    long at = version.get();
    Map<UserId, List<Team>> byMember = new HashMap<>();
    for (Team team : store.teams.rowsOf(tenant)) {
      for (UserId member : team.members()) {
        byMember.computeIfAbsent(member, m -> new ArrayList<>(2)).add(team);
      }
    }
    Map<UserId, List<Team>> sorted = new HashMap<>(byMember.size() * 2);
    byMember.forEach((member, teams) -> {
      teams.sort((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.id().value(), b.id().value()));
      sorted.put(member, Collections.unmodifiableList(teams));
    });
    return new Built(at, sorted);
  }
}
