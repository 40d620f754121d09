package org.crmkernel.jdbc.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.testkit.fixtures.RandomRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every stored kind survives the JSON round trip exactly, for random records of the contract
 * suite's generators (and this package's for audit entries and access settings), also when a
 * database has reordered the members of every object, as PostgreSQL's {@code jsonb} does.
 */
class RecordJsonProperties {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Property(tries = 300)
  void everyStoredKindRoundTripsExactly(@ForAll long seed) {
    for (Record record : recordsOfEveryKind(new Random(seed))) {
      String json = RecordJson.encode(record);

      Record decoded = RecordJson.decode(json, record.getClass());

      assertThat(decoded).as(json).isEqualTo(record);
      assertThat(RecordJson.encode(decoded)).as("encoding is deterministic").isEqualTo(json);
    }
  }

  @Property(tries = 100)
  void membersInAnyOrderDecodeToTheSameRecord(@ForAll long seed) {
    for (Record record : recordsOfEveryKind(new Random(seed))) {
      String reordered = PLAIN.writeValueAsString(reversed(PLAIN.readTree(RecordJson.encode(record))));

      assertThat(RecordJson.decode(reordered, record.getClass())).as(reordered).isEqualTo(record);
    }
  }

  /** One random record of each stored kind, audit entries and access settings included. */
  private static List<Record> recordsOfEveryKind(Random random) {
    TenantId tenant = TenantId.of(LogRecords.uuid(random));
    List<Record> records = new ArrayList<>();
    for (RecordKind kind : RandomRecords.kinds()) {
      records.add((Record) RandomRecords.random(kind, random, tenant));
    }
    records.add(LogRecords.auditEntry(random, tenant));
    records.add(LogRecords.accessSettings(random, tenant));
    return records;
  }

  /** {@code node} with the members of every object in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      ObjectNode copy = PLAIN.createObjectNode();
      for (int i = members.size() - 1; i >= 0; i--) {
        copy.set(members.get(i).getKey(), reversed(members.get(i).getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = PLAIN.createArrayNode();
      node.forEach(element -> copy.add(reversed(element)));
      return copy;
    }
    return node;
  }
}
