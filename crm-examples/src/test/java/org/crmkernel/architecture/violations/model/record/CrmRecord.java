package org.crmkernel.architecture.violations.model.record;

/**
 * The fixtures' own aggregate marker: the production one is sealed, so fixtures cannot
 * implement it. The rules find it at {@code <base>.model.record.CrmRecord}, as in production.
 */
public sealed interface CrmRecord permits Deal, Quote {}
