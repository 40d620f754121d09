package org.crmkernel.jdbc;

import org.crmkernel.testkit.contract.AccessStoresContract;

/**
 * The AccessStoresContract on one database, every test of it: share uniqueness, {@code
 * sharesOf}/{@code find}, the access settings' versions, queries on roles, shares and profiles,
 * the access graph ({@code tx.accessGraph()}) and the owned stores' visibility reads.
 */
abstract class JdbcAccessStoresContract extends AccessStoresContract {

}
