package org.crmkernel.examples.demo;

import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;

/** Creates the tenant's organisation through the system session and shows it. */
final class OrganisationSection {

  private OrganisationSection() {}

  static DemoOrganisation run(Stage stage) {
    Report report = stage.report();
    Labels labels = stage.labels();
    report.section("Organisation (directory, system session)");
    DemoOrganisation organisation = DemoOrganisation.create(stage.session(), labels);
    report.line("Business units:");
    for (BusinessUnit unit : organisation.units()) {
      report.line(unit.parentId().map(p -> "    " + unit.name() + "  (under " + labels.of(p.ref()) + ")")
          .orElse("  " + unit.name() + "  (root)"));
    }
    report.blank();
    Table users = report.table("User", "E-mail", "Business unit", "Manager");
    for (User user : organisation.users()) {
      users.row(user.fullName(), user.email().address(), labels.of(user.businessUnitId().ref()),
          user.managerId().map(m -> labels.of(m.ref())).orElse("-"));
    }
    report.print(users);
    report.blank();
    Table teams = report.table("Team", "Type", "Business unit", "Members");
    for (Team team : organisation.teams()) {
      teams.row(team.name(), team.type() == TeamType.OWNER ? "owner team (owns records)" : "access team (shares only)",
          labels.of(team.businessUnitId().ref()),
          String.join(", ", team.members().stream().map(m -> labels.of(m.ref())).toList()));
    }
    report.print(teams);
    return organisation;
  }
}
