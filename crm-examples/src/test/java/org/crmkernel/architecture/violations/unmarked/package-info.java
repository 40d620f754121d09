/** Violates: a package-info without {@code @NullMarked}. */
package org.crmkernel.architecture.violations.unmarked;
