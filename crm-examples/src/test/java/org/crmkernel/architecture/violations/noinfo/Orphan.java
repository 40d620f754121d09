package org.crmkernel.architecture.violations.noinfo;

/** Violates: its package has no package-info. */
public final class Orphan {}
