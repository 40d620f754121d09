package org.crmkernel.examples.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of text in aligned columns; numbers are right-aligned. */
final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] numeric;

  Table(String... headers) {
    this.headers = List.of(headers);
    this.numeric = new boolean[headers.length];
    Arrays.fill(numeric, true);
  }

  /** Adds a row of one cell per header. */
  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (int i = 0; i < cells.length; i++) {
      numeric[i] &= cells[i] instanceof Number;
      row.add(String.valueOf(cells[i]));
    }
    rows.add(row);
    return this;
  }

  /** The header, a rule and the rows, without trailing spaces. */
  List<String> lines() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(format(headers, widths));
    lines.add(format(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
    rows.forEach(row -> lines.add(format(row, widths)));
    return lines;
  }

  private String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(numeric[i] && !rows.isEmpty() ? pad + cell : cell + pad);
    }
    return line.toString().stripTrailing();
  }
}
