package org.crmkernel.jdbc;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.testkit.contract.AccessContract;

/**
 * The AccessContract on one database with fewer tries than the contract's defaults (60, 20, 25,
 * 25): 10, 4, 4, 4. At the defaults it took 50 s on H2 and 350 s on PostgreSQL (each try inserts
 * two random organisations and checks every user, privilege and record), too long for every
 * build; every build draws new organisations. Each property here calls the contract's own, unchanged; a longer run raises the
 * tries here.
 */
abstract class JdbcAccessContract extends AccessContract {

  @Override
  @Property(tries = 10)
  public void checkAgreesWithTheStoresVisibility(@ForAll Random random) {
    super.checkAgreesWithTheStoresVisibility(random);
  }

  @Override
  @Property(tries = 4)
  public void addingAGrantNeverRemovesAccess(@ForAll Random random) {
    super.addingAGrantNeverRemovesAccess(random);
  }

  @Override
  @Property(tries = 4)
  public void movingASubtreeAndBackChangesNoDecision(@ForAll Random random) {
    super.movingASubtreeAndBackChangesNoDecision(random);
  }

  @Override
  @Property(tries = 4)
  public void revokingAShareRestoresEveryEarlierDecision(@ForAll Random random) {
    super.revokingAShareRestoresEveryEarlierDecision(random);
  }
}
