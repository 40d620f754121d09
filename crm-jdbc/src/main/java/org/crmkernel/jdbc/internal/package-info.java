/**
 * The SQL behind the store SPI: the dialect differences ({@code Dialect}), the unit of work over
 * a {@link javax.sql.DataSource} with its translation of {@link java.sql.SQLException}s into the
 * SPI's exceptions, the translation of {@link org.crmkernel.spi.query.Filter}s into WHERE
 * fragments, and the stores built on them (so far the audit log, the outbox, and the record
 * stores over {@code KindTable}s: accounts, contacts, leads, the directory, field definitions and
 * the access stores). Not exported:
 * hosts reach it through {@code org.crmkernel.jdbc}. Depends on the SPI, {@code java.sql} and
 * Jackson (for JSON columns), never on the kernel.
 */
@NullMarked
package org.crmkernel.jdbc.internal;

import org.jspecify.annotations.NullMarked;
