package org.crmkernel.examples.demo;

/**
 * How the demo runs: the seed of its data and about how many customers (accounts, contacts and
 * leads together) it creates.
 */
public record DemoSettings(long seed, int customers) {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 42;
  /** The number of customers created when none is given. */
  public static final int DEFAULT_CUSTOMERS = 300;
  /** The fewest customers the demo can show everything with. */
  public static final int MIN_CUSTOMERS = 20;
  /** The most customers the demo creates. */
  public static final int MAX_CUSTOMERS = 20_000;

  /** Checks the number of customers. */
  public DemoSettings {
    if (customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
      throw new IllegalArgumentException("the number of customers must be between " + MIN_CUSTOMERS + " and "
          + MAX_CUSTOMERS + ", was " + customers);
    }
  }

  /** Seed 42, 300 customers. */
  public static DemoSettings defaults() {
    return new DemoSettings(DEFAULT_SEED, DEFAULT_CUSTOMERS);
  }
}
