package org.crmkernel.model.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RevisionProperties {

  private static final Instant T0 = Instant.parse("2024-05-01T10:15:30Z");

  @Provide
  Arbitrary<List<Instant>> changeTimes() {
    return Arbitraries.longs().between(-86_400_000L, 86_400_000L).map(T0::plusMillis).list().ofMaxSize(20);
  }

  @Property(tries = 500)
  void nextNeverGoesBackInTime(@ForAll("changeTimes") List<Instant> times) {
    Revision revision = Revision.first(T0);
    for (Instant at : times) {
      Revision next = revision.next(at);

      assertThat(next.version()).isEqualTo(revision.version() + 1);
      assertThat(next.createdAt()).isEqualTo(T0);
      assertThat(next.modifiedAt()).isEqualTo(at.isAfter(revision.modifiedAt()) ? at : revision.modifiedAt());
      revision = next;
    }
  }

  @Test
  void refusesImpossibleRevisions() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Revision(0, T0, T0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Revision(1, T0, T0.minusNanos(1)));
    assertThat(Revision.first(T0)).isEqualTo(new Revision(1, T0, T0));
  }
}
