package org.crmkernel.examples.demo;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * The store the demo runs on, with what the report says about it; closing it releases what it
 * holds (a connection pool). See {@link JdbcDemoStore} for the databases.
 */
public interface DemoStore extends AutoCloseable {

  /** The store to build the kernel on. */
  CrmStore store();

  /** What the report's "Store:" line says: the store, and for a database its dialect and URL (no password). */
  String description();

  /** Releases what the store holds; the store is not used afterwards. */
  @Override
  void close();

  /** The in-memory store of crm-testkit: nothing is saved. */
  static DemoStore inMemory() {
    CrmStore store = InMemoryCrmStore.create();
    return new DemoStore() {
      @Override
      public CrmStore store() {
        return store;
      }

      @Override
      public String description() {
        return "in memory (InMemoryCrmStore from crm-testkit); nothing is saved.";
      }

      @Override
      public void close() {
        // Nothing to release: the store is garbage once the demo is done.
      }
    };
  }
}
