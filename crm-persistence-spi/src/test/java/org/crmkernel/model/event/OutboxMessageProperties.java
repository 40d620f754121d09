package org.crmkernel.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.crmkernel.model.ModelFixtures.T0;
import static org.crmkernel.model.ModelFixtures.TENANT;
import static org.crmkernel.model.ModelFixtures.uuid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.id.EventId;
import org.junit.jupiter.api.Test;

class OutboxMessageProperties {

  private static final OutboxMessage PENDING =
      OutboxMessage.pending(EventId.of(uuid(50)), TENANT, "AccountCreated", "{\"id\":1}", T0);

  /** One relay step: claim, fail or deliver, at a number of seconds after T0. */
  record Step(int kind, long seconds) {
    OutboxMessage apply(OutboxMessage message) {
      Instant at = T0.plusSeconds(seconds);
      return switch (kind) {
        case 0 -> message.claimedUntil(at);
        case 1 -> message.failed("timeout after " + seconds + "s", at);
        default -> message.delivered(at);
      };
    }
  }

  @Provide
  Arbitrary<List<Step>> runs() {
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.longs().between(0, 3600))
        .as(Step::new).list().ofMaxSize(10);
  }

  @Property(tries = 500)
  void transitionsKeepTheEventAndCountAttempts(@ForAll("runs") List<Step> steps) {
    OutboxMessage message = PENDING;
    int attempts = 0;
    for (Step step : steps) {
      OutboxMessage next = step.apply(message);
      attempts += step.kind() == 0 ? 0 : 1;

      assertThat(next.eventId()).isEqualTo(PENDING.eventId());
      assertThat(next.tenantId()).isEqualTo(PENDING.tenantId());
      assertThat(next.type()).isEqualTo(PENDING.type());
      assertThat(next.payload()).isEqualTo(PENDING.payload());
      assertThat(next.occurredAt()).isEqualTo(PENDING.occurredAt());
      assertThat(next.attempts()).isEqualTo(attempts);
      switch (step.kind()) {
        case 0 -> {
          assertThat(next.nextAttemptAt()).isEqualTo(T0.plusSeconds(step.seconds()));
          assertThat(next.deliveredAt()).isEqualTo(message.deliveredAt());
          assertThat(next.lastError()).isEqualTo(message.lastError());
        }
        case 1 -> {
          assertThat(next.isDelivered()).isFalse();
          assertThat(next.nextAttemptAt()).isEqualTo(T0.plusSeconds(step.seconds()));
          assertThat(next.lastError()).contains("timeout after " + step.seconds() + "s");
        }
        default -> {
          assertThat(next.deliveredAt()).contains(T0.plusSeconds(step.seconds()));
          assertThat(next.lastError()).isEmpty();
        }
      }
      message = next;
    }
  }

  @Test
  void aNewMessageIsDueAtOnceAndUntried() {
    assertThat(PENDING.attempts()).isZero();
    assertThat(PENDING.nextAttemptAt()).isEqualTo(T0);
    assertThat(PENDING.isDelivered()).isFalse();
    assertThat(PENDING.lastError()).isEmpty();
  }

  @Test
  void refusesNegativeAttempts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OutboxMessage(PENDING.eventId(), TENANT, "X", "{}", T0,
        -1, T0, Optional.empty(), Optional.empty()));
  }
}
