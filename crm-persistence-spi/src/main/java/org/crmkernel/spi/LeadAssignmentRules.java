package org.crmkernel.spi;

import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.id.AssignmentRuleId;

/** Lead assignment rules. */
public interface LeadAssignmentRules extends RecordStore<AssignmentRuleId, LeadAssignmentRule> {}
