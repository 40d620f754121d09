package org.crmkernel.spi.access;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.UserId;

/**
 * The answer to "may this user do this to this record?", with the reasons for an allow, or the
 * reason for a denial. The denial's text is written only when someone asks for it: most denials
 * (a filtered list, a probe) are never read, and decisions are on the hot path.
 */
public final class AccessDecision {

  private final UserId user;
  private final Privilege privilege;
  private final RecordRef record;
  private final boolean allowed;
  private final List<AccessReason> reasons;
  private final Supplier<String> denial;

  private AccessDecision(UserId user, Privilege privilege, RecordRef record, boolean allowed, List<AccessReason> reasons,
      Supplier<String> denial) {
    this.user = Objects.requireNonNull(user, "user");
    this.privilege = Objects.requireNonNull(privilege, "privilege");
    this.record = Objects.requireNonNull(record, "record");
    this.allowed = allowed;
    this.reasons = List.copyOf(reasons);
    this.denial = Objects.requireNonNull(denial, "denial");
  }

  /** An allow, with at least one reason. */
  public static AccessDecision allowed(UserId user, Privilege privilege, RecordRef record, List<AccessReason> reasons) {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an allow has at least one reason");
    }
    return new AccessDecision(user, privilege, record, true, reasons, () -> "");
  }

  /** A denial, whose text {@code why} writes when asked for. */
  public static AccessDecision denied(UserId user, Privilege privilege, RecordRef record, Supplier<String> why) {
    return new AccessDecision(user, privilege, record, false, List.of(), why);
  }

  /** Who asked. */
  public UserId user() {
    return user;
  }

  /** What they would do. */
  public Privilege privilege() {
    return privilege;
  }

  /** To which record. */
  public RecordRef record() {
    return record;
  }

  /** The answer. */
  public boolean allowed() {
    return allowed;
  }

  /** Why it is allowed (empty when denied; all reasons when asked for all). */
  public List<AccessReason> reasons() {
    return reasons;
  }

  /** Why it is denied (empty when allowed). */
  public String denial() {
    return allowed ? "" : denial.get();
  }

  /** A sentence a person can read. */
  public String describe() {
    String head = "user " + user + (allowed ? " may " : " may not ") + privilege.label() + " " + record;
    return allowed
        ? head + ": " + reasons.stream().map(AccessReason::describe).collect(Collectors.joining("; "))
        : head + ": " + denial();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccessDecision d && d.user.equals(user) && d.privilege == privilege && d.record.equals(record)
        && d.allowed == allowed && d.reasons.equals(reasons) && d.denial().equals(denial());
  }

  @Override
  public int hashCode() {
    return Objects.hash(user, privilege, record, allowed, reasons);
  }

  @Override
  public String toString() {
    return describe();
  }
}
