package org.crmkernel.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.assignment.AssignmentRuleDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * A tenant with {@value #RULES} active lead assignment rules, as a sales organisation that routes
 * inbound leads by territory would keep them, all made through the kernel from one seed:
 *
 * <ul>
 *   <li>{@value #REPS} sales reps and a lead queue user; {@value #TEAMS} teams of three to six
 *       reps; up to {@value #INACTIVE_REPS} reps (drawn with repetition) deactivated after the
 *       rules were made (their rules, and their turns in teams, pass the lead on).
 *   <li>Rules over 13 countries (the US, Germany, the UK, France and Canada with regions and
 *       real postal-code prefixes, eight more by country): territories (regions, industries,
 *       company size band), postal areas (postal-code prefixes, size band, sometimes
 *       industries), channels (lead sources, industries, size band) and verticals (industries, a
 *       region or sources, size band), each within one country; the last ten rules are
 *       country-wide fallbacks to a team. 85 % of the rules give the lead to a rep, 15 % to a
 *       team, about half of those by round robin, half load balanced.
 *   <li>{@value #INCOMING} incoming leads (status new, owned by the lead queue), each made to
 *       meet one rule drawn uniformly from the whole order (so an earlier rule may take it
 *       first), with some values missing, and one in ten from a country no rule covers.
 *   <li>A number of leads the reps are already working (open, so load balancing counts them),
 *       spread evenly over the reps.
 * </ul>
 */
final class AssignmentTerritory implements AutoCloseable {

  static final long SEED = 20261127L;
  static final int RULES = 1_000;
  static final int REPS = 240;
  static final int TEAMS = 40;
  static final int INACTIVE_REPS = 5;
  /** Incoming leads; a power of two. */
  static final int INCOMING = 4_096;
  private static final int FALLBACKS = 10;

  static final String[] INDUSTRIES = {"Software", "Hardware", "Financial Services", "Insurance", "Healthcare",
      "Pharmaceuticals", "Manufacturing", "Retail", "Telecommunications", "Energy", "Education", "Government",
      "Media", "Transportation", "Construction", "Hospitality", "Agriculture", "Real Estate", "Legal", "Consulting"};
  static final String[] SOURCES = {"Web", "Trade Show", "Partner Referral", "Webinar", "Cold Call", "Advertisement",
      "Customer Referral", "Purchased List"};
  /** Company size bands, inclusive; the last is open-ended. */
  static final int[][] BANDS = {{1, 49}, {50, 249}, {250, 999}, {1_000, 4_999}, {5_000, 200_000}};

  /** A region and the postal-code prefixes of its area. */
  record Region(String name, String... prefixes) {}

  /** A country, its regions (none for the countries routed by country only) and how its postal codes look. */
  record Country(String code, int weight, String postalPattern, Region... regions) {}

  /**
   * Postal codes are drawn from the pattern: {@code 9} a digit, {@code A} a letter, other
   * characters as they are; a region's prefix replaces the start.
   */
  static final Country[] COUNTRIES = {
      new Country("US", 30, "99999",
          new Region("California", "90", "91", "92", "93", "94", "95", "96"),
          new Region("New York", "10", "11", "12", "13", "14"),
          new Region("Texas", "75", "76", "77", "78", "79"), new Region("Washington", "98", "99"),
          new Region("Illinois", "60", "61", "62"), new Region("Massachusetts", "01", "02"),
          new Region("Florida", "32", "33", "34"), new Region("Georgia", "30", "31"),
          new Region("Colorado", "80", "81"), new Region("Pennsylvania", "15", "16", "17", "18", "19")),
      new Country("DE", 12, "99999",
          new Region("Bayern",
              "80", "81", "82", "83", "84", "85", "86", "87", "90", "91", "92", "93", "94", "95", "96", "97"),
          new Region("Berlin", "10", "12", "13", "14"), new Region("Hamburg", "20", "21", "22"),
          new Region("Nordrhein-Westfalen",
              "40", "41", "42", "44", "45", "46", "47", "48", "50", "51", "52", "53", "57", "58", "59"),
          new Region("Hessen", "34", "35", "36", "60", "61", "63", "64", "65"),
          new Region("Baden-Württemberg",
              "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "88", "89")),
      new Country("GB", 12, "9 9AA",
          new Region("England", "SW", "SE", "EC", "WC", "N", "E", "W", "M", "B", "LS", "L", "BS"),
          new Region("Scotland", "EH", "G", "AB", "DD"), new Region("Wales", "CF", "SA", "LL"),
          new Region("Northern Ireland", "BT")),
      new Country("FR", 10, "99999",
          new Region("Île-de-France", "75", "77", "78", "91", "92", "93", "94", "95"),
          new Region("Auvergne-Rhône-Alpes", "69", "38", "73", "74", "63"),
          new Region("Provence-Alpes-Côte d'Azur", "13", "06", "83", "84"), new Region("Occitanie", "31", "34", "30"),
          new Region("Hauts-de-France", "59", "62", "80")),
      new Country("CA", 8, "A9A 9A9",
          new Region("Ontario", "K", "L", "M", "N", "P"), new Region("Quebec", "G", "H", "J"),
          new Region("British Columbia", "V"), new Region("Alberta", "T")),
      new Country("NL", 4, "9999 AA"), new Country("ES", 4, "99999"), new Country("IT", 4, "99999"),
      new Country("AU", 4, "9999"), new Country("JP", 4, "999-9999"), new Country("BR", 3, "99999-999"),
      new Country("IN", 3, "999999"), new Country("SE", 2, "999 99")};

  /** Countries no rule covers: their leads find no rule. */
  static final Country[] UNCOVERED = {new Country("NZ", 1, "9999"), new Country("ZA", 1, "9999"),
      new Country("MX", 1, "99999"), new Country("SG", 1, "999999"), new Country("IE", 1, "A99 A9A9")};

  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John",
      "Margaret", "Ken", "Radia", "Tim", "Hedy", "Linus", "Sophie", "Niklaus"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
      "Backus", "Hamilton", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Torvalds", "Wilson", "Wirth"};

  /** What a rule asks of a lead, as the generator keeps it to make leads that meet it. */
  record Spec(Country country, List<Region> regions, List<String> postalPrefixes, List<String> industries,
      List<String> sources, Optional<int[]> band) {}

  final Clock clock = Clock.systemUTC();
  final InMemoryCrmStore store = InMemoryCrmStore.create();
  final Crm crm = Crm.builder().store(store).clock(clock).validator(BenchTenant.VALIDATOR).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession system = crm.tenant(tenant).system();
  final List<User> reps = new ArrayList<>(REPS);
  final List<Team> teams = new ArrayList<>(TEAMS);
  final User queue;
  /** The active rules in position order, as stored. */
  final List<LeadAssignmentRule> rules;
  /** The incoming leads, as stored. */
  final List<Lead> incoming;
  /** For each incoming lead, the index in {@link #rules} of the rule it was made to meet; -1 for none. */
  final int[] madeFor;

  private final SplittableRandom random = new SplittableRandom(SEED);

  private AssignmentTerritory(int workedLeads) {
    BusinessUnit root = system.directory().createRootUnit("Benchmark Sales");
    queue = system.directory().createUser("Lead Queue", "queue@sales.example", root.id(), Optional.empty());
    for (int i = 0; i < REPS; i++) {
      reps.add(system.directory().createUser(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length]
          + " " + (i + 1), "rep" + (i + 1) + "@sales.example", root.id(), Optional.empty()));
    }
    for (int t = 0; t < TEAMS; t++) {
      List<UserId> members = new ArrayList<>();
      int size = 3 + random.nextInt(4);
      while (members.size() < size) {
        UserId rep = reps.get(random.nextInt(REPS)).id();
        if (!members.contains(rep)) {
          members.add(rep);
        }
      }
      teams.add(system.directory().createTeam("Sales team " + (t + 1), TeamType.ACCESS, root.id(), members));
    }
    List<Spec> specs = new ArrayList<>(RULES);
    for (int r = 0; r < RULES; r++) {
      boolean fallback = r >= RULES - FALLBACKS;
      Spec spec = fallback ? new Spec(COUNTRIES[r - (RULES - FALLBACKS)], List.of(), List.of(), List.of(), List.of(),
          Optional.empty()) : spec(pickCountry());
      specs.add(spec);
      system.leadAssignment().createRule(draft(r, spec, fallback));
    }
    List<LeadDraft> worked = new ArrayList<>(workedLeads);
    for (int i = 0; i < workedLeads; i++) {
      worked.add(lead(i, Optional.empty(), LeadStatus.WORKING, Owner.user(reps.get(i % REPS).id())));
      if (worked.size() == 4_096 || i == workedLeads - 1) {
        system.leads().createAll(worked);
        worked.clear();
      }
    }
    // Deactivated after the rules and the leads they work on were made, as people leave.
    for (int i = 0; i < INACTIVE_REPS; i++) {
      User rep = reps.get(random.nextInt(REPS));
      User current = system.directory().findUser(rep.id()).orElseThrow();
      system.directory().deactivateUser(current.id(), current.version());
    }
    madeFor = new int[INCOMING];
    List<LeadDraft> drafts = new ArrayList<>(INCOMING);
    for (int i = 0; i < INCOMING; i++) {
      boolean uncovered = random.nextInt(10) == 0;
      madeFor[i] = uncovered ? -1 : random.nextInt(RULES);
      drafts.add(lead(workedLeads + i, uncovered ? Optional.empty() : Optional.of(specs.get(madeFor[i])), LeadStatus.NEW,
          Owner.user(queue.id())));
    }
    incoming = system.leads().createAll(drafts);
    rules = system.leadAssignment().rules();
  }

  /** The territory with {@code workedLeads} open leads already owned by the reps. */
  static AssignmentTerritory create(int workedLeads) {
    return new AssignmentTerritory(workedLeads);
  }

  private Country pickCountry() {
    int total = 0;
    for (Country c : COUNTRIES) {
      total += c.weight();
    }
    int pick = random.nextInt(total);
    for (Country c : COUNTRIES) {
      pick -= c.weight();
      if (pick < 0) {
        return c;
      }
    }
    throw new AssertionError();
  }

  /**
   * A territory, postal area, channel or vertical rule within {@code country}. Each asks for
   * two or three things besides the country, as territory rules do, so that most leads are
   * taken by the rule they were made for and not by a broad rule before it.
   */
  private Spec spec(Country country) {
    int kind = random.nextInt(100);
    boolean regional = country.regions().length > 0;
    Optional<int[]> band = Optional.of(BANDS[random.nextInt(BANDS.length)]);
    if (kind < 35 && regional) {
      return new Spec(country, some(country.regions(), 1, 2), List.of(), some(INDUSTRIES, 1, 3), List.of(), band);
    }
    if (kind < 60) {
      List<String> prefixes = new ArrayList<>();
      int count = 2 + random.nextInt(3);
      while (prefixes.size() < count) {
        String prefix = postalPrefix(country);
        if (!prefixes.contains(prefix)) {
          prefixes.add(prefix);
        }
      }
      return new Spec(country, List.of(), prefixes, random.nextBoolean() ? some(INDUSTRIES, 2, 5) : List.of(),
          List.of(), band);
    }
    if (kind < 80) {
      return new Spec(country, List.of(), List.of(), some(INDUSTRIES, 1, 3), some(SOURCES, 1, 2), band);
    }
    return new Spec(country, regional ? some(country.regions(), 1, 1) : List.of(), List.of(), some(INDUSTRIES, 1, 2),
        regional ? List.of() : some(SOURCES, 1, 3), Optional.of(BANDS[2 + random.nextInt(BANDS.length - 2)]));
  }

  /** A postal-code prefix in {@code country}: a region's prefix and one more character, or the code's first three. */
  private String postalPrefix(Country country) {
    if (country.regions().length > 0) {
      Region region = country.regions()[random.nextInt(country.regions().length)];
      String prefix = region.prefixes()[random.nextInt(region.prefixes().length)];
      boolean digits = prefix.chars().allMatch(Character::isDigit);
      return digits && country.postalPattern().charAt(prefix.length()) == '9' ? prefix + random.nextInt(10) : prefix;
    }
    return postalCode(country.postalPattern(), "").substring(0, 2);
  }

  private AssignmentRuleDraft draft(int index, Spec spec, boolean fallback) {
    AssignmentTarget target;
    int pick = random.nextInt(100);
    if (fallback || pick < 15) {
      TeamId team = teams.get(random.nextInt(TEAMS)).id();
      target = AssignmentTarget.team(team, fallback || pick < 8 ? Distribution.ROUND_ROBIN : Distribution.LOAD_BALANCED);
    } else {
      target = AssignmentTarget.user(reps.get(random.nextInt(REPS)).id());
    }
    String name = (fallback ? "Fallback " : "Territory ") + spec.country().code() + " " + (index + 1);
    AssignmentRuleDraft.Builder builder = AssignmentRuleDraft.builder(name, 10 * (index + 1), target)
        .countries(spec.country().code());
    if (!spec.regions().isEmpty()) {
      builder.regions(spec.regions().stream().map(Region::name).toArray(String[]::new));
    }
    if (!spec.postalPrefixes().isEmpty()) {
      builder.postalCodePrefixes(spec.postalPrefixes().toArray(String[]::new));
    }
    if (!spec.industries().isEmpty()) {
      builder.industries(spec.industries().toArray(String[]::new));
    }
    if (!spec.sources().isEmpty()) {
      builder.sources(spec.sources().toArray(String[]::new));
    }
    spec.band().ifPresent(band -> {
      builder.minEmployees(band[0]);
      if (band[1] < BANDS[BANDS.length - 1][1]) {
        builder.maxEmployees(band[1]);
      }
    });
    return builder.build();
  }

  /**
   * Lead {@code n}: made to meet {@code spec} if given (values the rule does not ask about drawn
   * at random, some missing), else from a country no rule covers.
   */
  private LeadDraft lead(int n, Optional<Spec> spec, LeadStatus status, Owner owner) {
    Country country = spec.map(Spec::country).orElseGet(() -> spec.isEmpty() && status == LeadStatus.NEW
        ? UNCOVERED[random.nextInt(UNCOVERED.length)] : pickCountry());
    Optional<Region> region;
    String prefix;
    if (spec.isPresent() && !spec.get().regions().isEmpty()) {
      region = Optional.of(spec.get().regions().get(random.nextInt(spec.get().regions().size())));
      prefix = region.get().prefixes()[random.nextInt(region.get().prefixes().length)];
    } else if (spec.isPresent() && !spec.get().postalPrefixes().isEmpty()) {
      prefix = spec.get().postalPrefixes().get(random.nextInt(spec.get().postalPrefixes().size()));
      region = regionOf(country, prefix);
    } else {
      region = country.regions().length == 0 ? Optional.empty()
          : Optional.of(country.regions()[random.nextInt(country.regions().length)]);
      prefix = region.map(r -> r.prefixes()[random.nextInt(r.prefixes().length)]).orElse("");
    }
    String industry = spec.filter(s -> !s.industries().isEmpty())
        .map(s -> s.industries().get(random.nextInt(s.industries().size())))
        .orElseGet(() -> random.nextInt(20) == 0 ? null : INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
    String source = spec.filter(s -> !s.sources().isEmpty())
        .map(s -> s.sources().get(random.nextInt(s.sources().size())))
        .orElseGet(() -> random.nextInt(10) == 0 ? null : SOURCES[random.nextInt(SOURCES.length)]);
    int[] band = spec.flatMap(Spec::band).orElseGet(() -> BANDS[random.nextInt(BANDS.length)]);
    boolean sizeKnown = spec.flatMap(Spec::band).isPresent() || random.nextInt(20) != 0;
    int employees = band[0] + random.nextInt(Math.min(band[1], 20_000) - band[0] + 1);
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    LeadDraft.Builder builder = LeadDraft.builder(first, last)
        .company(last + " " + (industry == null ? "Group" : industry) + " " + (n + 1))
        .jobTitle("Head of Operations")
        .address(PostalAddress.of((1 + random.nextInt(400)) + " Main Street", null, region.map(Region::name).orElse(null),
            postalCode(country.postalPattern(), prefix), country.code()))
        .industry(industry)
        .source(source)
        .status(status)
        .owner(owner);
    if (sizeKnown) {
      builder.employeeCount(employees);
    }
    return builder.build();
  }

  /** The region of {@code country} whose area has {@code postalPrefix}. */
  private static Optional<Region> regionOf(Country country, String postalPrefix) {
    for (Region region : country.regions()) {
      for (String prefix : region.prefixes()) {
        if (postalPrefix.startsWith(prefix)) {
          return Optional.of(region);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A postal code of {@code pattern} that starts with {@code prefix}: the prefix takes the place
   * of the pattern's first characters where they are of the same kind (digits for {@code 9},
   * letters for {@code A}), and stands before the pattern otherwise (a British area such as {@code
   * SW} before {@code 9 9AA}).
   */
  private String postalCode(String pattern, String prefix) {
    int skip = 0;
    while (skip < prefix.length() && skip < pattern.length() && sameKind(prefix.charAt(skip), pattern.charAt(skip))) {
      skip++;
    }
    StringBuilder code = new StringBuilder(prefix);
    for (int i = skip < prefix.length() ? 0 : skip; i < pattern.length(); i++) {
      char shape = pattern.charAt(i);
      code.append(shape == '9' ? (char) ('0' + random.nextInt(10))
          : shape == 'A' ? (char) ('A' + random.nextInt(26)) : shape);
    }
    return code.toString();
  }

  private static boolean sameKind(char value, char shape) {
    return shape == '9' ? Character.isDigit(value) : shape == 'A' && Character.isLetter(value);
  }

  private <T> List<T> some(T[] values, int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    List<T> picked = new ArrayList<>(count);
    while (picked.size() < count) {
      T value = values[random.nextInt(values.length)];
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    return List.copyOf(picked);
  }

  /**
   * The directory and open-lead counts as they stand now, for the decision engine alone: the
   * same answers the kernel reads from the store during an assignment.
   */
  SnapshotAssignmentState snapshot() {
    return store.read(tx -> {
      Map<UserId, User> users = new HashMap<>();
      Map<TeamId, Team> byId = new HashMap<>();
      Map<UserId, Long> open = new HashMap<>();
      try (Stream<User> all = tx.users().scan(tenant, Filter.all())) {
        all.forEach(u -> users.put(u.id(), u));
      }
      try (Stream<Team> all = tx.teams().scan(tenant, Filter.all())) {
        all.forEach(t -> byId.put(t.id(), t));
      }
      try (Stream<Lead> all = tx.leads().scan(tenant, Filter.all())) {
        all.filter(l -> l.status().isOpen() && l.state() == RecordState.ACTIVE)
            .forEach(l -> {
              if (l.ownership().owner() instanceof Owner.UserOwner owner) {
                open.merge(owner.userId(), 1L, Long::sum);
              }
            });
      }
      return new SnapshotAssignmentState(users, byId, open);
    });
  }

  @Override
  public void close() {
    crm.close();
  }
}
