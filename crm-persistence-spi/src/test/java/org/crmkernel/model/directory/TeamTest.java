package org.crmkernel.model.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkernel.model.ModelFixtures.REVISION;
import static org.crmkernel.model.ModelFixtures.TENANT;
import static org.crmkernel.model.ModelFixtures.uuid;
import static org.crmkernel.model.ModelFixtures.violations;

import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.junit.jupiter.api.Test;

class TeamTest {

  private static final UserId LOW = UserId.of(new UUID(0x1000_0000_0000_7000L, Long.MIN_VALUE));
  private static final UserId HIGH = UserId.of(new UUID(0x9000_0000_0000_7000L, Long.MIN_VALUE));

  private static Team team(String name, SortedSet<UserId> members) {
    return new Team(TeamId.of(uuid(20)), TENANT, name, TeamType.OWNER, BusinessUnitId.of(uuid(21)), members, REVISION);
  }

  @Test
  void copiesMembersInAndHandsOutAnUnmodifiableSet() {
    SortedSet<UserId> members = new TreeSet<>(Comparator.comparing(UserId::value));
    members.add(LOW);
    Team team = team("Sales", members);

    members.add(HIGH);

    assertThat(team.members()).containsExactly(LOW);
    assertThatThrownBy(() -> team.members().add(HIGH)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsMembersInUnsignedIdOrderWhateverTheCallersOrder() {
    // UUID.compareTo is signed and puts HIGH (sign bit set) first.
    SortedSet<UserId> members = new TreeSet<>(Comparator.comparing(UserId::value));
    members.add(LOW);
    members.add(HIGH);

    assertThat(members.first()).isEqualTo(HIGH);
    assertThat(team("Sales", members).members()).containsExactly(LOW, HIGH);
  }

  @Test
  void cleansTheNameAndRefusesABlankOne() {
    assertThat(team(" Sales ", new TreeSet<>(Comparator.comparing(UserId::value))).name()).isEqualTo("Sales");
    assertThat(violations(() -> team(" ", new TreeSet<>(Comparator.comparing(UserId::value)))))
        .containsExactly("name:required");
  }
}
