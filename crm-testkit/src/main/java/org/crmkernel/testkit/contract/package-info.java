/**
 * The store contract suite (TCK): abstract JUnit 5 and jqwik classes that every {@link
 * org.crmkernel.spi.CrmStore} adapter runs to show it keeps the storage contract, as the
 * in-memory store and every JDBC dialect do. The contract is the SPI's Javadoc and the
 * reference semantics of {@link org.crmkernel.spi.query.Filter} and {@link
 * org.crmkernel.spi.query.Sort}; the suite checks it generically for every record kind, and
 * differentially against a reference model for random data, queries and operation sequences.
 *
 * <p>An adapter runs the whole suite with one tiny subclass per contract class, each supplying
 * the store (a fresh one, or a shared one: every test uses fresh tenants):
 *
 * <pre>{@code
 * class JdbcRecordStoreTest extends RecordStoreContract {
 *   @Override protected CrmStore newStore() { return MyStores.shared(); }
 * }
 * // likewise: QueryContract, TransactionContract, ConcurrencyContract, BulkInsertContract,
 * // AuditLogContract, DealHistoryContract, OutboxContract, StoreStatefulContract,
 * // AccessStoresContract, AccessContract
 * }</pre>
 *
 * <p>{@link org.crmkernel.testkit.contract.AccessContract} is the access differential: for random
 * organisations, {@link org.crmkernel.spi.access.AccessScope#check} must agree, for every user,
 * privilege and record, with the store's reads restricted by {@link
 * org.crmkernel.spi.query.Visibility}, and with metamorphic properties (grants never remove
 * access, a subtree moved and back changes nothing, a revoked share restores every decision).
 *
 * <p>Name the subclasses so the build runs them (Surefire: {@code *Test}) and keep the jqwik
 * engine on the test class path. Override {@code closeStore} to release a store when a class is
 * done. {@link org.crmkernel.testkit.contract.OutboxContract} needs the outbox to itself while
 * each of its tests runs, since claims span tenants. Depends on the SPI and the test frameworks
 * only.
 */
@NullMarked
package org.crmkernel.testkit.contract;

import org.jspecify.annotations.NullMarked;
