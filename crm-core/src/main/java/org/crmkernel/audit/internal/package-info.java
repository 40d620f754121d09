/** The implementation of the audit trail. Not exported. */
@NullMarked
package org.crmkernel.audit.internal;

import org.jspecify.annotations.NullMarked;
