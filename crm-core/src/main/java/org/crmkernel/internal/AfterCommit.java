package org.crmkernel.internal;

import java.util.List;
import org.crmkernel.model.event.DomainEvent;

/** Told about the events a unit of work wrote to the outbox, once it has committed. */
@FunctionalInterface
public interface AfterCommit {

  /** Does nothing. */
  AfterCommit NOTHING = events -> {};

  /** Called after commit with the events written; must not throw. */
  void committed(List<DomainEvent> events);
}
