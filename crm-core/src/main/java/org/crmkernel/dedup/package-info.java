/**
 * Duplicate matching: match rules (compared fields, comparators and their levels, Fellegi-Sunter
 * m and u probabilities, thresholds, blocking keys) loadable from and savable to JSON, the
 * matcher that blocks, scores, explains and clusters, weight learning by expectation
 * maximisation, and the batch scan of a tenant's records through a session. Implemented in
 * {@code dedup.internal}; depends on the model and the SPI only.
 */
@NullMarked
package org.crmkernel.dedup;

import org.jspecify.annotations.NullMarked;
