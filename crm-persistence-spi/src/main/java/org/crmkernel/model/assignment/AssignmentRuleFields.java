package org.crmkernel.model.assignment;

import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** The fields lead assignment rules can be filtered and sorted by. */
public final class AssignmentRuleFields {

  private static final RecordKind KIND = RecordKind.LEAD_ASSIGNMENT_RULE;

  /** The id. */
  public static final StandardField<LeadAssignmentRule, UUID> ID =
      StandardField.required(KIND, "id", UUID.class, r -> r.id().value());
  /** The name. */
  public static final StandardField<LeadAssignmentRule, String> NAME =
      StandardField.required(KIND, "name", String.class, LeadAssignmentRule::name);
  /** The position in the order. */
  public static final StandardField<LeadAssignmentRule, Long> POSITION =
      StandardField.required(KIND, "position", Long.class, r -> (long) r.position());
  /** Whether the rule is active. */
  public static final StandardField<LeadAssignmentRule, Boolean> ACTIVE =
      StandardField.required(KIND, "active", Boolean.class, LeadAssignmentRule::active);

  /** Every standard field above. */
  public static final List<StandardField<LeadAssignmentRule, ?>> ALL = List.of(ID, NAME, POSITION, ACTIVE);

  private AssignmentRuleFields() {}
}
