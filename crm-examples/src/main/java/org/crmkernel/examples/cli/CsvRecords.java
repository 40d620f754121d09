package org.crmkernel.examples.cli;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.crmkernel.dedup.MatchRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The rows of a CSV file (header row, comma separated, values trimmed) as match records, read
 * lazily so a large file is never held whole. Keeps each row's id in input order for the
 * output, and counts the rows whose column count differs from the header's.
 */
final class CsvRecords implements Iterable<MatchRecord>, Closeable {

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.TRIM_SPACES)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private final MappingIterator<String[]> rows;
  private final int idIndex;
  private final int[][] columnIndexes;
  private final String[] fields;
  private final int headerSize;
  private final List<String> ids = new ArrayList<>();
  private long raggedRows;
  private boolean iterated;

  /** Opens {@code file}; fails listing every mapped column the header lacks. */
  CsvRecords(Path file, String idColumn, Map<String, String> fieldsByColumn) {
    String[] header;
    try {
      rows = CSV.readerFor(String[].class).readValues(file.toFile());
    } catch (JacksonException e) {
      throw new CommandLineException("dedup: cannot read " + file + ": " + e.getOriginalMessage(),
          CommandLineException.INVALID);
    }
    try {
      if (!rows.hasNext()) {
        throw new CommandLineException("dedup: " + file + " is empty; it needs a header row",
            CommandLineException.INVALID);
      }
      header = rows.next();
    } catch (JacksonException e) {
      rows.close();
      throw new CommandLineException("dedup: cannot read the header of " + file + ": " + e.getOriginalMessage(),
          CommandLineException.INVALID);
    } catch (CommandLineException e) {
      rows.close();
      throw e;
    }
    headerSize = header.length;
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      positions.putIfAbsent(header[i].strip(), i);
    }
    List<String> missing = new ArrayList<>();
    Integer id = positions.get(idColumn);
    if (id == null) {
      missing.add("--id column '" + idColumn + "'");
    }
    columnIndexes = new int[fieldsByColumn.size()][];
    fields = new String[fieldsByColumn.size()];
    int c = 0;
    for (Map.Entry<String, String> e : fieldsByColumn.entrySet()) {
      // "street_number+street" joins several columns into one field, with a space between values.
      String[] joined = e.getKey().split("\\+");
      columnIndexes[c] = new int[joined.length];
      for (int j = 0; j < joined.length; j++) {
        Integer position = positions.get(joined[j].strip());
        if (position == null) {
          missing.add("--map column '" + joined[j].strip() + "'");
        }
        columnIndexes[c][j] = position == null ? Integer.MAX_VALUE : position;
      }
      fields[c++] = e.getValue();
    }
    if (!missing.isEmpty()) {
      rows.close();
      throw new CommandLineException("dedup: " + file + " has no " + String.join(", no ", missing)
          + "; its columns are " + String.join(", ", positions.keySet()), CommandLineException.INVALID);
    }
    idIndex = id == null ? -1 : id;
  }

  @Override
  public Iterator<MatchRecord> iterator() {
    if (iterated) {
      throw new IllegalStateException("a CSV file's rows are read once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public MatchRecord next() {
        if (!rows.hasNext()) {
          throw new NoSuchElementException();
        }
        String[] row = rows.next();
        int line = ids.size() + 2;
        if (row.length != headerSize) {
          raggedRows++;
        }
        String id = idIndex < row.length ? row[idIndex].strip() : "";
        if (id.isEmpty()) {
          // checkIds() refuses such files before matching; this keeps a changed file from slipping through.
          throw new CommandLineException("dedup: row " + line + " has no id", CommandLineException.INVALID);
        }
        ids.add(id);
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < fields.length; c++) {
          String value = value(row, columnIndexes[c]);
          if (!value.isEmpty()) {
            values.put(fields[c], value);
          }
        }
        return new MatchRecord(id, values);
      }
    };
  }

  private static String value(String[] row, int[] columns) {
    if (columns.length == 1) {
      return columns[0] < row.length ? row[columns[0]].strip() : "";
    }
    StringBuilder joined = new StringBuilder();
    for (int column : columns) {
      String part = column < row.length ? row[column].strip() : "";
      if (!part.isEmpty()) {
        joined.append(joined.length() == 0 ? "" : " ").append(part);
      }
    }
    return joined.toString();
  }

  /** Every row's id, in input order. */
  List<String> ids() {
    return ids;
  }

  /**
   * Reads only the id column of {@code file} and fails, listing up to 20 of them, when a row's
   * id is blank or repeats an earlier row's: the output names rows by id, so ids must be unique.
   */
  static void checkIds(Path file, String idColumn) {
    Map<String, Integer> rowOfId = new HashMap<>();
    List<String> problems = new ArrayList<>();
    long count = 0;
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(file.toFile())) {
      String[] header = it.next();
      int idIndex = -1;
      for (int i = 0; i < header.length && idIndex < 0; i++) {
        if (header[i].strip().equals(idColumn)) {
          idIndex = i;
        }
      }
      int line = 1;
      while (it.hasNext()) {
        String[] row = it.next();
        line++;
        String id = idIndex < row.length ? row[idIndex].strip() : "";
        String problem = null;
        if (id.isEmpty()) {
          problem = "row " + line + " has no id";
        } else {
          Integer earlier = rowOfId.putIfAbsent(id, line);
          if (earlier != null) {
            problem = "rows " + earlier + " and " + line + " share the id '" + id + "'";
          }
        }
        if (problem != null && count++ < 20) {
          problems.add(problem);
        }
      }
    } catch (JacksonException e) {
      throw new CommandLineException("dedup: cannot read " + file + ": " + e.getOriginalMessage(),
          CommandLineException.INVALID);
    }
    if (count > 0) {
      throw new CommandLineException("dedup: " + count + " rows have a blank or repeated id in column '" + idColumn
          + "' (" + String.join("; ", problems) + (count > problems.size() ? "; ..." : "") + "); nothing was written",
          CommandLineException.INVALID);
    }
  }

  /** The rows with more or fewer values than the header has columns. */
  long raggedRows() {
    return raggedRows;
  }

  @Override
  public void close() {
    rows.close();
  }
}
