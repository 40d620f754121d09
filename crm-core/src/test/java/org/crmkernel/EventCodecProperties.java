package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.internal.EventCodec;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Actor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every domain event survives the trip through the outbox's JSON unchanged. */
class EventCodecProperties {

  private final EventCodec codec = new EventCodec();

  @Provide
  Arbitrary<DomainEvent> events() {
    Arbitrary<Optional<String>> texts = Arbitraries.strings().ofMaxLength(40).optional();
    Arbitrary<FieldChange> change = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), texts, texts)
        .as(FieldChange::new);
    Arbitrary<Actor> actors = Arbitraries.oneOf(Arbitraries.just(Actor.system()),
        Arbitraries.create(UUID::randomUUID).map(u -> Actor.user(UserId.of(u))));
    Arbitrary<EventType> types = Arbitraries.of(EventType.class);
    return Combinators.combine(types, actors, change.list().ofMaxSize(5), Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.longs().between(0, 4_000_000_000_000L)).as((type, actor, changes, version, millis) -> {
          RecordKind kind = java.util.Arrays.stream(RecordKind.values()).filter(type::isAbout).findFirst().orElseThrow();
          return new DomainEvent(EventId.of(UUID.randomUUID()), TenantId.of(UUID.randomUUID()), type,
              new RecordRef(kind, UUID.randomUUID()), version, actor, Instant.ofEpochMilli(millis),
              CorrelationId.of(UUID.randomUUID()), changes);
        });
  }

  @Property(tries = 300)
  void decodeInvertsEncode(@ForAll("events") DomainEvent event) {
    assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
  }

  @Property(tries = 50)
  void theJsonNamesTheWireTypeAndId(@ForAll("events") DomainEvent event) {
    String json = codec.encode(event);
    assertThat(json).contains("\"type\":\"" + event.type().wireName() + "\"").contains("\"id\":\"" + event.id() + "\"");
  }
}
