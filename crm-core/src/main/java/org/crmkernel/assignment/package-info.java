/**
 * Lead assignment: {@link org.crmkernel.assignment.LeadAssignmentService} keeps a tenant's ordered
 * assignment rules and runs them to give a lead its owner, a user or a member of a team chosen by
 * round robin or by load, explaining each decision. Depends on the model and the kernel's
 * internal helpers; the decision engine lives in {@code ..internal}, the service implementation
 * with the customer services.
 */
@NullMarked
package org.crmkernel.assignment;

import org.jspecify.annotations.NullMarked;
