package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldDefinitionFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Custom field definitions for the contract suite. Their API names come from a small pool, so
 * random definitions collide on the unique key (tenant, record kind, API name).
 */
final class FieldDefinitionKind extends StoredKind<FieldDefinitionId, FieldDefinition> {

  /** The API names random definitions use. */
  static final List<String> API_NAMES = List.of(
      "region", "score", "rating", "since", "vip", "tags", "budget", "segment", "tier", "a_1", "z", "last_touch");

  /** Every kind that takes custom fields. */
  private static final List<RecordKind> KINDS =
      List.of(RecordKind.values()).stream().filter(RecordKind::isCustomizable).toList();
  private static final List<FieldRef<FieldDefinition, ?>> FIELDS = List.copyOf(FieldDefinitionFields.ALL);

  FieldDefinitionKind() {
    super("field definitions");
  }

  @Override
  RecordStore<FieldDefinitionId, FieldDefinition> store(StoreTransaction tx) {
    return tx.fieldDefinitions();
  }

  @Override
  FieldDefinitionId id(UUID value) {
    return FieldDefinitionId.of(value);
  }

  @Override
  FieldDefinition random(Random random, TenantId tenant) {
    return definition(FieldDefinitionId.of(ValuePools.uuid(random)), tenant, pick(random, KINDS),
        pick(random, API_NAMES), random);
  }

  /** A random definition of {@code apiName} on {@code kind}. */
  FieldDefinition definition(FieldDefinitionId id, TenantId tenant, RecordKind kind, String apiName, Random random) {
    FieldType type = pick(random, List.of(FieldType.TEXT, FieldType.INTEGER, FieldType.PICKLIST, FieldType.BOOLEAN));
    Optional<Integer> maxLength = type == FieldType.TEXT && random.nextBoolean() ? Optional.of(100) : Optional.empty();
    Optional<BigDecimal> min = type == FieldType.INTEGER && random.nextBoolean() ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    List<String> choices = type == FieldType.PICKLIST ? List.of("EMEA", "APAC", "AMER") : List.of();
    return new FieldDefinition(id, tenant, kind, apiName, pick(random, ValuePools.TEXTS), type, random.nextBoolean(),
        maxLength, min, Optional.empty(), choices, random.nextInt(4) == 0, random.nextInt(3) == 0,
        ValuePools.revision(random));
  }

  /** {@code d}, retired or not. */
  FieldDefinition withRetired(FieldDefinition d, boolean retired) {
    return new FieldDefinition(d.id(), d.tenantId(), d.recordKind(), d.apiName(), d.label(), d.type(), d.required(),
        d.maxLength(), d.min(), d.max(), d.picklistValues(), d.sensitive(), retired, d.revision());
  }

  @Override
  FieldDefinition withTenant(FieldDefinition d, TenantId tenant) {
    return new FieldDefinition(d.id(), tenant, d.recordKind(), d.apiName(), d.label(), d.type(), d.required(),
        d.maxLength(), d.min(), d.max(), d.picklistValues(), d.sensitive(), d.retired(), d.revision());
  }

  @Override
  FieldDefinition withId(FieldDefinition d, FieldDefinitionId id) {
    return new FieldDefinition(id, d.tenantId(), d.recordKind(), d.apiName(), d.label(), d.type(), d.required(),
        d.maxLength(), d.min(), d.max(), d.picklistValues(), d.sensitive(), d.retired(), d.revision());
  }

  @Override
  FieldDefinition changed(FieldDefinition d, Random random, long version) {
    return new FieldDefinition(d.id(), d.tenantId(), d.recordKind(), d.apiName(), pick(random, ValuePools.TEXTS),
        d.type(), random.nextBoolean(), d.maxLength(), d.min(), d.max(), d.picklistValues(), d.sensitive(),
        d.retired() || random.nextInt(3) == 0, ValuePools.revisionAt(d.revision(), version));
  }

  @Override
  List<FieldRef<FieldDefinition, ?>> queryFields() {
    return FIELDS;
  }

  @Override
  Optional<Object> uniqueKey(FieldDefinition record) {
    return Optional.of(record.recordKind() + "/" + record.apiName());
  }
}
