/** Innocent: a package-info with {@code @NullMarked}. */
@NullMarked
package org.crmkernel.architecture.violations.marked;

import org.jspecify.annotations.NullMarked;
