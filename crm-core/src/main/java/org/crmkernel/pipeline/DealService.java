package org.crmkernel.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.CustomerService;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;

/**
 * Deals (opportunities): besides the lifecycle every owned record has, the business actions of
 * a sale. Each action is one transaction that checks the session's privileges (write on the
 * deal; assign for {@link #reassign}), names the version it read, and appends one entry to the
 * deal's history whenever the stage, amount, probability, close date or owner changes.
 *
 * <p>Rules, as in Salesforce and Dynamics 365: a stage's required fields must be set to enter it;
 * a closed deal does not move until it is reopened; won means probability 100 and lost 0; a
 * probability someone set by hand survives moves between open stages, while a default follows
 * the stage.
 */
public interface DealService extends CustomerService<DealId, Deal, DealDraft, DealDraft.Builder> {

  /**
   * Moves an open deal to another open stage of its pipeline (forwards or backwards).
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the deal is closed ({@code
   *     closed}), the stage is not an active open stage of its pipeline, or a field the stage
   *     requires is empty ({@code required_by_stage}, one violation per field)
   */
  Deal moveToStage(DealId id, long expectedVersion, StageId stage);

  /** Closes the deal as won today (in the kernel clock's zone), at its pipeline's first won stage. */
  Deal closeAsWon(DealId id, long expectedVersion);

  /**
   * Closes the deal as won on {@code closedOn}, which may not lie in the future or before the
   * deal was created.
   */
  Deal closeAsWon(DealId id, long expectedVersion, LocalDate closedOn);

  /** Closes the deal as lost today, for {@code reason}, to {@code competitor} if one won it. */
  Deal closeAsLost(DealId id, long expectedVersion, String reason, Optional<String> competitor);

  /** Reopens a closed deal at the open stage it was closed from. */
  Deal reopen(DealId id, long expectedVersion);

  /** Reopens a closed deal at {@code stage}, an active open stage of its pipeline. */
  Deal reopen(DealId id, long expectedVersion, StageId stage);

  /** Changes the amount, which may not be negative. */
  Deal changeAmount(DealId id, long expectedVersion, Money amount);

  /** Changes the expected close date of an open deal. */
  Deal changeCloseDate(DealId id, long expectedVersion, LocalDate expectedCloseDate);

  /** Overrides the probability of an open deal (0 to 100); it then survives stage moves. */
  Deal changeProbability(DealId id, long expectedVersion, int probability);

  /** Drops a probability override: the deal takes its stage's default again. */
  Deal useStageProbability(DealId id, long expectedVersion);

  /** Gives the deal another owner (a user or an owner team); needs the assign privilege. */
  Deal reassign(DealId id, long expectedVersion, Owner owner);

  /**
   * The deal's history, oldest first: one entry per change of stage, amount, probability, close
   * date or owner. Needs read access to the deal; the history outlives a deleted deal, and is
   * then readable by the system only.
   */
  List<DealChange> history(DealId id);
}
