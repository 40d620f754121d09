package org.crmkernel.spi.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;

/**
 * What a store resolves for access decisions, over the data one unit of work sees: the business
 * unit tree, the manager chain and the shares of a record. A {@link Visibility} names only
 * roots, managers and grantees; the store answers these questions itself (the in-memory store
 * from its own indexes, an SQL store from closure tables), so that the predicate never grows
 * with the number of records or descendant units.
 *
 * <p>Inactive units and inactive managers do not cut the tree or the chain: deactivation stops
 * a user from acting (their own unit being inactive included), not others from reaching records
 * through them. The kernel keeps the unit tree and manager chains free of cycles; should a
 * store hold one all the same, a unit or manager not on the walk up is simply not found (false,
 * 0). User and team ids are UUIDv7 values and never collide, so grantees are matched by id alone.
 */
public interface AccessGraph {

  /** Whether {@code unit} is {@code root} or lies anywhere below it in {@code tenant}'s tree. */
  boolean isInUnitTree(TenantId tenant, BusinessUnitId unit, BusinessUnitId root);

  /**
   * How many manager steps lead from {@code report} up to {@code manager} (1 for a direct report),
   * or 0 if {@code manager} is not among {@code report}'s first {@code maxDepth} managers.
   */
  int managerDistance(TenantId tenant, UserId manager, UserId report, int maxDepth);

  /** The shares of {@code record}, in share id order. */
  List<RecordShare> sharesOf(TenantId tenant, RecordRef record);

  /**
   * The first share of {@code record} in share id order that carries {@code privilege} for a
   * grantee {@code grantee} accepts, if any: what an access check asks of shares. Stores may
   * answer it without building the list {@link #sharesOf} returns.
   */
  default Optional<RecordShare> shareGranting(TenantId tenant, RecordRef record, Privilege privilege,
      Predicate<UUID> grantee) {
    for (RecordShare share : sharesOf(tenant, record)) {
      if (share.grants(privilege) && grantee.test(share.grantee().uuid())) {
        return Optional.of(share);
      }
    }
    return Optional.empty();
  }
}
