/**
 * The demo that {@code crm demo} runs: {@link org.crmkernel.examples.demo.Demo} sets up a new tenant
 * on a {@link org.crmkernel.examples.demo.DemoStore} (in memory, or the JDBC adapter on a HikariCP
 * pool), loads seeded, realistic customers and walks through what the kernel does, printing a
 * readable report. Deterministic for a given seed, and the same on every store but for its "Store:"
 * line. Depends on the kernel's public API, the testkit and the JDBC adapter's public API only.
 */
@NullMarked
package org.crmkernel.examples.demo;

import org.jspecify.annotations.NullMarked;
