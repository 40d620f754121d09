package org.crmkernel.jdbc;

import org.crmkernel.jdbc.internal.ContractStore;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.testkit.contract.AccessStoresContract;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The AccessStoresContract on one database, without the tests that need what the adapter does
 * not have yet: the access graph ({@code tx.accessGraph()}) and the owned stores' visibility
 * reads. Those tests are overridden here only to disable them, with the reason; they call the
 * contract's own test, so removing {@code @Disabled} runs it unchanged. Everything else (share
 * uniqueness, {@code sharesOf}/{@code find} on the share store, the access settings' versions,
 * queries on roles, shares and profiles) runs.
 */
abstract class JdbcAccessStoresContract extends AccessStoresContract {

  private static final String NO_GRAPH = "needs tx.accessGraph(), which the JDBC adapter does not have yet";

  @Override
  protected boolean storesKind(RecordKind kind) {
    return ContractStore.RECORD_KINDS.contains(kind);
  }

  @Test
  @Disabled(NO_GRAPH)
  @Override
  public void sharesOfListsOneRecordsSharesInIdOrder() {
    super.sharesOfListsOneRecordsSharesInIdOrder();
  }

  @Test
  @Disabled(NO_GRAPH)
  @Override
  public void sharesSeeTheUnitOfWorksOwnWrites() {
    super.sharesSeeTheUnitOfWorksOwnWrites();
  }

  @Test
  @Disabled("needs the owned stores' visibility reads and deals and activities, which the JDBC adapter does not have yet")
  @Override
  public void sharesAdmitRecordsOfTheirOwnKindOnly() {
    super.sharesAdmitRecordsOfTheirOwnKindOnly();
  }

  @Test
  @Disabled(NO_GRAPH)
  @Override
  public void unitTreesFollowParents() {
    super.unitTreesFollowParents();
  }

  @Test
  @Disabled(NO_GRAPH)
  @Override
  public void managerDistanceCountsStepsWithinTheDepth() {
    super.managerDistanceCountsStepsWithinTheDepth();
  }

  @Test
  @Disabled(NO_GRAPH)
  @Override
  public void accessGraphSeesTheUnitOfWorksOwnWrites() {
    super.accessGraphSeesTheUnitOfWorksOwnWrites();
  }
}
