package org.crmkernel.bench.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.crmkernel.dedup.MatchRecord;

/**
 * Synthetic contacts with known duplicates, for the matcher's scale benchmark. Originals draw
 * names from Zipf-distributed lists (a few very common surnames, a long tail of rare ones built
 * from syllables), birth dates, e-mail addresses, phone numbers and addresses. Duplicates copy
 * an original and corrupt it as Febrl's generator does (typos: insertions, deletions,
 * substitutions, transpositions; missing values) and as CRM data goes wrong (nicknames, first
 * and last names swapped, e-mail case, plus-tags and Gmail dots, phone numbers written
 * nationally or internationally, street types abbreviated, day and month swapped). The same
 * seed gives the same records.
 */
public final class SyntheticContacts {

  /** A generated contact and the id of the person it stands for. */
  public record Row(MatchRecord record, String entity) {}

  private static final String[] FIRST = {"james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda",
      "william", "elizabeth", "david", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah", "charles",
      "karen", "christopher", "nancy", "daniel", "margaret", "matthew", "lisa", "anthony", "betty", "mark", "dorothy",
      "donald", "sandra", "steven", "ashley", "paul", "kimberly", "andrew", "emily", "joshua", "donna", "kenneth",
      "michelle", "kevin", "carol", "brian", "amanda", "george", "melissa", "edward", "deborah", "ronald", "stephanie",
      "timothy", "rebecca", "jason", "laura", "jeffrey", "sharon", "ryan", "cynthia", "jacob", "kathleen", "gary",
      "amy", "nicholas", "shirley", "eric", "angela", "jonathan", "helen", "stephen", "anna", "larry", "brenda",
      "justin", "pamela", "scott", "nicole", "brandon", "samantha", "benjamin", "katherine", "samuel", "emma",
      "gregory", "ruth", "frank", "christine", "alexander", "catherine", "raymond", "debra", "patrick", "rachel",
      "jack", "carolyn", "dennis", "janet", "jerry", "virginia", "tyler", "maria", "aaron", "heather", "jose", "diane",
      "adam", "julie", "henry", "joyce", "nathan", "victoria", "douglas", "kelly", "zachary", "christina", "peter",
      "lauren", "kyle", "joan", "walter", "evelyn", "ethan", "olivia", "jeremy", "judith", "harold", "megan", "keith",
      "cheryl", "christian", "martha", "roger", "andrea", "noah", "frances", "gerald", "hannah", "carl", "jacqueline",
      "terry", "ann", "sean", "gloria", "austin", "jean", "arthur", "kathryn", "lawrence", "alice", "jesse", "teresa",
      "dylan", "sara", "bryan", "janice", "joe", "doris", "jordan", "madison", "billy", "julia", "bruce", "grace",
      "albert", "judy", "willie", "abigail", "gabriel", "marie", "logan", "denise", "alan", "beverly", "juan",
      "amber", "wayne", "theresa", "roy", "marilyn", "ralph", "danielle", "randy", "diana", "eugene", "brittany",
      "vincent", "natalie", "russell", "sophia", "elijah", "rose", "louis", "isabella", "bobby", "alexis", "philip",
      "kayla", "johnny", "charlotte", "liam", "amelia", "oliver", "mia", "lucas", "harper", "mateo", "luna", "levi",
      "aria", "ezra", "chloe", "asher", "zoe", "leo", "nora", "hudson", "lily", "miles", "ellie", "aiko", "wei",
      "priya", "arjun", "fatima", "omar", "ingrid", "lars", "sven", "astrid", "pierre", "amelie", "giulia", "marco",
      "katarzyna", "piotr", "olga", "dmitri", "chen", "yuki", "kenji", "ana", "joao", "lucia", "carmen", "pablo"};
  private static final Map<String, String[]> NICKNAMES = Map.ofEntries(
      Map.entry("robert", new String[] {"bob", "rob", "bobby"}), Map.entry("william", new String[] {"bill", "will"}),
      Map.entry("elizabeth", new String[] {"liz", "beth", "betty"}), Map.entry("james", new String[] {"jim", "jimmy"}),
      Map.entry("michael", new String[] {"mike"}), Map.entry("richard", new String[] {"rick", "dick"}),
      Map.entry("joseph", new String[] {"joe"}), Map.entry("thomas", new String[] {"tom"}),
      Map.entry("charles", new String[] {"charlie", "chuck"}), Map.entry("christopher", new String[] {"chris"}),
      Map.entry("daniel", new String[] {"dan", "danny"}), Map.entry("matthew", new String[] {"matt"}),
      Map.entry("anthony", new String[] {"tony"}), Map.entry("margaret", new String[] {"maggie", "peggy"}),
      Map.entry("jennifer", new String[] {"jen", "jenny"}), Map.entry("patricia", new String[] {"pat", "patty"}),
      Map.entry("katherine", new String[] {"kate", "kathy"}), Map.entry("catherine", new String[] {"cathy", "kate"}),
      Map.entry("edward", new String[] {"ed", "ted"}), Map.entry("andrew", new String[] {"andy", "drew"}),
      Map.entry("susan", new String[] {"sue"}), Map.entry("alexander", new String[] {"alex"}),
      Map.entry("samuel", new String[] {"sam"}), Map.entry("benjamin", new String[] {"ben"}),
      Map.entry("nicholas", new String[] {"nick"}), Map.entry("jonathan", new String[] {"jon"}),
      Map.entry("stephen", new String[] {"steve"}), Map.entry("steven", new String[] {"steve"}),
      Map.entry("kimberly", new String[] {"kim"}), Map.entry("rebecca", new String[] {"becky"}),
      Map.entry("deborah", new String[] {"debbie", "deb"}), Map.entry("gregory", new String[] {"greg"}),
      Map.entry("timothy", new String[] {"tim"}), Map.entry("kenneth", new String[] {"ken"}),
      Map.entry("lawrence", new String[] {"larry"}), Map.entry("victoria", new String[] {"vicky"}));
  private static final String[] COMMON_LAST = {"smith", "johnson", "williams", "brown", "jones", "garcia", "miller",
      "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor",
      "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez",
      "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill",
      "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts",
      "müller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "o'brien", "o'connor",
      "mcdonald", "van der berg", "de jong", "rossi", "russo", "ferrari", "dubois", "moreau", "kowalski", "nowak",
      "wiśniewski", "ivanov", "petrov", "tanaka", "suzuki", "watanabe", "kim", "park", "chen", "wang", "li", "zhang",
      "singh", "kumar", "patel", "sharma", "silva", "santos", "oliveira", "pereira", "costa", "jensen", "nielsen",
      "hansen", "andersson", "johansson", "karlsson", "virtanen", "korhonen", "yilmaz", "kaya", "haddad", "khan"};
  private static final String[] SYLLABLES = {"ba", "be", "bo", "ca", "ce", "co", "da", "de", "di", "do", "fa", "fe",
      "ga", "ge", "go", "ha", "he", "ka", "ke", "ko", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni",
      "no", "pa", "pe", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve",
      "wa", "we", "ya", "za", "ze", "ber", "den", "fel", "gan", "hol", "kin", "lan", "mer", "nor", "rik", "son",
      "ton", "vin", "wen", "zak", "stein", "berg", "mann", "ski", "ova", "ez", "ton", "ley", "field", "wood"};
  private static final String[] STREETS = {"high", "station", "main", "park", "church", "victoria", "green", "manor",
      "mill", "kings", "queens", "george", "elizabeth", "albert", "oak", "elm", "maple", "cedar", "pine", "willow",
      "river", "lake", "hill", "valley", "sunset", "ocean", "bay", "harbour", "bridge", "market", "school", "north",
      "south", "east", "west", "william", "charles", "james", "john", "wattle", "banksia", "acacia", "jacaranda"};
  private static final String[][] STREET_TYPES = {{"street", "st"}, {"road", "rd"}, {"avenue", "ave"},
      {"drive", "dr"}, {"court", "ct"}, {"place", "pl"}, {"lane", "ln"}, {"crescent", "cres"}, {"terrace", "tce"},
      {"parade", "pde"}, {"close", "cl"}, {"boulevard", "blvd"}};
  private static final String[] CITIES = {"sydney", "melbourne", "brisbane", "perth", "adelaide", "hobart",
      "darwin", "canberra", "geelong", "newcastle", "wollongong", "cairns", "townsville", "toowoomba", "ballarat",
      "bendigo", "launceston", "mackay", "rockhampton", "bunbury", "bundaberg", "wagga wagga", "mildura",
      "shepparton", "gladstone", "tamworth", "orange", "dubbo", "geraldton", "albury", "port macquarie", "lismore",
      "warrnambool", "kalgoorlie", "broken hill", "alice springs", "gympie", "nowra", "bathurst", "goulburn"};
  private static final String[] DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
      "bigpond.com", "optusnet.com.au", "example.com", "example.org", "acme.example"};

  private final SplittableRandom random;
  private final String[] lastNames;
  private final double duplicateShare;

  /** A generator with {@code seed}; about {@code duplicateShare} of the rows are duplicates of another row. */
  public SyntheticContacts(long seed, double duplicateShare) {
    this.random = new SplittableRandom(seed);
    this.duplicateShare = duplicateShare;
    SplittableRandom names = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<String> last = new ArrayList<>(List.of(COMMON_LAST));
    java.util.Set<String> seen = new java.util.HashSet<>(last);
    while (last.size() < 60_000) {
      int parts = 2 + names.nextInt(2);
      StringBuilder name = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        name.append(SYLLABLES[names.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(name.toString())) {
        last.add(name.toString());
      }
    }
    this.lastNames = last.toArray(new String[0]);
  }

  /** {@code count} rows in a list (see {@link #rows}). */
  public List<Row> generate(int count) {
    List<Row> rows = new ArrayList<>(count);
    rows(count).forEach(rows::add);
    return rows;
  }

  /**
   * {@code count} rows, made as they are read so that a million need not be held: originals, and
   * their duplicates at random later places (held back in a pool until then). Read once.
   */
  public Iterable<Row> rows(int count) {
    return () -> new java.util.Iterator<>() {
      private final List<Row> pending = new ArrayList<>();
      private int produced;
      private int entity;

      @Override
      public boolean hasNext() {
        return produced < count;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Row row;
        if (!pending.isEmpty() && (produced + pending.size() >= count || random.nextDouble() < 0.25)) {
          int pick = random.nextInt(pending.size());
          row = pending.get(pick);
          pending.set(pick, pending.get(pending.size() - 1));
          pending.remove(pending.size() - 1);
        } else {
          Map<String, String> original = original();
          String id = "e" + entity++;
          row = new Row(new MatchRecord("c" + produced, original), id);
          // Duplicates per original: none for most, then a geometric tail (up to 5).
          if (random.nextDouble() < duplicateShare / (1 - duplicateShare) / 1.5) {
            int copies = 1;
            while (copies < 5 && random.nextDouble() < 0.33) {
              copies++;
            }
            for (int c = 0; c < copies && produced + pending.size() + 1 < count; c++) {
              pending.add(new Row(new MatchRecord("d" + entity + "-" + c, corrupt(original)), id));
            }
          }
        }
        produced++;
        return row;
      }
    };
  }

  private Map<String, String> original() {
    Map<String, String> v = new HashMap<>();
    String first = FIRST[zipf(FIRST.length, 0.5)];
    String last = lastNames[zipf(lastNames.length, 0.75)];
    v.put("firstName", capitalise(first));
    v.put("lastName", capitalise(last));
    LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 75));
    v.put("birthDate", born.toString());
    String local = switch (random.nextInt(4)) {
      case 0 -> first + "." + last;
      case 1 -> first.charAt(0) + last;
      case 2 -> first + last.charAt(0) + random.nextInt(100);
      default -> first + "_" + last + random.nextInt(10);
    };
    v.put("email", local.replace(" ", "").replace("'", "") + "@" + DOMAINS[random.nextInt(DOMAINS.length)]);
    v.put("phone", "+61 4" + digits(2) + " " + digits(3) + " " + digits(3));
    String[] type = STREET_TYPES[random.nextInt(STREET_TYPES.length)];
    v.put("address.street", (1 + random.nextInt(300)) + " " + capitalise(STREETS[random.nextInt(STREETS.length)])
        + " " + capitalise(type[0]));
    v.put("address.city", capitalise(CITIES[random.nextInt(CITIES.length)]));
    v.put("address.postalCode", Integer.toString(2000 + random.nextInt(7000)));
    return v;
  }

  private Map<String, String> corrupt(Map<String, String> original) {
    Map<String, String> v = new HashMap<>(original);
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      switch (random.nextInt(12)) {
        case 0 -> v.computeIfPresent("firstName", (k, s) -> typo(s));
        case 1 -> v.computeIfPresent("lastName", (k, s) -> typo(s));
        case 2 -> v.computeIfPresent("firstName", (k, s) -> {
          String[] nicks = NICKNAMES.get(s.toLowerCase(Locale.ROOT));
          return nicks == null ? typo(s) : capitalise(nicks[random.nextInt(nicks.length)]);
        });
        case 3 -> {
          String first = v.get("firstName");
          String last = v.get("lastName");
          if (first != null && last != null) {
            v.put("firstName", last);
            v.put("lastName", first);
          }
        }
        case 4 -> v.remove(new String[] {"email", "phone", "address.street", "birthDate", "address.postalCode"}
            [random.nextInt(5)]);
        case 5 -> v.computeIfPresent("email", (k, s) -> emailVariant(s));
        case 6 -> v.computeIfPresent("phone", (k, s) -> phoneVariant(s));
        case 7 -> v.computeIfPresent("address.street", (k, s) -> streetVariant(s));
        case 8 -> v.computeIfPresent("birthDate", (k, s) -> dateVariant(s));
        case 9 -> v.computeIfPresent("address.postalCode", (k, s) -> typoDigits(s));
        case 10 -> v.computeIfPresent("address.city", (k, s) -> typo(s));
        default -> v.computeIfPresent("lastName", (k, s) -> s.toUpperCase(Locale.ROOT));
      }
    }
    return v;
  }

  private String typo(String s) {
    if (s.length() < 2) {
      return s;
    }
    char[] c = s.toCharArray();
    int i = random.nextInt(c.length - 1);
    return switch (random.nextInt(4)) {
      case 0 -> s.substring(0, i) + s.substring(i + 1);
      case 1 -> s.substring(0, i) + (char) ('a' + random.nextInt(26)) + s.substring(i);
      case 2 -> {
        c[i] = (char) ('a' + random.nextInt(26));
        yield new String(c);
      }
      default -> {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        yield new String(c);
      }
    };
  }

  private String typoDigits(String s) {
    char[] c = s.toCharArray();
    c[random.nextInt(c.length)] = (char) ('0' + random.nextInt(10));
    return new String(c);
  }

  private String emailVariant(String s) {
    int at = s.indexOf('@');
    return switch (random.nextInt(3)) {
      case 0 -> s.toUpperCase(Locale.ROOT);
      case 1 -> s.substring(0, at) + "+crm" + s.substring(at);
      default -> s.endsWith("@gmail.com") ? s.substring(0, at).replace(".", "") + s.substring(at)
          : s.substring(0, at) + "@gmail.com";
    };
  }

  private String phoneVariant(String s) {
    String digits = s.replaceAll("[^0-9]", "");
    String national = "0" + digits.substring(2);
    return switch (random.nextInt(3)) {
      case 0 -> national;
      case 1 -> national.substring(0, 4) + "-" + national.substring(4, 7) + "-" + national.substring(7);
      default -> typoDigits(s);
    };
  }

  private String streetVariant(String s) {
    for (String[] type : STREET_TYPES) {
      String full = capitalise(type[0]);
      if (s.endsWith(full)) {
        return s.substring(0, s.length() - full.length()) + capitalise(type[1]) + (random.nextBoolean() ? "." : "");
      }
    }
    return typo(s);
  }

  private String dateVariant(String s) {
    if (s.length() != 10 || s.charAt(4) != '-') {
      // Already rewritten by an earlier corruption of this copy.
      return typoDigits(s);
    }
    LocalDate d = LocalDate.parse(s);
    return switch (random.nextInt(3)) {
      case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case 1 -> d.getDayOfMonth() <= 12 ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()).toString()
          : d.plusDays(1).toString();
      default -> d.plusYears(random.nextBoolean() ? 1 : -1).toString();
    };
  }

  private String digits(int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /** An index from 0 to n - 1, small ones far more often (Zipf with exponent {@code s}, by rejection-free inversion). */
  private int zipf(int n, double s) {
    // Inverse of the continuous approximation of the Zipf CDF.
    double u = random.nextDouble();
    double hn = (Math.pow(n, 1 - s) - 1) / (1 - s);
    double x = Math.pow(u * hn * (1 - s) + 1, 1 / (1 - s));
    return Math.min(n - 1, Math.max(0, (int) x - 1));
  }

  private static String capitalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '\'' || c == '-';
    }
    return out.toString();
  }
}
