package org.crmkernel.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.dedup.DuplicateKind;
import org.crmkernel.dedup.MatchContext;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code --input FILE.csv --id COLUMN --map column=field,... [--kind contacts|leads|accounts]
 * [--rules FILE.json] --output FILE.csv [--region CC] [--dates dmy|mdy] [--threads N] [--learn]
 * [--save-rules FILE.json]} (each also as {@code --name=value}) into a {@link DedupRequest},
 * listing every problem at once.
 */
final class DedupArguments {

  private static final List<String> OPTIONS = List.of("--input", "--id", "--map", "--kind", "--rules", "--output",
      "--region", "--dates", "--threads", "--save-rules");
  private static final List<String> FLAGS = List.of("--learn");

  private DedupArguments() {}

  static DedupRequest parse(List<String> args) {
    Map<String, String> values = CommandOptions.read(args, "dedup", OPTIONS, FLAGS);
    boolean learn = values.containsKey("--learn");
    List<String> problems = new ArrayList<>();
    for (String required : List.of("--input", "--id", "--map", "--output")) {
      if (values.getOrDefault(required, "").isBlank()) {
        problems.add(required + " is required");
      }
    }
    DuplicateKind kind = kind(values.get("--kind"), problems);
    Map<String, String> map = map(values.getOrDefault("--map", ""), problems);
    String region = values.getOrDefault("--region", "US").strip().toUpperCase(Locale.ROOT);
    MatchContext context = null;
    try {
      context = new MatchContext(region, dayFirst(values.get("--dates"), region, problems));
    } catch (org.crmkernel.model.error.CrmValidationException e) {
      e.violations().forEach(v -> problems.add("--region: " + v.message()));
    }
    int threads = threads(values.get("--threads"), problems);
    if (!problems.isEmpty() || context == null) {
      throw new CommandLineException("dedup: " + String.join("; ", problems), CommandLineException.INVALID);
    }
    String input = values.get("--input");
    String output = values.get("--output");
    if (Path.of(input).toAbsolutePath().normalize().equals(Path.of(output).toAbsolutePath().normalize())) {
      throw new CommandLineException("dedup: --output must not overwrite --input", CommandLineException.INVALID);
    }
    return new DedupRequest(Path.of(input), values.get("--id").strip(), map, kind,
        Optional.ofNullable(values.get("--rules")).map(Path::of), Path.of(output), context, threads, learn,
        Optional.ofNullable(values.get("--save-rules")).map(Path::of));
  }

  private static DuplicateKind kind(@Nullable String value, List<String> problems) {
    if (value == null) {
      return DuplicateKind.CONTACTS;
    }
    try {
      return DuplicateKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("--kind takes contacts, leads or accounts, not '" + value + "'");
      return DuplicateKind.CONTACTS;
    }
  }

  private static Map<String, String> map(String value, List<String> problems) {
    Map<String, String> map = new LinkedHashMap<>();
    Map<String, String> targets = new LinkedHashMap<>();
    for (String entry : value.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        problems.add("--map: '" + entry.strip() + "' is not column=field");
        continue;
      }
      String column = entry.substring(0, eq).strip();
      String field = entry.substring(eq + 1).strip();
      if (map.containsKey(column)) {
        problems.add("--map: column '" + column + "' is mapped twice");
      } else if (targets.containsKey(field)) {
        problems.add("--map: field '" + field + "' is the target of both '" + targets.get(field) + "' and '"
            + column + "'");
      } else {
        map.put(column, field);
        targets.put(field, column);
      }
    }
    if (map.isEmpty() && !value.isBlank()) {
      problems.add("--map names no column");
    }
    return map;
  }

  private static boolean dayFirst(@Nullable String value, String region, List<String> problems) {
    if (value == null) {
      return !region.equals("US");
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "dmy" -> true;
      case "mdy" -> false;
      default -> {
        problems.add("--dates takes dmy or mdy, not '" + value + "'");
        yield true;
      }
    };
  }

  private static int threads(@Nullable String value, List<String> problems) {
    if (value == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int threads = Integer.parseInt(value.strip());
      if (threads >= 1 && threads <= 256) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("--threads takes a whole number from 1 to 256, not '" + value + "'");
    return 1;
  }
}
