/**
 * JMH benchmarks of the kernel against its stores: each measures a kernel call next to the
 * same work done by a bare store caller, in the same run, so the ratio shows what the kernel
 * adds. Not deployed; depends on crm-core and crm-testkit, and nothing depends on it.
 */
@NullMarked
package org.crmkernel.bench;

import org.jspecify.annotations.NullMarked;
