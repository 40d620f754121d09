package org.crmkernel.access;

import java.util.function.Consumer;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;

/**
 * Offboarding: deactivates a user and reassigns every record they own to a successor, in
 * batches of their own transactions so that a large book of business never holds one long
 * transaction, all under one correlation id so the audit log shows one operation. A user
 * session needs write on the user and assign on every record.
 */
public interface OffboardingService {

  /**
   * Deactivates {@code user} (first, so they create nothing meanwhile) and reassigns their
   * accounts, contacts, leads, deals and activities to {@code successor} (an active user or an
   * owner team), {@code batchSize} records per transaction, telling {@code progress} after each
   * batch.
   */
  OffboardingReport offboard(UserId user, Owner successor, int batchSize, Consumer<OffboardingProgress> progress);
}
