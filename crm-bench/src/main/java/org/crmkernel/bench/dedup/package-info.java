/**
 * Duplicate matching benchmarks on labelled data sets: loading the shared Febrl, restaurant and
 * dedupe-examples sets into kernel field names, pairwise and cluster precision and recall, the
 * matchers under test behind one interface (Duke 1.2 as the baseline), and the quality run that
 * prints them side by side. The data stay outside the repository; the run takes their directory.
 */
@NullMarked
package org.crmkernel.bench.dedup;

import org.jspecify.annotations.NullMarked;
