package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record stores' basic contract, for every kind of record: insert, find, get, update and
 * delete; typed failures for unknown ids, taken ids and stale versions, with nothing written;
 * tenant isolation; and count, query and scan over everything stored.
 */
public abstract class RecordStoreContract extends StoreContractSupport {

  private final Random random = new Random();

  /** For subclasses. */
  protected RecordStoreContract() {}

  /** Every kind of record with a store, as far as the store under test has it ({@link #storesKind}). */
  protected Stream<StoredKind<?, ?>> kinds() {
    return storedKinds();
  }

  /** An inserted record is returned, found and got back as given. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void insertedRecordIsFoundAsGiven(StoredKind<?, ?> kind) {
    insertedRecordIsFoundAsGiven0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void insertedRecordIsFoundAsGiven0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    R record = kind.random(random, tenant);
    R returned = insert(kind, record);
    assertThat(returned).isEqualTo(record);
    assertThat(find(kind, tenant, record.id())).contains(record);
    assertThat(get(kind, tenant, record.id())).isEqualTo(record);
  }

  /** An unknown id is not found: find is empty, get throws naming the id. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void unknownIdIsNotFound(StoredKind<?, ?> kind) {
    unknownIdIsNotFound0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void unknownIdIsNotFound0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    insertAll(kind, List.of(kind.random(random, tenant)));
    I unknown = kind.id(UUID.randomUUID());
    assertThat(find(kind, tenant, unknown)).isEmpty();
    RecordNotFoundException failure = catchThrowableOfType(RecordNotFoundException.class,
        () -> get(kind, tenant, unknown));
    assertThat(failure).as("get of an unknown id throws RecordNotFoundException").isNotNull();
    assertThat(failure.record()).isEqualTo(unknown.ref());
  }

  /** An update with the current version replaces the record; the next one builds on it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void updateReplacesTheStoredRecord(StoredKind<?, ?> kind) {
    updateReplacesTheStoredRecord0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void updateReplacesTheStoredRecord0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    R original = kind.random(random, tenant);
    insertAll(kind, List.of(original));
    R second = kind.changed(original, random);
    assertThat(update(kind, second, 1)).isEqualTo(second);
    assertThat(find(kind, tenant, original.id())).contains(second);
    R third = kind.changed(second, random);
    assertThat(update(kind, third, 2)).isEqualTo(third);
    assertThat(get(kind, tenant, original.id())).isEqualTo(third);
  }

  /** Updating or deleting an id the tenant does not have throws and stores nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void updateAndDeleteOfUnknownIdFail(StoredKind<?, ?> kind) {
    updateAndDeleteOfUnknownIdFail0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void updateAndDeleteOfUnknownIdFail0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    R neverStored = kind.changed(kind.random(random, tenant), random);
    assertThatThrownBy(() -> update(kind, neverStored, 1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> delete(kind, tenant, neverStored.id(), 1)).isInstanceOf(RecordNotFoundException.class);
    assertThat(contents(kind, tenant)).isEmpty();
  }

  /** A delete with the current version removes the record; a second delete finds nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void deleteRemovesTheRecord(StoredKind<?, ?> kind) {
    deleteRemovesTheRecord0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void deleteRemovesTheRecord0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    List<R> two = kind.randomBatch(random, tenant, 2);
    R kept = two.get(0);
    R removed = two.get(1);
    insertAll(kind, List.of(kept, removed));
    R updated = kind.changed(removed, random);
    update(kind, updated, 1);
    delete(kind, tenant, removed.id(), 2);
    assertThat(find(kind, tenant, removed.id())).isEmpty();
    assertThat(contents(kind, tenant)).containsExactly(kept);
    assertThatThrownBy(() -> delete(kind, tenant, removed.id(), 2)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> update(kind, kind.changed(updated, random), 2))
        .isInstanceOf(RecordNotFoundException.class);
  }

  /** Inserting an id the tenant already has throws, whatever the content, and keeps the stored record. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void insertOfTakenIdFails(StoredKind<?, ?> kind) {
    insertOfTakenIdFails0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void insertOfTakenIdFails0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    R stored = kind.random(random, tenant);
    insertAll(kind, List.of(stored));
    R sameIdOtherContent = kind.changed(stored, random, 1);
    assertThatThrownBy(() -> insert(kind, stored))
        .isInstanceOf(DuplicateRecordException.class);
    assertThatThrownBy(() -> insert(kind, sameIdOtherContent))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(contents(kind, tenant)).containsExactly(stored);
  }

  /** An update naming an old or a future version throws with both versions and writes nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void staleUpdateFailsAndWritesNothing(StoredKind<?, ?> kind) {
    staleUpdateFailsAndWritesNothing0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void staleUpdateFailsAndWritesNothing0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    R original = kind.random(random, tenant);
    insertAll(kind, List.of(original));
    R current = kind.changed(original, random);
    update(kind, current, 1);

    StaleVersionException old = catchThrowableOfType(StaleVersionException.class,
        () -> update(kind, kind.changed(original, random), 1));
    assertThat(old).as("update naming version 1 of a record at version 2").isNotNull();
    assertThat(old.record()).isEqualTo(original.id().ref());
    assertThat(old.expectedVersion()).isEqualTo(1);
    assertThat(old.actualVersion()).isEqualTo(2);

    StaleVersionException future = catchThrowableOfType(StaleVersionException.class,
        () -> update(kind, kind.changed(current, random, 6), 5));
    assertThat(future).as("update naming version 5 of a record at version 2").isNotNull();
    assertThat(future.expectedVersion()).isEqualTo(5);
    assertThat(future.actualVersion()).isEqualTo(2);

    assertThat(contents(kind, tenant)).containsExactly(current);
  }

  /** A delete naming another version throws with both versions and removes nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void staleDeleteFailsAndRemovesNothing(StoredKind<?, ?> kind) {
    staleDeleteFailsAndRemovesNothing0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void staleDeleteFailsAndRemovesNothing0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    R original = kind.random(random, tenant);
    insertAll(kind, List.of(original));
    R current = kind.changed(original, random);
    update(kind, current, 1);
    for (long named : List.of(1L, 3L)) {
      StaleVersionException failure = catchThrowableOfType(StaleVersionException.class, () -> delete(kind, tenant, original.id(), named));
      assertThat(failure).as("delete naming version %s of a record at version 2", named).isNotNull();
      assertThat(failure.record()).isEqualTo(original.id().ref());
      assertThat(failure.expectedVersion()).isEqualTo(named);
      assertThat(failure.actualVersion()).isEqualTo(2);
    }
    assertThat(contents(kind, tenant)).containsExactly(current);
  }

  /**
   * Another tenant's record is never found, counted, listed, scanned, updated or deleted, even
   * by its id, and stays as it was.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void otherTenantsRecordsAreInvisible(StoredKind<?, ?> kind) {
    otherTenantsRecordsAreInvisible0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void otherTenantsRecordsAreInvisible0(StoredKind<I, R> kind) {
    TenantId mine = newTenant();
    TenantId theirs = newTenant();
    R own = kind.random(random, mine);
    R foreign = kind.random(random, theirs);
    insertAll(kind, List.of(own, foreign));
    Filter<R> byForeignId = new Filter.Eq<>(idField(kind), kind.uuid(foreign));

    assertThat(find(kind, mine, foreign.id())).isEmpty();
    assertThatThrownBy(() -> get(kind, mine, foreign.id()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(count(kind, mine, Filter.all())).isEqualTo(1);
    assertThat(count(kind, mine, byForeignId)).isZero();
    assertThat(page(kind, mine, Query.<R>all()).items()).containsExactly(own);
    assertThat(page(kind, mine, Query.of(byForeignId, Sort.byId())).items()).isEmpty();
    assertThat(contents(kind, mine)).containsExactly(own);

    R hijacked = kind.withTenant(kind.changed(foreign, random), mine);
    assertThatThrownBy(() -> update(kind, hijacked, 1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> delete(kind, mine, foreign.id(), 1)).isInstanceOf(RecordNotFoundException.class);
    assertThat(contents(kind, theirs)).containsExactly(foreign);
  }

  /** The same id in two tenants names two separate records. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void sameIdInTwoTenantsNamesTwoRecords(StoredKind<?, ?> kind) {
    sameIdInTwoTenantsNamesTwoRecords0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void sameIdInTwoTenantsNamesTwoRecords0(StoredKind<I, R> kind) {
    TenantId first = newTenant();
    TenantId second = newTenant();
    R inFirst = kind.random(random, first);
    R inSecond = kind.withTenant(kind.changed(inFirst, random, 1), second);
    insertAll(kind, List.of(inFirst));
    insertAll(kind, List.of(inSecond));
    R updated = kind.changed(inFirst, random);
    update(kind, updated, 1);
    assertThat(contents(kind, second)).containsExactly(inSecond);
    delete(kind, first, inFirst.id(), 2);
    assertThat(contents(kind, first)).isEmpty();
    assertThat(contents(kind, second)).containsExactly(inSecond);
  }

  /** Count, query and scan see every record of the tenant; scan goes by id and can be closed early. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void countQueryAndScanSeeEveryRecord(StoredKind<?, ?> kind) {
    countQueryAndScanSeeEveryRecord0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void countQueryAndScanSeeEveryRecord0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    List<R> records = kind.randomBatch(random, tenant, 12);
    insertAll(kind, records);
    List<R> byId = records.stream().sorted(kind.idOrder()).toList();
    ReferenceQueries.assertPages(store(), kind, tenant, Filter.all(), Sort.byId(), List.of(5), byId);
    ReferenceQueries.assertCountAndScan(store(), kind, tenant, Filter.all(), byId);
    Optional<R> first = store().read(tx -> {
      try (Stream<R> rows = kind.store(tx).scan(tenant, Filter.all())) {
        return rows.findFirst();
      }
    });
    assertThat(first).contains(byId.get(0));
  }

  /**
   * A field's API name is unique per tenant and record kind, retired definitions included; other
   * kinds and other tenants may use it.
   */
  @Test
  public void fieldApiNameIsUniquePerTenantAndKind() {
    assumeStored(RecordKind.FIELD_DEFINITION);
    FieldDefinitionKind kind = StoredKinds.FIELD_DEFINITIONS;
    TenantId tenant = newTenant();
    FieldDefinition region = definition(tenant, RecordKind.ACCOUNT, "region", false);
    FieldDefinition retiredTier = definition(tenant, RecordKind.ACCOUNT, "tier", true);
    insertAll(kind, List.of(region, retiredTier));

    for (FieldDefinition clash : List.of(definition(tenant, RecordKind.ACCOUNT, "region", false),
        definition(tenant, RecordKind.ACCOUNT, "region", true), definition(tenant, RecordKind.ACCOUNT, "tier", false))) {
      assertThatThrownBy(() -> store().write(tx -> tx.fieldDefinitions().insert(clash)))
          .as("defining %s again on accounts", clash.apiName())
          .isInstanceOf(DuplicateRecordException.class);
    }
    FieldDefinition onContacts = definition(tenant, RecordKind.CONTACT, "region", false);
    FieldDefinition otherTenant = definition(newTenant(), RecordKind.ACCOUNT, "region", false);
    insertAll(kind, List.of(onContacts));
    insertAll(kind, List.of(otherTenant));
    assertThat(contents(kind, tenant)).containsExactlyInAnyOrder(region, retiredTier, onContacts);
  }

