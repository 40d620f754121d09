package org.crmkernel.model.record;

import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;

/**
 * What every stored record has: a typed id, its tenant and its revision. Implemented by the
 * aggregates of every area (sealed: a new aggregate is added here); stores are generic over it.
 *
 * @param <I> the id type
 */
public sealed interface CrmRecord<I extends RecordId>
    permits OwnedRecord, org.crmkernel.model.directory.BusinessUnit, org.crmkernel.model.directory.User,
        org.crmkernel.model.directory.Team, org.crmkernel.model.field.FieldDefinition,
        org.crmkernel.model.access.SecurityRole, org.crmkernel.model.access.RecordShare,
        org.crmkernel.model.access.FieldSecurityProfile,
        org.crmkernel.model.pipeline.Pipeline, org.crmkernel.model.pipeline.DealChange,
        org.crmkernel.model.assignment.LeadAssignmentRule {

  /** The record's id. */
  I id();

  /** The tenant the record belongs to. */
  TenantId tenantId();

  /** Version and timestamps. */
  Revision revision();

  /** Shorthand for {@code revision().version()}. */
  default long version() {
    return revision().version();
  }

  /** A reference to this record. */
  default RecordRef ref() {
    return id().ref();
  }
}
