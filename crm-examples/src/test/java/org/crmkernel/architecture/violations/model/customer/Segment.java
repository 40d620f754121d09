package org.crmkernel.architecture.violations.model.customer;

/** Innocent sealed interface with record cases; its nested enum violates. */
public sealed interface Segment permits Segment.Small, Segment.Large {

  /** Innocent. */
  record Small(int seats) implements Segment {}

  /** Innocent. */
  record Large(int seats) implements Segment {}

  /** Violates: nested in a sealed interface but not a record. */
  enum Size {
    S,
    L
  }
}
