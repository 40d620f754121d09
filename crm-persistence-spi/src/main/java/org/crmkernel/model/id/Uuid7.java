package org.crmkernel.model.id;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (RFC 9562, version 7), so that ids inserted together sit together in
 * B-tree indexes. Within one millisecond a 12-bit counter keeps ids from one JVM increasing.
 */
public final class Uuid7 {

  /**
   * Orders UUIDs by their 128 bits read as one unsigned number: the order of PostgreSQL's
   * {@code uuid} type and of byte-wise comparison, unlike {@link UUID#compareTo}, which compares
   * signed halves.
   */
  public static final Comparator<UUID> UNSIGNED_ORDER =
      (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
            ? high
            : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
      };

  private static final AtomicLong LAST = new AtomicLong();
  /** Random bits come from a CSPRNG (RFC 9562, 6.9), read in 512-byte blocks, one per thread. */
  private static final SecureRandom SOURCE = new SecureRandom();
  private static final ThreadLocal<ByteBuffer> RANDOM =
      ThreadLocal.withInitial(() -> ByteBuffer.allocate(512).position(512));

  private Uuid7() {}

  /** A new version 7 UUID whose timestamp is {@code clock.millis()}. */
  public static UUID next(Clock clock) {
    long millis = clock.millis();
    // (millis << 12 | counter) only grows, so ids from one JVM never go backwards in one ms.
    long stamp =
        LAST.updateAndGet(last -> Math.max(last + 1, (millis & 0xFFFF_FFFF_FFFFL) << 12));
    long high = ((stamp >>> 12) << 16) | 0x7000L | (stamp & 0x0FFFL);
    long low = (nextRandomLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }

  /** The next 64 random bits of this thread's block, refilling it from the CSPRNG when used up. */
  private static long nextRandomLong() {
    ByteBuffer block = RANDOM.get();
    if (!block.hasRemaining()) {
      SOURCE.nextBytes(block.array());
      block.clear();
    }
    return block.getLong();
  }

  /** The millisecond timestamp carried by a version 7 UUID. */
  public static long timestampOf(UUID uuid) {
    if (uuid.version() != 7) {
      throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
    }
    return uuid.getMostSignificantBits() >>> 16;
  }
}
