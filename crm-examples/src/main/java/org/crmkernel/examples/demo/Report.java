package org.crmkernel.examples.demo;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the demo's report: numbered sections, indented lines and tables. */
final class Report {

  private static final String INDENT = "  ";

  private final PrintStream out;
  private int sections;

  Report(PrintStream out) {
    this.out = out;
  }

  /** The report's title, underlined. */
  void title(String text) {
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  /** Starts the next numbered section. */
  void section(String heading) {
    sections++;
    String text = sections + ". " + heading;
    out.println();
    out.println(text);
    out.println("-".repeat(text.length()));
  }

  /** One indented line, formatted as {@link String#format} does, independent of the locale. */
  void line(String format, Object... args) {
    out.println(INDENT + (args.length == 0 ? format : String.format(Locale.ROOT, format, args)));
  }

  /** An empty line. */
  void blank() {
    out.println();
  }

  /** A table with {@code headers}; print it with {@link Table#print}. */
  Table table(String... headers) {
    return new Table(headers);
  }

  /** Prints {@code table}, indented, each column as wide as its widest cell. */
  void print(Table table) {
    table.lines().forEach(l -> out.println(INDENT + l));
  }
}
