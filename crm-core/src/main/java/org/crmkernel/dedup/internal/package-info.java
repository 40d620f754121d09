/**
 * The matching engine's parts: text normalisers (names, organisations, e-mail, phone, address,
 * dates), allocation-free string comparators, blocking, scoring, clustering and expectation
 * maximisation. Not exported.
 */
@NullMarked
package org.crmkernel.dedup.internal;

import org.jspecify.annotations.NullMarked;
