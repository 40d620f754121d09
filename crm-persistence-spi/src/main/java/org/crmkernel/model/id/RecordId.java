package org.crmkernel.model.id;

import java.util.UUID;

/** The id of a record of one of the kernel's kinds. */
public sealed interface RecordId
    permits AccountId, ContactId, LeadId, UserId, TeamId, BusinessUnitId, FieldDefinitionId, RoleId, ShareId,
        FieldSecurityProfileId, PipelineId, DealId, DealChangeId,
        ActivityId, AssignmentRuleId {

  /** The underlying UUID. */
  UUID value();

  /** The kind of record this id names. */
  RecordKind kind();

  /** A kind-tagged reference to the same record. */
  default RecordRef ref() {
    return new RecordRef(kind(), value());
  }
}
