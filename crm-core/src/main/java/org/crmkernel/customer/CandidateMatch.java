package org.crmkernel.customer;

import java.util.Objects;
import java.util.Set;
import org.crmkernel.model.record.OwnedRecord;

/**
 * An existing record a lead could be converted into instead of a new one, and why.
 *
 * @param <R> the record type
 */
public record CandidateMatch<R extends OwnedRecord<?>>(R record, Set<MatchReason> reasons) {

  /** Rejects missing parts and copies the reasons. */
  public CandidateMatch {
    Objects.requireNonNull(record, "record");
    reasons = Set.copyOf(reasons);
  }
}
