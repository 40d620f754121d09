/** The implementation of the outbox relay. Not exported. */
@NullMarked
package org.crmkernel.notify.internal;

import org.jspecify.annotations.NullMarked;
