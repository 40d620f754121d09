package org.crmkernel.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;

/** Fixed, valid building blocks for model tests, and a helper to read validation failures. */
public final class ModelFixtures {

  /** A fixed instant; tests never read the real clock. */
  public static final Instant T0 = Instant.parse("2024-05-01T10:15:30Z");

  /** The tenant every fixture belongs to. */
  public static final TenantId TENANT = TenantId.of(uuid(1));

  /** The revision every fixture starts at. */
  public static final Revision REVISION = Revision.first(T0);

  /** A user-owned ownership in a fixed unit. */
  public static final Ownership OWNERSHIP =
      new Ownership(Owner.user(UserId.of(uuid(2))), BusinessUnitId.of(uuid(3)));

  private ModelFixtures() {}

  /** A deterministic version 7 UUID, distinct for each {@code n}. */
  public static UUID uuid(long n) {
    return new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0000L | n);
  }

  /** A valid account with only a name. */
  public static Account account(String name) {
    return new Account(AccountId.of(uuid(100)), TENANT, name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), OWNERSHIP, RecordState.ACTIVE,
        CustomFields.none(), REVISION);
  }

  /** The violations of the validation failure {@code call} throws, as {@code path:code}. */
  public static List<String> violations(ThrowingCallable call) {
    CrmValidationException[] caught = new CrmValidationException[1];
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(CrmValidationException.class, e -> caught[0] = e);
    return pathsAndCodes(caught[0].violations());
  }

  /** {@code violations} as {@code path:code}. */
  public static List<String> pathsAndCodes(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + ":" + v.code()).toList();
  }
}
