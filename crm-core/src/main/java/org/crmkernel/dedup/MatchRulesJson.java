package org.crmkernel.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Match rules as JSON, read and written field by field so the format is stable and every
 * mistake in a hand-edited file is reported with its path. Reading lists every problem in one
 * {@link CrmValidationException}; writing then reading gives equal rules.
 */
public final class MatchRulesJson {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** The most characters a rules document may have: rules are small, a huge file is a mistake. */
  public static final int MAX_CHARS = 1_000_000;

  private MatchRulesJson() {}

  /** The rules in {@code json}. */
  public static MatchRules read(String json) {
    if (json.length() > MAX_CHARS) {
      throw CrmValidationException.of("", "too_long", "rules JSON is limited to " + MAX_CHARS + " characters");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw CrmValidationException.of("", "not_json", "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw CrmValidationException.of("", "not_object", "rules JSON must be an object");
    }
    Reader reader = new Reader();
    Optional<MatchRules> rules = reader.rules(root);
    reader.violations.throwIfAny();
    return rules.orElseThrow();
  }

  /** The rules in the UTF-8 JSON {@code in}. */
  public static MatchRules read(InputStream in) {
    try {
      return read(new String(in.readNBytes(MAX_CHARS * 4 + 1), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules in the UTF-8 JSON file {@code file}. */
  public static MatchRules read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules as indented JSON. */
  public static String write(MatchRules rules) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", rules.kind());
    root.put("version", rules.version());
    root.put("prior", rules.prior());
    root.put("matchThreshold", rules.matchThreshold());
    root.put("possibleThreshold", rules.possibleThreshold());
    root.put("clusterThreshold", rules.clusterThreshold());
    root.put("strongLinkThreshold", rules.strongLinkThreshold());
    root.put("maxBlockSize", rules.maxBlockSize());
    ArrayNode comparisons = root.putArray("comparisons");
    for (FieldComparison c : rules.comparisons()) {
      ObjectNode node = comparisons.addObject();
      node.put("name", c.name());
      node.put("field", c.field());
      c.swapField().ifPresent(s -> node.put("swapField", s));
      node.put("normalization", c.normalization().jsonName());
      node.put("similarity", c.similarity().jsonName());
      ArrayNode levels = node.putArray("levels");
      for (ComparisonLevel l : c.levels()) {
        ObjectNode level = levels.addObject();
        level.put("label", l.label());
        level.put("minSimilarity", l.minSimilarity());
        level.put("m", l.m());
        level.put("u", l.u());
      }
    }
    ArrayNode blocking = root.putArray("blocking");
    for (BlockingKey key : rules.blocking()) {
      ObjectNode node = blocking.addObject();
      node.put("name", key.name());
      if (key.window() > 0) {
        node.put("window", key.window());
      }
      if (key.unordered()) {
        node.put("unordered", true);
      }
      ArrayNode parts = node.putArray("parts");
      for (KeyPart p : key.parts()) {
        ObjectNode part = parts.addObject();
        part.put("field", p.field());
        part.put("normalization", p.normalization().jsonName());
        part.put("transform", p.transform().jsonName());
        if (p.length() > 0) {
          part.put("length", p.length());
        }
      }
    }
    rules.learning().ifPresent(l -> {
      ObjectNode node = root.putObject("learning");
      node.put("records", l.records());
      node.put("candidatePairs", l.candidatePairs());
      node.put("iterations", l.iterations());
      node.put("converged", l.converged());
      node.put("fromVersion", l.fromVersion());
    });
    return JSON.writeValueAsString(root);
  }

  /** Reads node by node, collecting problems instead of stopping at the first. */
  private static final class Reader {
    final Violations violations = new Violations();

    Optional<MatchRules> rules(JsonNode root) {
      String kind = text(root, "kind", "");
      int version = integer(root, "version", "", Optional.of(1));
      double prior = number(root, "prior", "");
      double match = number(root, "matchThreshold", "");
      double possible = number(root, "possibleThreshold", "");
      double cluster = number(root, "clusterThreshold", "");
      double strong = number(root, "strongLinkThreshold", "");
      int maxBlock = integer(root, "maxBlockSize", "", Optional.of(500));
      List<FieldComparison> comparisons = list(root, "comparisons", "", this::comparison);
      List<BlockingKey> blocking = list(root, "blocking", "", this::blockingKey);
      JsonNode learnt = root.get("learning");
      if (learnt != null && !learnt.isNull() && !learnt.isObject()) {
        violations.add("learning", "not_object", "must be an object");
      }
      Optional<Learning> learning = Optional.ofNullable(learnt).filter(JsonNode::isObject)
          .map(n -> new Learning(whole(n, "records", "learning."), whole(n, "candidatePairs", "learning."),
              integer(n, "iterations", "learning.", Optional.of(0)),
              n.path("converged").asBoolean(false), integer(n, "fromVersion", "learning.", Optional.of(1))));
      if (!violations.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new MatchRules(kind, version, prior, match, possible, cluster, strong, maxBlock, comparisons, blocking,
            learning));
      } catch (CrmValidationException e) {
        violations.addAll(e.violations());
        return Optional.empty();
      }
    }

    FieldComparison comparison(JsonNode node, String path) {
      String name = text(node, "name", path);
      String field = text(node, "field", path);
      Optional<String> swap = Optional.ofNullable(node.get("swapField")).filter(n -> !n.isNull())
          .map(n -> n.isString() ? n.stringValue() : "");
      Normalization normalization = named(node, "normalization", path, Normalization::byJsonName,
          Arrays.stream(Normalization.values()).map(Normalization::jsonName).toList(), Normalization.NONE);
      Similarity similarity = named(node, "similarity", path, Similarity::byJsonName,
          Arrays.stream(Similarity.values()).map(Similarity::jsonName).toList(), Similarity.EXACT);
      List<ComparisonLevel> levels = list(node, "levels", path, (n, p) -> new ComparisonLevel(text(n, "label", p),
          number(n, "minSimilarity", p), number(n, "m", p), number(n, "u", p)));
      return new FieldComparison(name, field, swap, normalization, similarity, levels);
    }

    BlockingKey blockingKey(JsonNode node, String path) {
      String name = text(node, "name", path);
      int window = integer(node, "window", path, Optional.of(0));
      List<KeyPart> parts = list(node, "parts", path, (n, p) -> new KeyPart(text(n, "field", p),
          named(n, "normalization", p, Normalization::byJsonName,
              Arrays.stream(Normalization.values()).map(Normalization::jsonName).toList(), Normalization.NONE),
          named(n, "transform", p, KeyTransform::byJsonName,
              Arrays.stream(KeyTransform.values()).map(KeyTransform::jsonName).toList(), KeyTransform.VALUE),
          integer(n, "length", p, Optional.of(0))));
      JsonNode unordered = node.get("unordered");
      if (unordered != null && !unordered.isBoolean()) {
        violations.add(path + "unordered", "not_boolean", "must be true or false");
      }
      return new BlockingKey(name, parts, window, unordered != null && unordered.asBoolean(false));
    }

    <T> List<T> list(JsonNode node, String name, String path, java.util.function.BiFunction<JsonNode, String, T> item) {
      JsonNode array = node.get(name);
      if (array == null || !array.isArray()) {
        violations.add(path + name, array == null ? "missing" : "not_array", "must be an array");
        return List.of();
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        String at = path + name + "[" + i + "].";
        if (!element.isObject()) {
          violations.add(path + name + "[" + i + "]", "not_object", "must be an object");
          continue;
        }
        items.add(item.apply(element, at));
      }
      return items;
    }

    <E> E named(JsonNode node, String name, String path, Function<String, Optional<E>> byName, List<String> allowed,
        E fallback) {
      String value = text(node, name, path);
      if (value.isEmpty()) {
        return fallback;
      }
      Optional<E> found = byName.apply(value);
      if (found.isEmpty()) {
        violations.add(path + name, "unknown", "'" + value + "' is not one of " + allowed.stream()
            .collect(Collectors.joining(", ")));
        return fallback;
      }
      return found.get();
    }

    String text(JsonNode node, String name, String path) {
      JsonNode value = node.get(name);
      if (value == null || !value.isString() || value.stringValue().isBlank()) {
        violations.add(path + name, value == null ? "missing" : "invalid", "must be a non-blank string");
        return "";
      }
      return value.stringValue();
    }

    double number(JsonNode node, String name, String path) {
      JsonNode value = node.get(name);
      if (value == null || !value.isNumber()) {
        violations.add(path + name, value == null ? "missing" : "not_number", "must be a number");
        return 0.5;
      }
      return value.doubleValue();
    }

    long whole(JsonNode node, String name, String path) {
      JsonNode value = node.get(name);
      if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
        violations.add(path + name, value == null ? "missing" : "not_integer", "must be a whole number, 0 or more");
        return 0;
      }
      return value.longValue();
    }

    int integer(JsonNode node, String name, String path, Optional<Integer> fallback) {
      JsonNode value = node.get(name);
      if (value == null && fallback.isPresent()) {
        return fallback.get();
      }
      if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
        violations.add(path + name, value == null ? "missing" : "not_integer", "must be a whole number");
        return fallback.orElse(0);
      }
      return value.intValue();
    }
  }
}
