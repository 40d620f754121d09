package org.crmkernel.access;

import java.util.List;
import java.util.Objects;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.spi.access.AccessDecision;

/**
 * Who can read and who can write one record, each with the reasons.
 *
 * @param readers the allowed read decisions, by user id
 * @param writers the allowed write decisions, by user id
 */
public record RecordAccessReview(RecordRef record, List<AccessDecision> readers, List<AccessDecision> writers) {

  /** Copies the lists. */
  public RecordAccessReview {
    Objects.requireNonNull(record, "record");
    readers = List.copyOf(readers);
    writers = List.copyOf(writers);
  }
}
