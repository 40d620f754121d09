package org.crmkernel.architecture.violations.unmarked;

/** Lives in a package whose package-info lacks {@code @NullMarked}. */
public final class Unmarked {}
