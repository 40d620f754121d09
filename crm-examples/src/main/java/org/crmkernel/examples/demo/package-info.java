/**
 * The demo that {@code crm demo} runs: {@link org.crmkernel.examples.demo.Demo} sets up a tenant on
 * the in-memory store, loads seeded, realistic customers and walks through what the kernel does,
 * printing a readable report. Deterministic for a given seed. Depends on the kernel's public API
 * and the testkit only.
 */
@NullMarked
package org.crmkernel.examples.demo;

import org.jspecify.annotations.NullMarked;
