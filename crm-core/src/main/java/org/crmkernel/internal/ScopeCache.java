package org.crmkernel.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessScopes;

/**
 * Compiled access scopes per user, cached. A cached scope is used only while its version is the
 * version of the tenant's access settings that the current unit of work reads; the kernel stores
 * a new version with every change a scope depends on (directory, roles, field security,
 * settings), in this JVM or another, so a stale scope is never used to grant anything.
 */
public final class ScopeCache {

  private record Key(TenantId tenant, UserId user) {}

  private final Cache<Key, AccessScope> scopes;
  /** The unit of work on this thread that stored a new access version, not yet committed. */
  private final ThreadLocal<StoreTransaction> changing = new ThreadLocal<>();

  /** A cache of at most {@code maximumSize} scopes. */
  public ScopeCache(long maximumSize) {
    this.scopes = Caffeine.newBuilder().maximumSize(maximumSize).build();
  }

  /** {@code user}'s scope as {@code tx} sees the tenant: from the cache when still current. */
  public AccessScope scopeOf(StoreTransaction tx, TenantId tenant, UserId user) {
    long current = tx.accessSettings().find(tenant).map(s -> s.version()).orElse(0L);
    Key key = new Key(tenant, user);
    AccessScope cached = scopes.getIfPresent(key);
    if (cached != null && cached.version() == current) {
      return cached;
    }
    AccessScope loaded = AccessScopes.load(tx, tenant, user);
    // A scope read from a unit of work's own uncommitted access changes must not outlive it:
    // were it rolled back, a later commit could store the same version with other data.
    if (loaded.version() == current && changing.get() != tx) {
      scopes.put(key, loaded);
    }
    return loaded;
  }

  /** Notes that {@code tx}, running on this thread, stored a new access version. */
  void changingIn(StoreTransaction tx) {
    changing.set(tx);
  }

  /** Forgets the note once the unit of work on this thread has ended. */
  void unitOfWorkEnded() {
    changing.remove();
  }

  /** Drops every cached scope of {@code tenant}; called after this JVM commits a change they depend on. */
  public void invalidate(TenantId tenant) {
    scopes.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
  }

  /** How many scopes are cached (approximately). */
  public long size() {
    return scopes.estimatedSize();
  }
}
