/** Fixture aggregates for the aggregates-by-id rule. */
@NullMarked
package org.crmkernel.architecture.violations.model.record;

import org.jspecify.annotations.NullMarked;
