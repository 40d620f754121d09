/**
 * The lead assignment decision engine: a pure function of a lead, the active rules in position
 * order and an {@link org.crmkernel.assignment.internal.AssignmentState} (who is active, who is in
 * a team, who holds how many open leads), so that the same input and state always give the same
 * owner. Depends only on the model. Not exported.
 */
@NullMarked
package org.crmkernel.assignment.internal;

import org.jspecify.annotations.NullMarked;
