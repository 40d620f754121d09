package org.crmkernel.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.testkit.fixtures.MutableClock;

/**
 * What every section of the demo works with: the kernel, the tenant's system session, the clock
 * the demo advances, the report, names for ids, and the two notification sinks.
 */
record Stage(Crm crm, CrmSession session, MutableClock clock, Report report, Labels labels, EventCounter events,
    FlakyWebhook webhook) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** Lets {@code duration} pass. */
  void advance(Duration duration) {
    clock.advance(duration);
  }

  /** Moves the clock forward to {@code instant}, such as {@code 2025-03-04T10:15:00Z}. */
  void moveTo(String instant) {
    Instant target = Instant.parse(instant);
    if (target.isBefore(clock.instant())) {
      throw new IllegalStateException("the demo's clock is at " + clock.instant() + ", past " + target);
    }
    clock.set(target);
  }

  /** The clock's time, for the report. */
  String now() {
    return time(clock.instant());
  }

  /** {@code instant} for the report, in UTC. */
  static String time(Instant instant) {
    return TIME.format(instant);
  }
}
