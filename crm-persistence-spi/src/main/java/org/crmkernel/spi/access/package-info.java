/**
 * The access semantics, stated once: an {@link org.crmkernel.spi.access.AccessScope} compiled
 * for one principal answers both "may this principal do X to this record?" ({@link
 * org.crmkernel.spi.access.AccessScope#check}, with reasons) and "which records may it do X to?"
 * ({@link org.crmkernel.spi.access.AccessScope#visibility}, a predicate stores push into their
 * queries). The kernel enforces and caches with it; the store contract suite checks every adapter
 * against it. Depends on the model and {@code spi.query}.
 */
@NullMarked
package org.crmkernel.spi.access;

import org.jspecify.annotations.NullMarked;
