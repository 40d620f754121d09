package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Record shares for the contract suite: unique per tenant by record and grantee. The SPI
 * declares no query fields for shares, so queries use the id only.
 */
final class RecordShareKind extends StoredKind<ShareId, RecordShare> {

  private static final List<FieldRef<RecordShare, ?>> FIELDS =
      List.of(StandardField.required(RecordKind.RECORD_SHARE, "id", UUID.class, s -> s.id().value()));

  /** Every owned kind: records of each can be shared. */
  private static final List<RecordKind> OWNED = List.of(RecordKind.values()).stream().filter(RecordKind::isOwned).toList();

  /** Teams to share with; their ids are no user's, so that a grantee is told apart by its id alone. */
  private static final List<TeamId> TEAMS = List.of(TeamId.of(ValuePools.REFERENCES.get(0)),
      TeamId.of(new UUID(0x4000_0000_0000_0000L, 5L)));

  RecordShareKind() {
    super("record shares");
  }

  @Override
  RecordStore<ShareId, RecordShare> store(StoreTransaction tx) {
    return tx.recordShares();
  }

  @Override
  ShareId id(UUID value) {
    return ShareId.of(value);
  }

  @Override
  RecordShare random(Random random, TenantId tenant) {
    RecordRef record = new RecordRef(pick(random, OWNED), pick(random, ValuePools.REFERENCES));
    Principal grantee = random.nextInt(3) == 0
        ? Principal.team(pick(random, TEAMS)) : Principal.user(pick(random, ValuePools.USERS));
    return new RecordShare(ShareId.of(ValuePools.uuid(random)), tenant, record, grantee,
        AccessOrganisation.randomRights(random), ValuePools.revision(random));
  }

  @Override
  RecordShare withTenant(RecordShare s, TenantId tenant) {
    return new RecordShare(s.id(), tenant, s.record(), s.grantee(), s.rights(), s.revision());
  }

  @Override
  RecordShare withId(RecordShare s, ShareId id) {
    return new RecordShare(id, s.tenantId(), s.record(), s.grantee(), s.rights(), s.revision());
  }

  @Override
  RecordShare changed(RecordShare s, Random random, long version) {
    return new RecordShare(s.id(), s.tenantId(), s.record(), s.grantee(), AccessOrganisation.randomRights(random),
        ValuePools.revisionAt(s.revision(), version));
  }

  @Override
  List<FieldRef<RecordShare, ?>> queryFields() {
    return FIELDS;
  }

  @Override
  Optional<Object> uniqueKey(RecordShare share) {
    return Optional.of(List.of(share.record(), share.grantee()));
  }
}
