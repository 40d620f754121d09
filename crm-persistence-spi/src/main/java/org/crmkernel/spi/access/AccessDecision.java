package org.crmkernel.spi.access;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.UserId;

/**
 * The answer to "may this user do this to this record?", with the reasons for an allow, or the
 * reason for a denial.
 *
 * @param user who asked
 * @param privilege what they would do
 * @param record to which record
 * @param allowed the answer
 * @param reasons why it is allowed (empty when denied; all reasons when asked for all)
 * @param denial why it is denied (empty when allowed)
 */
public record AccessDecision(UserId user, Privilege privilege, RecordRef record, boolean allowed,
    List<AccessReason> reasons, String denial) {

  /** Checks consistency: an allow has reasons and no denial; a denial has a denial text. */
  public AccessDecision {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(privilege, "privilege");
    Objects.requireNonNull(record, "record");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(denial, "denial");
    if (allowed == reasons.isEmpty() || allowed != denial.isEmpty()) {
      throw new IllegalArgumentException("an allow has reasons and no denial text; a denial the reverse");
    }
  }

  /** A sentence a person can read. */
  public String describe() {
    String head = "user " + user + (allowed ? " may " : " may not ") + privilege.label() + " " + record;
    return allowed
        ? head + ": " + reasons.stream().map(AccessReason::describe).collect(Collectors.joining("; "))
        : head + ": " + denial;
  }
}
