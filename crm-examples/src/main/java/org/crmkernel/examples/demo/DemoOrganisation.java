package org.crmkernel.examples.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.CrmSession;
import org.crmkernel.directory.DirectoryService;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;

/**
 * The demo tenant's organisation, created through the directory: a root unit with three child
 * units, eight users with managers, an owner team and an access team. Knows which sales reps
 * cover which region.
 */
final class DemoOrganisation {

  /** The company the tenant is; also the root unit's name. */
  static final String COMPANY = "Nordwind Trading";

  private static final String MAIL_DOMAIN = "nordwind.example";

  private final List<BusinessUnit> units = new ArrayList<>();
  private final List<User> users = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final Map<SalesRegion, List<Owner>> reps;
  private final Team keyAccounts;

  private DemoOrganisation(CrmSession session, Labels labels) {
    DirectoryService directory = session.directory();
    BusinessUnit root = unit(directory.createRootUnit(COMPANY), labels);
    BusinessUnit emea = unit(directory.createUnit("Sales EMEA", root.id()), labels);
    BusinessUnit americas = unit(directory.createUnit("Sales Americas", root.id()), labels);
    BusinessUnit success = unit(directory.createUnit("Customer Success", root.id()), labels);

    User vogel = user(directory, "Katharina Vogel", root, Optional.empty(), labels);
    User becker = user(directory, "Jonas Becker", emea, Optional.of(vogel.id()), labels);
    User hoffmann = user(directory, "Lea Hoffmann", emea, Optional.of(becker.id()), labels);
    User laurent = user(directory, "Amélie Laurent", emea, Optional.of(becker.id()), labels);
    User price = user(directory, "Daniel Price", americas, Optional.of(vogel.id()), labels);
    User gonzalez = user(directory, "Maria Gonzalez", americas, Optional.of(price.id()), labels);
    User cooper = user(directory, "Ryan Cooper", americas, Optional.of(price.id()), labels);
    User marino = user(directory, "Sofia Marino", success, Optional.of(vogel.id()), labels);

    keyAccounts = team(directory.createTeam("EMEA Key Accounts", TeamType.OWNER, emea.id(),
        List.of(becker.id(), hoffmann.id(), laurent.id())), labels);
    team(directory.createTeam("Deal Desk", TeamType.ACCESS, root.id(),
        List.of(vogel.id(), price.id(), marino.id())), labels);

    reps = Map.of(
        SalesRegion.EMEA, owners(hoffmann, laurent, becker),
        SalesRegion.AMERICAS, owners(gonzalez, cooper, price),
        SalesRegion.APAC, owners(vogel));
  }

  /** Creates the organisation in {@code session}'s tenant, naming every record in {@code labels}. */
  static DemoOrganisation create(CrmSession session, Labels labels) {
    return new DemoOrganisation(session, labels);
  }

  /** One of the sales reps covering {@code region}. */
  Owner repFor(SalesRegion region, Dice dice) {
    return dice.pick(reps.get(region));
  }

  /** The first rep covering {@code region}. */
  Owner firstRepFor(SalesRegion region) {
    return reps.get(region).get(0);
  }

  /** The owner team that looks after strategic EMEA accounts. */
  Owner keyAccountsTeam() {
    return Owner.team(keyAccounts.id());
  }

  /** The units, root first. */
  List<BusinessUnit> units() {
    return List.copyOf(units);
  }

  /** The users, in the order they were created. */
  List<User> users() {
    return List.copyOf(users);
  }

  /** The user called {@code fullName}. */
  User user(String fullName) {
    return users.stream().filter(u -> u.fullName().equals(fullName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no user " + fullName));
  }

  /** The teams. */
  List<Team> teams() {
    return List.copyOf(teams);
  }

  private BusinessUnit unit(BusinessUnit unit, Labels labels) {
    units.add(unit);
    labels.name(unit.ref(), unit.name());
    return unit;
  }

  private User user(DirectoryService directory, String name, BusinessUnit unit, Optional<UserId> manager, Labels labels) {
    String[] parts = name.split(" ", 2);
    String email = Slugs.person(parts[0], parts[1]) + "@" + MAIL_DOMAIN;
    User user = directory.createUser(name, email, unit.id(), manager);
    users.add(user);
    labels.name(user.ref(), name);
    return user;
  }

  private Team team(Team team, Labels labels) {
    teams.add(team);
    labels.name(team.ref(), team.name() + " (team)");
    return team;
  }

  private static List<Owner> owners(User... users) {
    return Arrays.stream(users).map(u -> Owner.user(u.id())).toList();
  }
}
