package org.crmkernel.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.crmkernel.model.ModelFixtures.T0;
import static org.crmkernel.model.ModelFixtures.TENANT;
import static org.crmkernel.model.ModelFixtures.uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DomainEventTest {

  private static DomainEvent event(EventType type, RecordKind subjectKind, List<FieldChange> changes) {
    return new DomainEvent(EventId.of(uuid(40)), TENANT, type, new RecordRef(subjectKind, uuid(41)), 1,
        Actor.system(), T0, CorrelationId.of(uuid(42)), changes);
  }

  @Test
  void refusesASubjectOfTheWrongKind() {
    assertThatIllegalArgumentException().isThrownBy(() -> event(EventType.ACCOUNT_CREATED, RecordKind.CONTACT, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> event(EventType.FIELD_DEFINED, RecordKind.ACCOUNT, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> event(EventType.OWNER_ASSIGNED, RecordKind.USER, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> event(EventType.TEAM_CREATED, RecordKind.BUSINESS_UNIT, List.of()));
  }

  @ParameterizedTest
  @EnumSource(value = RecordKind.class, names = {"ACCOUNT", "CONTACT", "LEAD"})
  void ownerAssignmentIsAboutAnyOwnedKind(RecordKind kind) {
    assertThat(event(EventType.OWNER_ASSIGNED, kind, List.of()).subject().kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyTypeIsAboutTheKindItsWireNameNames(EventType type) {
    String wire = type.wireName();
    RecordKind kind = wire.startsWith("Account") ? RecordKind.ACCOUNT
        : wire.startsWith("Contact") ? RecordKind.CONTACT
        : wire.startsWith("Lead") ? RecordKind.LEAD
        : wire.startsWith("FieldSecurity") ? RecordKind.FIELD_SECURITY_PROFILE
        : wire.startsWith("Field") ? RecordKind.FIELD_DEFINITION
        : wire.startsWith("Role") ? RecordKind.SECURITY_ROLE
        : wire.startsWith("AccessSettings") ? RecordKind.ACCESS_SETTINGS
        : wire.startsWith("BusinessUnit") ? RecordKind.BUSINESS_UNIT
        : wire.startsWith("User") ? RecordKind.USER
        : wire.startsWith("Team") ? RecordKind.TEAM
        : wire.startsWith("Pipeline") ? RecordKind.PIPELINE
        : wire.startsWith("Deal") ? RecordKind.DEAL
        : wire.startsWith("Activity") ? RecordKind.ACTIVITY
        : wire.startsWith("AssignmentRule") ? RecordKind.LEAD_ASSIGNMENT_RULE
        : RecordKind.ACCOUNT;

    assertThat(event(type, kind, List.of()).type()).isEqualTo(type);
    assertThat(EventType.fromWireName(wire)).isEqualTo(type);
  }

  @Test
  void copiesTheChanges() {
    List<FieldChange> changes = new ArrayList<>(List.of(FieldChange.of("name", Optional.empty(), Optional.of("Acme"))));
    DomainEvent event = event(EventType.ACCOUNT_CREATED, RecordKind.ACCOUNT, changes);

    changes.clear();

    assertThat(event.changes()).hasSize(1);
    assertThatIllegalArgumentException().isThrownBy(() -> EventType.fromWireName("AccountExploded"));
  }
}
