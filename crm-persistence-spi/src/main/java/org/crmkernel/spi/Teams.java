package org.crmkernel.spi;

import java.util.List;
import java.util.stream.Stream;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.model.id.TeamId;

/** Owner and access teams. */
public interface Teams extends RecordStore<TeamId, Team> {

  /**
   * The teams {@code user} is a member of, in id order: what compiling a user's access scope
   * reads. Stores that index membership override it; by default it filters every team.
   */
  default List<Team> teamsWithMember(TenantId tenant, UserId user) {
    try (Stream<Team> teams = scan(tenant, Filter.eq(DirectoryFields.TEAM_MEMBER_ID, user.value()))) {
      return teams.toList();
    }
  }
}
