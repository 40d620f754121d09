/**
 * The in-memory adapter: {@link org.crmkernel.testkit.memory.InMemoryCrmStore}, a thread-safe
 * {@link org.crmkernel.spi.CrmStore} for test suites and demos. Units of work keep private write
 * sets and publish them atomically at commit, after checking that nothing they relied on was
 * changed by a concurrent commit. Everything but the store itself is package-private. Depends on
 * the SPI only.
 */
@NullMarked
package org.crmkernel.testkit.memory;

import org.jspecify.annotations.NullMarked;
