package org.crmkernel.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class Uuid7Properties {

  private static Clock at(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private static byte[] bigEndian(UUID uuid) {
    return ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }

  @Property(tries = 200)
  void carriesVersion7AndTheRfcVariant(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long millis) {
    UUID id = Uuid7.next(at(millis));

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Property(tries = 200)
  void timestampIsTheClocksMillisWhenTheClockIsAhead(@ForAll @LongRange(min = 1, max = 10_000) long ahead) {
    // The generator never goes back, so first learn how far it has got (other tests share it).
    long reached = Uuid7.timestampOf(Uuid7.next(at(0)));
    long millis = reached + ahead;

    assertThat(Uuid7.timestampOf(Uuid7.next(at(millis)))).isEqualTo(millis);
  }

  @Property(tries = 200)
  void timestampIsNeverBehindTheClock(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL >> 4) long millis) {
    assertThat(Uuid7.timestampOf(Uuid7.next(at(millis)))).isGreaterThanOrEqualTo(millis);
  }

  @Test
  void timestampOfRefusesOtherVersions() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Uuid7.timestampOf(UUID.randomUUID()));
  }

  @Test
  void idsIncreaseWithinOneMillisecondEvenPastTheCounter() {
    Clock frozen = at(Uuid7.timestampOf(Uuid7.next(at(0))) + 1);
    UUID previous = Uuid7.next(frozen);
    // More than the 4,096 values the 12-bit counter holds in one millisecond.
    for (int i = 0; i < 10_000; i++) {
      UUID next = Uuid7.next(frozen);
      assertThat(Uuid7.UNSIGNED_ORDER.compare(previous, next)).as("id %d", i).isNegative();
      previous = next;
    }
  }

  @Test
  void idsIncreaseAcrossThreads() throws Exception {
    int threads = 8;
    int perThread = 20_000;
    Clock frozen = at(Uuid7.timestampOf(Uuid7.next(at(0))) + 1);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<UUID>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<UUID>> work = () -> {
          start.await();
          List<UUID> ids = new ArrayList<>(perThread);
          for (int i = 0; i < perThread; i++) {
            ids.add(Uuid7.next(frozen));
          }
          return ids;
        };
        results.add(pool.submit(work));
      }
      start.countDown();
      Set<Long> highHalves = new HashSet<>();
      for (Future<List<UUID>> result : results) {
        List<UUID> ids = result.get();
        assertThat(ids).isSortedAccordingTo(Uuid7.UNSIGNED_ORDER).doesNotHaveDuplicates();
        ids.forEach(id -> highHalves.add(id.getMostSignificantBits()));
      }
      // The time-and-counter half is unique across threads, so the ids are totally ordered in
      // the order they were taken.
      assertThat(highHalves).hasSize(threads * perThread);
    } finally {
      pool.shutdownNow();
    }
  }

  @Property(tries = 2_000)
  void unsignedOrderIsTheOrderOfTheBigEndianBytes(@ForAll long aHigh, @ForAll long aLow, @ForAll long bHigh,
      @ForAll boolean sameHigh, @ForAll long bLow) {
    UUID a = new UUID(aHigh, aLow);
    UUID b = new UUID(sameHigh ? aHigh : bHigh, bLow);

    int expected = Integer.signum(Arrays.compareUnsigned(bigEndian(a), bigEndian(b)));

    assertThat(Integer.signum(Uuid7.UNSIGNED_ORDER.compare(a, b))).isEqualTo(expected);
  }

  @Test
  void unsignedOrderDiffersFromUuidCompareToWhenTheSignBitIsSet() {
    UUID signBitSet = UUID.fromString("80000000-0000-7000-8000-000000000000");
    UUID small = UUID.fromString("00000000-0000-7000-8000-000000000000");

    assertThat(Uuid7.UNSIGNED_ORDER.compare(signBitSet, small)).isPositive();
    assertThat(signBitSet.compareTo(small)).isNegative();
  }
}
