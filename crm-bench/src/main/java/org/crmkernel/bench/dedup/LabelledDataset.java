package org.crmkernel.bench.dedup;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labelled duplicate-detection set: its rows with their values under kernel field names and,
 * for each row, the real-world entity it describes (the ground truth).
 *
 * @param name the set's short name, as given to {@code --sets}
 * @param kind whether the rows describe persons or organisations
 * @param rows the rows in file order; ids are unique
 */
public record LabelledDataset(String name, Kind kind, List<LabelledRow> rows) {

  /** What the rows of a set describe. */
  public enum Kind {
    /** People: names, birth date, address, phone, identity numbers. */
    PERSON,
    /** Organisations and sites: name, address, phone, e-mail, web site. */
    ORGANISATION
  }

  /**
   * One row of a labelled set.
   *
   * @param id the row's id, unique within the set
   * @param entity the ground-truth entity key: rows with equal keys are duplicates
   * @param values the trimmed, non-blank values by field name ({@code firstName}, {@code
   *     address.city}, or the source column's name for fields the kernel has no name for)
   */
  public record LabelledRow(String id, String entity, Map<String, String> values) {

    /** Copies the values, keeping their order. */
    public LabelledRow {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** Copies the rows; refuses duplicate row ids, which would make the truth ambiguous. */
  public LabelledDataset {
    rows = List.copyOf(rows);
    Set<String> seen = new HashSet<>();
    for (LabelledRow row : rows) {
      if (!seen.add(row.id())) {
        throw new IllegalArgumentException("set " + name + " has the row id " + row.id() + " twice");
      }
    }
  }

  /** The ground truth as row id to entity key. */
  public Map<String, String> truth() {
    Map<String, String> truth = new HashMap<>(rows.size() * 2);
    for (LabelledRow row : rows) {
      truth.put(row.id(), row.entity());
    }
    return truth;
  }

  /** The number of distinct entities. */
  public int entities() {
    return (int) rows.stream().map(LabelledRow::entity).distinct().count();
  }

  /** The number of true duplicate pairs: the sum over entities of n(n-1)/2. */
  public long truePairs() {
    return ClusterMetrics.pairsWithin(truth().values());
  }
}
