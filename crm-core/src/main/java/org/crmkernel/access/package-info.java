/**
 * Access scopes as services: checks with reasons, visibility, access reviews, roles, sharing,
 * field security and offboarding. Depends on the SPI and the kernel's internals; the semantics
 * themselves live in {@code org.crmkernel.spi.access}, so that stores are tested against them.
 */
@NullMarked
package org.crmkernel.access;

import org.jspecify.annotations.NullMarked;
