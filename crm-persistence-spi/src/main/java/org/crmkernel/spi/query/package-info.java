/**
 * Queries as data: {@link org.crmkernel.spi.query.Filter} trees over field references, {@link
 * org.crmkernel.spi.query.Sort} orders with the id as tie-breaker, keyset {@link
 * org.crmkernel.spi.query.Cursor}s and {@link org.crmkernel.spi.query.Page}s. Filters and sorts
 * carry their reference semantics ({@code Filter.test}, {@code Sort.positionOrder}) so that
 * every store can be checked against them. Depends on {@code model} only.
 */
@NullMarked
package org.crmkernel.spi.query;

import org.jspecify.annotations.NullMarked;
