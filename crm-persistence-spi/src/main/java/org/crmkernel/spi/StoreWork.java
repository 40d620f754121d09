package org.crmkernel.spi;

/**
 * A piece of work run inside one transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface StoreWork<T> {

  /** Does the work with the stores of {@code tx}; an exception rolls everything back. */
  T run(StoreTransaction tx);
}
