/**
 * The JDBC adapter's API: {@link org.crmkernel.jdbc.JdbcCrmStore} (the store on a host's data
 * source, and its builder), {@link org.crmkernel.jdbc.HostTransactions} (running inside the
 * host's own transactions), {@link org.crmkernel.jdbc.SqlDialect} and {@link
 * org.crmkernel.jdbc.JdbcSchema}, which applies or exports the adapter's schema. Depends on the
 * SPI module only.
 */
@NullMarked
package org.crmkernel.jdbc;

import org.jspecify.annotations.NullMarked;
