package org.crmkernel.examples.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.Owner;

/**
 * Names for the records the demo created, so that the report shows {@code Lea Hoffmann} where the
 * kernel says {@code user:0195...}. Ids are random, so the report never prints one in full.
 */
final class Labels {

  private static final Pattern REFERENCE = Pattern.compile(
      "\\b(?:([a-z_]+):)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b");

  private final Map<UUID, String> names = new HashMap<>();

  /** Remembers {@code label} as the name of {@code ref}. */
  void name(RecordRef ref, String label) {
    names.put(ref.id(), label);
  }

  /** The name of {@code ref}, or its shortened id. */
  String of(RecordRef ref) {
    return Optional.ofNullable(names.get(ref.id())).orElseGet(() -> shortId(ref.id()));
  }

  /** The name of {@code owner}. */
  String of(Owner owner) {
    return of(owner.ref());
  }

  /** {@code text} with every record reference and bare id replaced by the record's name. */
  String humanize(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      UUID id = UUID.fromString(matcher.group(2));
      String name = names.get(id);
      String shown = name != null ? name
          : (matcher.group(1) == null ? "" : matcher.group(1) + ":") + shortId(id);
      matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String shortId(UUID id) {
    return id.toString().substring(0, 8) + "...";
  }
}
