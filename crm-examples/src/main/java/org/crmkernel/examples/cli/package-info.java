/**
 * The {@code crm} command-line app: {@link org.crmkernel.examples.cli.CrmCommand} reads the
 * arguments and runs a command, such as the demo of {@code examples.demo}.
 */
@NullMarked
package org.crmkernel.examples.cli;

import org.jspecify.annotations.NullMarked;