  /** Two definitions of one API name in one unit of work fail it whole. */
  @Test
  public void fieldApiNameClashInOneUnitOfWorkFailsItWhole() {
    assumeStored(RecordKind.FIELD_DEFINITION);
    TenantId tenant = newTenant();
    FieldDefinition first = definition(tenant, RecordKind.LEAD, "segment", false);
    FieldDefinition second = definition(tenant, RecordKind.LEAD, "segment", false);
    assertThatThrownBy(() -> insertAll(StoredKinds.FIELD_DEFINITIONS, List.of(first, second)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(contents(StoredKinds.FIELD_DEFINITIONS, tenant)).isEmpty();
  }

  private FieldDefinition definition(TenantId tenant, RecordKind kind, String apiName, boolean retired) {
    FieldDefinitionKind definitions = StoredKinds.FIELD_DEFINITIONS;
    return definitions.withRetired(
        definitions.definition(FieldDefinitionId.of(UUID.randomUUID()), tenant, kind, apiName, random), retired);
  }

  @SuppressWarnings("unchecked")
  private static <I extends RecordId, R extends CrmRecord<I>> FieldRef<R, UUID> idField(StoredKind<I, R> kind) {
    FieldRef<R, ?> id = kind.queryFields().get(0);
    if (!id.name().equals("id")) {
      throw new IllegalStateException(kind + " lists " + id.name() + " first, not its id");
    }
    return (FieldRef<R, UUID>) id;
  }
}
