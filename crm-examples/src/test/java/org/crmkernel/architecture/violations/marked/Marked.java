package org.crmkernel.architecture.violations.marked;

/** Lives in a {@code @NullMarked} package. */
public final class Marked {}
