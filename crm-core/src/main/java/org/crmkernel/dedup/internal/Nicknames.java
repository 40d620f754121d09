package org.crmkernel.dedup.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Given names and their nicknames, from the carltonnorthern/nicknames table shipped as
 * {@code org/crmkernel/dedup/nicknames.csv} (see nicknames-NOTICE.txt), read once.
 *
 * <p>Each line of the file names a given name and then its nicknames. The file is hand-curated
 * and not directional throughout: "bob" has a line listing "robert" as well as "robert" listing
 * "bob", and "john" is listed under "jonathan". So a name counts as <em>formal</em> (its own
 * canonical) when it heads a line and no longer name lists it while being listed back on its own
 * line (bob and robert list each other, robert is longer, so bob is the nickname). Every other
 * name maps to formal names, tried in this order until one tier is non-empty: formal names that
 * it lists and that list it back ("tony" to anthony), formal names that list it ("jack" to john,
 * jackson, jacqueline), formal names its own line lists. Within the tier {@link #canonical}
 * picks the name with the most nicknames in the file (the better known entry: "dick" to richard
 * rather than dickson), ties broken alphabetically, so the choice is deterministic; the
 * alphabetically first alone would send "bob" to bert. Formal names and names the file does not
 * know are their own canonical; so are a few short names that head a line of their own without
 * listing back the longer name ("will", "jim", "kate"), which {@link #sameName} still pairs with
 * the names that list them.
 */
public final class Nicknames {

  private static final ImmutableMap<String, String> CANONICAL;
  private static final ImmutableMap<String, ImmutableSet<String>> CANONICALS;
  private static final ImmutableMap<String, ImmutableSet<String>> RELATED;

  static {
    Map<String, List<String>> lists = new HashMap<>();
    for (String line : Phrases.lines("nicknames.csv")) {
      String[] cells = line.split(",", -1);
      String head = token(cells[0]);
      if (head.isEmpty()) {
        continue;
      }
      List<String> names = lists.computeIfAbsent(head, k -> new ArrayList<>());
      for (int i = 1; i < cells.length; i++) {
        String nick = token(cells[i]);
        if (!nick.isEmpty() && !nick.equals(head) && !names.contains(nick)) {
          names.add(nick);
        }
      }
    }
    Map<String, Set<String>> listedBy = new HashMap<>();
    lists.forEach((head, nicks) -> nicks.forEach(n -> listedBy.computeIfAbsent(n, k -> new TreeSet<>()).add(head)));

    Set<String> formal = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      String name = e.getKey();
      boolean nickname = false;
      for (String lister : listedBy.getOrDefault(name, Set.of())) {
        if (lister.length() > name.length() && e.getValue().contains(lister)) {
          nickname = true;
          break;
        }
      }
      if (!nickname) {
        formal.add(name);
      }
    }

    Comparator<String> best =
        Comparator.<String>comparingInt(n -> -lists.getOrDefault(n, List.of()).size()).thenComparing(n -> n);
    Map<String, String> canonical = new HashMap<>();
    Map<String, ImmutableSet<String>> canonicals = new HashMap<>();
    Set<String> every = new TreeSet<>(lists.keySet());
    every.addAll(listedBy.keySet());
    for (String name : every) {
      if (formal.contains(name)) {
        continue;
      }
      List<String> own = lists.getOrDefault(name, List.of());
      Set<String> listers = listedBy.getOrDefault(name, Set.of());
      Set<String> mutual = new LinkedHashSet<>();
      Set<String> listing = new LinkedHashSet<>();
      for (String l : listers) {
        if (formal.contains(l)) {
          listing.add(l);
          if (own.contains(l)) {
            mutual.add(l);
          }
        }
      }
      Set<String> listed = new LinkedHashSet<>();
      for (String o : own) {
        if (formal.contains(o)) {
          listed.add(o);
        }
      }
      Set<String> tier = !mutual.isEmpty() ? mutual : !listing.isEmpty() ? listing : listed;
      if (tier.isEmpty()) {
        continue;
      }
      List<String> ordered = new ArrayList<>(tier);
      ordered.sort(best);
      canonical.put(name, ordered.get(0));
      List<String> all = new ArrayList<>(listing.isEmpty() ? listed : listing);
      all.sort(best);
      canonicals.put(name, ImmutableSet.copyOf(all));
    }
    Map<String, ImmutableSet<String>> related = new HashMap<>();
    for (String name : every) {
      Set<String> r = new TreeSet<>(lists.getOrDefault(name, List.of()));
      r.addAll(listedBy.getOrDefault(name, Set.of()));
      related.put(name, ImmutableSet.copyOf(r));
    }
    RELATED = ImmutableMap.copyOf(related);
    CANONICAL = ImmutableMap.copyOf(canonical);
    CANONICALS = ImmutableMap.copyOf(canonicals);
  }

  private Nicknames() {}

  private static String token(String cell) {
    String folded = Fold.fold(cell, "");
    // Entries such as "k.c." fold to several tokens; they cannot match one name token.
    return folded.indexOf(' ') >= 0 ? "" : folded;
  }

  /**
   * The canonical given name of a folded name token: "bob" gives "robert", "liz" gives
   * "elizabeth"; a formal name, an initial or an unknown token gives itself.
   */
  public static String canonical(String foldedToken) {
    return CANONICAL.getOrDefault(foldedToken, foldedToken);
  }

  /**
   * Whether two folded name tokens may be the same given name: equal, one listed as a nickname
   * of the other in the file ("will" and "william"), or sharing a formal name that lists both
   * ("al" and "alfred", "bob" and "bobby" through robert).
   */
  public static boolean sameName(String a, String b) {
    if (a.equals(b)
        || RELATED.getOrDefault(a, ImmutableSet.of()).contains(b)
        || RELATED.getOrDefault(b, ImmutableSet.of()).contains(a)) {
      return true;
    }
    ImmutableSet<String> ca = CANONICALS.getOrDefault(a, ImmutableSet.of(a));
    ImmutableSet<String> cb = CANONICALS.getOrDefault(b, ImmutableSet.of(b));
    for (String c : ca) {
      if (cb.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
