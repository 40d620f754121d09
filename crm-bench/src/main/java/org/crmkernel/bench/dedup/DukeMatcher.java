package org.crmkernel.bench.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.comparators.GeopositionComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.QGramComparator;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.crmkernel.bench.dedup.LabelledDataset.Kind;
import org.crmkernel.bench.dedup.LabelledDataset.LabelledRow;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: Duke 1.2 configured in code as its documentation and examples configure it (a
 * cleaner per column, a comparator and low/high probabilities per property, one threshold),
 * deduplicating a set in one batch ({@link Processor#deduplicate(Collection)}) over Duke's default
 * database, the in-memory Lucene 4 index. Clusters are the transitive closure of the matches.
 *
 * <p>One configuration per kind ({@link #PERSON}, {@link #ORGANISATION}); a field that only some
 * sets have (phone in Febrl 0.4.2, coauthors, classes and position in patent) is compared only
 * where present, which Duke does by itself: a property without values on both sides is skipped.
 * The patent set's {@code Lat} and {@code Lng} become one Duke geoposition value {@code position}
 * ({@code 0.0,0.0}, not geocoded, is left out); its {@code **}-separated coauthors and classes
 * become multi-valued properties, of which Duke scores the best-matching value pair. Restaurant
 * {@code type} is not compared: the two guides classify the same restaurant differently.
 *
 * <p>Lucene's fuzzy candidate search (Duke's default) is switched off: on Febrl it cost about 4
 * times the time and 10 times the comparisons for the same cluster F1 (see crm-bench's README).
 * Duke runs on one thread, its default.
 */
public final class DukeMatcher implements DedupMatcher {

  /**
   * One Duke property fed from one labelled field.
   *
   * @param field the labelled field (kernel name or source column)
   * @param cleaner Duke's cleaner for the raw value
   * @param comparator Duke's comparator
   * @param low the probability of a match when the values differ
   * @param high the probability of a match when the values are equal
   * @param lookup whether Duke searches the Lucene index on this property to find candidates
   * @param splitOn a regular expression splitting a multi-valued field, or empty
   */
  public record Field(
      String field,
      Cleaner cleaner,
      Comparator comparator,
      double low,
      double high,
      Property.Lookup lookup,
      String splitOn) {

    /** A single-valued field. */
    static Field of(
        String field, Cleaner cleaner, Comparator comparator, double low, double high, boolean lookup) {
      return new Field(
          field, cleaner, comparator, low, high, lookup ? Property.Lookup.TRUE : Property.Lookup.FALSE, "");
    }

    /** The same field split into several values on a separator. */
    Field split(String regex) {
      return new Field(field, cleaner, comparator, low, high, lookup, regex);
    }
  }

  /**
   * A Duke configuration: the threshold above which a pair is a match, and the compared fields.
   *
   * @param threshold Duke's match threshold
   * @param fuzzySearch Duke's {@code fuzzy-search} option of the Lucene database (default on):
   *     candidates are looked up with Lucene fuzzy queries on properties with a tokenized
   *     comparator (Levenshtein, Jaro-Winkler, q-grams), else with exact terms
   * @param fields the compared fields
   */
  public record Setup(double threshold, boolean fuzzySearch, List<Field> fields) {

    /** Copies the fields. */
    public Setup {
      fields = List.copyOf(fields);
    }
  }

  private static final Cleaner TEXT = new LowerCaseNormalizeCleaner();
  private static final Cleaner DIGITS = new DigitsOnlyCleaner();
  private static final Cleaner AS_IS = value -> value;

  /** Persons (Febrl): names and identity numbers decide, the address supports. */
  public static final Setup PERSON =
      new Setup(
          0.93,
          false,
          List.of(
              Field.of("firstName", TEXT, new JaroWinkler(), 0.3, 0.75, true),
              Field.of("lastName", TEXT, new JaroWinkler(), 0.2, 0.85, true),
              Field.of("birthDate", DIGITS, new Levenshtein(), 0.2, 0.85, true),
              Field.of("soc_sec_id", DIGITS, new Levenshtein(), 0.2, 0.9, true),
              Field.of("phone", DIGITS, new Levenshtein(), 0.3, 0.85, true),
              Field.of("address.street", TEXT, new Levenshtein(), 0.35, 0.75, false),
              Field.of("address.street2", TEXT, new Levenshtein(), 0.4, 0.65, false),
              Field.of("address.city", TEXT, new JaroWinkler(), 0.35, 0.7, false),
              Field.of("address.postalCode", DIGITS, new Levenshtein(), 0.35, 0.7, true),
              Field.of("address.region", TEXT, new ExactComparator(), 0.45, 0.55, false)));

  /** Organisations and sites: the name decides, phone, e-mail and web site confirm. */
  public static final Setup ORGANISATION =
      new Setup(
          0.95,
          false,
          List.of(
              Field.of("name", TEXT, new QGramComparator(), 0.1, 0.9, true),
              Field.of("address.street", TEXT, new Levenshtein(), 0.2, 0.8, false),
              Field.of("address.city", TEXT, new JaroWinkler(), 0.4, 0.6, false),
              Field.of("address.postalCode", DIGITS, new ExactComparator(), 0.4, 0.6, false),
              Field.of("phone", DIGITS, new Levenshtein(), 0.3, 0.9, true),
              Field.of("email", TEXT, new ExactComparator(), 0.4, 0.9, false),
              Field.of("website", TEXT, new ExactComparator(), 0.45, 0.8, false),
              Field.of("Coauthor", TEXT, new ExactComparator(), 0.4, 0.8, false).split("\\*\\*"),
              Field.of("Class", TEXT, new ExactComparator(), 0.45, 0.6, false).split("\\*\\*"),
              Field.of("position", AS_IS, geo(), 0.45, 0.7, false)));

  private final Function<LabelledDataset, Setup> setups;

  /** Duke with the configurations above, chosen by the set's kind. */
  public DukeMatcher() {
    this(set -> set.kind() == Kind.PERSON ? PERSON : ORGANISATION);
  }

  /** Duke with the given configuration per set (for tuning). */
  DukeMatcher(Function<LabelledDataset, Setup> setups) {
    this.setups = setups;
  }

  @Override
  public String name() {
    return "Duke 1.2";
  }

  @Override
  public Result run(LabelledDataset set) {
    Setup setup = setups.apply(set);
    long start = System.nanoTime();
    ConfigurationImpl config = new ConfigurationImpl();
    // The lookup properties are derived from the threshold when the properties are set.
    config.setThreshold(setup.threshold());
    LuceneDatabase database = new LuceneDatabase();
    database.setFuzzySearch(setup.fuzzySearch());
    config.setDatabase(database);
    List<Property> properties = new ArrayList<>();
    properties.add(new PropertyImpl(ID));
    for (Field f : setup.fields()) {
      PropertyImpl p = new PropertyImpl(f.field(), f.comparator(), f.low(), f.high());
      p.setLookupBehaviour(f.lookup());
      properties.add(p);
    }
    config.setProperties(properties);
    config.validate();

    List<Record> records = new ArrayList<>(set.rows().size());
    for (LabelledRow row : set.rows()) {
      records.add(record(row, setup));
    }
    List<String[]> pairs = new ArrayList<>();
    Processor processor = new Processor(config, true);
    processor.addMatchListener(
        new AbstractMatchListener() {
          @Override
          public void matches(Record r1, Record r2, double confidence) {
            pairs.add(new String[] {r1.getValue(ID), r2.getValue(ID)});
          }
        });
    try {
      processor.deduplicate(records);
    } finally {
      processor.close();
    }
    Map<String, String> clusters = closure(pairs);
    return new Result(
        clusters, pairs, processor.getComparisonCount(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static final String ID = "ID";
  private static final Pattern NOT_GEOCODED = Pattern.compile("0(\\.0*)?");

  /** A Duke record of the row's cleaned values; values that clean to nothing are left out. */
  private static Record record(LabelledRow row, Setup setup) {
    RecordImpl record = new RecordImpl();
    record.addValue(ID, row.id());
    for (Field f : setup.fields()) {
      String raw = f.field().equals("position") ? positionOf(row) : row.values().get(f.field());
      if (raw == null) {
        continue;
      }
      List<String> parts = f.splitOn().isEmpty() ? List.of(raw) : List.of(raw.split(f.splitOn()));
      for (String part : parts) {
        String clean = f.cleaner().clean(part);
        if (clean != null && !clean.isBlank()) {
          record.addValue(f.field(), clean);
        }
      }
    }
    return record;
  }

  /** Lat and Lng as Duke's geoposition value {@code lat,lng}; 0.0 means not geocoded. */
  private static @Nullable String positionOf(LabelledRow row) {
    String lat = row.values().get("Lat");
    String lng = row.values().get("Lng");
    if (lat == null
        || lng == null
        || (NOT_GEOCODED.matcher(lat).matches() && NOT_GEOCODED.matcher(lng).matches())) {
      return null;
    }
    return lat + "," + lng;
  }

  private static Comparator geo() {
    GeopositionComparator geo = new GeopositionComparator();
    geo.setMaxDistance(1000); // metres: two sites of one applicant within a kilometre
    return geo;
  }

  /** The transitive closure of the pairs as row id to cluster id (the smallest member's id). */
  static Map<String, String> closure(Collection<String[]> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (String[] p : pairs) {
      String a = find(parent, p[0]);
      String b = find(parent, p[1]);
      if (!a.equals(b)) {
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    List<String> ids = new ArrayList<>(parent.keySet());
    Map<String, String> clusters = new HashMap<>();
    for (String id : ids) {
      clusters.put(id, find(parent, id));
    }
    return clusters;
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    String next;
    while ((next = parent.get(root)) != null && !next.equals(root)) {
      root = next;
    }
    parent.putIfAbsent(id, id);
    parent.putIfAbsent(root, root);
    // path compression keeps later finds short
    String cur = id;
    while (!cur.equals(root)) {
      String up = parent.get(cur);
      parent.put(cur, root);
      cur = up;
    }
    return root;
  }
}
