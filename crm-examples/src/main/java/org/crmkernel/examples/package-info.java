/**
 * Runnable examples of the kernel: {@link org.crmkernel.examples.QuickStart}, the quick start that
 * README.md quotes. The {@code crm} command-line app lives in {@code examples.cli}, the demo it
 * runs in {@code examples.demo}. Examples use only the kernel's and the testkit's public API.
 */
@NullMarked
package org.crmkernel.examples;

import org.jspecify.annotations.NullMarked;
