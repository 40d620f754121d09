/**
 * Lead assignment rules: ordered {@link org.crmkernel.model.assignment.LeadAssignmentRule}s whose
 * {@link org.crmkernel.model.assignment.AssignmentCriteria} pick a new lead's owner, a user or a
 * team member chosen by round robin or by load. Depends on the other {@code model} packages.
 */
@NullMarked
package org.crmkernel.model.assignment;

import org.jspecify.annotations.NullMarked;
