package org.crmkernel.model.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;

/**
 * The values of a deal that its history tracks: where it stands, what it is worth, how likely
 * and when, and who owns it. Replaying a deal's history yields its current snapshot.
 */
public record DealSnapshot(
    PipelineId pipeline,
    StageId stage,
    StageCategory status,
    ForecastCategory forecast,
    Optional<Money> amount,
    int probability,
    ProbabilitySource probabilitySource,
    Optional<LocalDate> expectedCloseDate,
    Optional<LocalDate> closedOn,
    Owner owner) {

  /** Rejects missing parts. */
  public DealSnapshot {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(probabilitySource, "probabilitySource");
    Objects.requireNonNull(expectedCloseDate, "expectedCloseDate");
    Objects.requireNonNull(closedOn, "closedOn");
    Objects.requireNonNull(owner, "owner");
  }

  /** The tracked values of {@code deal}. */
  public static DealSnapshot of(Deal deal) {
    return new DealSnapshot(deal.pipeline(), deal.stage(), deal.status(), deal.forecast(), deal.amount(),
        deal.probability(), deal.probabilitySource(), deal.expectedCloseDate(), deal.closedOn(),
        deal.ownership().owner());
  }
}
