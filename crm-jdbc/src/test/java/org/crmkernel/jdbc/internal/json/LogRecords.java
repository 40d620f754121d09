package org.crmkernel.jdbc.internal.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Actor;

/**
 * Random audit entries and access settings, which the testkit's generators do not make: texts
 * beyond the BMP, masked and absent values, instants to the nanosecond and at the ends of the
 * range, every operation and record kind.
 */
final class LogRecords {

  private static final List<String> TEXTS = List.of("", " ", "Acme", "\uD835\uDD18nicode \uD83D\uDE00",
      FieldChange.MASKED, "line\nbreak", "quote \" and \\ backslash", "\u0000\u001F control", "\u00C9mile");
  private static final List<String> FIELDS = List.of("name", "annualRevenue", "custom.region", "owner", "stageId");
  private static final List<String> SECURABLE_FIELDS = List.of("annualRevenue", "name", "custom.x", "industry", "a.b");
  private static final List<RecordKind> CUSTOMIZABLE =
      List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD, RecordKind.DEAL);

  private LogRecords() {}

  /** A random audit entry of {@code tenant}. */
  static AuditEntry auditEntry(Random random, TenantId tenant) {
    List<FieldChange> changes = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      changes.add(new FieldChange(pick(random, FIELDS), maybeText(random), maybeText(random)));
    }
    Actor actor = random.nextBoolean() ? Actor.system() : Actor.user(UserId.of(uuid(random)));
    return new AuditEntry(AuditEntryId.of(uuid(random)), tenant, actor, instant(random),
        pick(random, List.of(AuditOperation.values())), new RecordRef(pick(random, List.of(RecordKind.values())),
            uuid(random)), changes, CorrelationId.of(uuid(random)));
  }

  /** Random access settings of {@code tenant}: the defaults, or stored ones with secured fields. */
  static AccessSettings accessSettings(Random random, TenantId tenant) {
    if (random.nextInt(4) == 0) {
      return AccessSettings.defaults(tenant);
    }
    Set<FieldKey> secured = new TreeSet<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      String field = pick(random, SECURABLE_FIELDS);
      if (!field.startsWith("custom.")) {
        secured.add(new FieldKey(pick(random, CUSTOMIZABLE), field));
      }
    }
    long version = random.nextBoolean() ? 1 + random.nextInt(10) : Long.MAX_VALUE;
    return new AccessSettings(tenant, random.nextInt(AccessSettings.MAX_HIERARCHY_DEPTH + 1), secured, version);
  }

  /** An instant: nanoseconds, the epoch, before it, or the ends of the range. */
  static Instant instant(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Instant.EPOCH;
      case 1 -> Instant.MIN;
      case 2 -> Instant.MAX;
      case 3 -> Instant.ofEpochSecond(-random.nextInt(1_000_000_000), random.nextInt(1_000_000_000));
      default -> Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
    };
  }

  static UUID uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private static Optional<String> maybeText(Random random) {
    return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(random, TEXTS));
  }

  private static <T> T pick(Random random, List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }
}
