/**
 * Deliberately broken code, laid out like the production packages under {@code org.crmkernel}:
 * {@link org.crmkernel.architecture.ArchitectureRulesCanFailTest} checks that each architecture
 * rule reports the violations planted here and leaves the innocent classes alone. Never imported
 * by the production checks.
 */
@NullMarked
package org.crmkernel.architecture.violations;

import org.jspecify.annotations.NullMarked;
