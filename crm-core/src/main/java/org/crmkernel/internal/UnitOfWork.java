package org.crmkernel.internal;

import java.util.List;
import java.util.function.Function;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.TransactionMode;

/** Runs one facade call as one store transaction. */
public final class UnitOfWork {

  private final EventCodec codec;

  /** A runner that encodes events with {@code codec}. */
  public UnitOfWork(EventCodec codec) {
    this.codec = codec;
  }

  /**
   * Runs {@code work} in a read-write transaction; its record changes, audit entries and events
   * commit together. After commit, the kernel's {@link AfterCommit} hears of the events.
   */
  public <T> T write(SessionContext session, Function<Changes, T> work) {
    record Outcome<T>(T value, List<DomainEvent> events) {}
    Outcome<T> outcome = session.kernel().store().inTransaction(TransactionMode.READ_WRITE, tx -> {
      Changes changes = new Changes(tx, session, codec);
      T value = work.apply(changes);
      return new Outcome<>(value, changes.flush());
    });
    if (!outcome.events().isEmpty()) {
      session.kernel().afterCommit().committed(outcome.events());
    }
    return outcome.value();
  }

  /** Runs {@code work} in a read-only transaction. */
  public <T> T read(SessionContext session, Function<StoreTransaction, T> work) {
    return session.kernel().store().inTransaction(TransactionMode.READ_ONLY, work::apply);
  }
}
