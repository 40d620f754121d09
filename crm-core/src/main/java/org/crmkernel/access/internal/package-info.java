/** Implementations of the access services; not exported. */
@NullMarked
package org.crmkernel.access.internal;

import org.jspecify.annotations.NullMarked;
