package org.crmkernel.notify;

/** What one relay run did: events delivered to every sink, and events that will be retried. */
public record DeliveryReport(int delivered, int failed) {

  /** Nothing was due. */
  public static final DeliveryReport NONE = new DeliveryReport(0, 0);

  /** Both reports added up. */
  public DeliveryReport plus(DeliveryReport other) {
    return new DeliveryReport(delivered + other.delivered, failed + other.failed);
  }
}
