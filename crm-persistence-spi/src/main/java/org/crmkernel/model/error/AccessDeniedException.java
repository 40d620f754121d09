package org.crmkernel.model.error;

import java.util.Objects;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.UserId;

/**
 * A user session tried something its access scope does not allow. Nothing was written but an
 * audit entry of the denial.
 */
public class AccessDeniedException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final UserId user;
  private final String privilege;
  private final RecordRef record;
  private final String reason;

  /**
   * {@code user} may not exercise {@code privilege} (a privilege's label, such as {@code read}
   * or {@code append-to}) on {@code record}, because of {@code reason}.
   */
  public AccessDeniedException(UserId user, String privilege, RecordRef record, String reason) {
    super("user " + Objects.requireNonNull(user, "user") + " may not " + Objects.requireNonNull(privilege, "privilege")
        + " " + Objects.requireNonNull(record, "record").kind().name().toLowerCase(java.util.Locale.ROOT) + " "
        + record.id() + ": " + Objects.requireNonNull(reason, "reason"));
    this.user = user;
    this.privilege = privilege;
    this.record = record;
    this.reason = reason;
  }

  /** Who was denied. */
  public UserId user() {
    return user;
  }

  /** The privilege denied, as its label ({@code read}, {@code write}, {@code append-to}, ...). */
  public String privilege() {
    return privilege;
  }

  /** The record (kind and id) it was denied on. */
  public RecordRef record() {
    return record;
  }

  /** Why, in words. */
  public String reason() {
    return reason;
  }
}
