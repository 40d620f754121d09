package org.crmkernel.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Currency;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.StageCategory;

/**
 * A pipeline summed by stage, over the active deals the session can see. See {@link StageTotals}
 * ({@link org.crmkernel.model.value.Money} amounts converted and summed). Amounts are converted
 * to the tenant's base currency at the rate of the deal's close date (the day it closed, else
 * the expected day, else today); a deal whose currency has no rate that day is counted in {@link
 * StageSummary#deals} but left out of the sums, and its currency is listed in {@link
 * #unconvertedCurrencies}.
 *
 * @param stages one line per stage, in pipeline order
 * @param open the sum of the open stages
 */
public record PipelineSummary(
    PipelineId pipeline, String name, Currency baseCurrency, List<StageSummary> stages, StageTotals open,
    Set<Currency> unconvertedCurrencies) {

  /** Copies the collections. */
  public PipelineSummary {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    stages = List.copyOf(stages);
    Objects.requireNonNull(open, "open");
    unconvertedCurrencies = Set.copyOf(unconvertedCurrencies);
  }

  /**
   * One stage's line.
   *
   * @param probability the stage's default probability
   * @param retired whether the stage is retired (listed only while deals remain on it)
   */
  public record StageSummary(StageId stage, String name, StageCategory category, ForecastCategory forecast,
      int probability, boolean retired, StageTotals totals) {

    /** Rejects missing parts. */
    public StageSummary {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(forecast, "forecast");
      Objects.requireNonNull(totals, "totals");
    }
  }

  /**
   * Sums over some deals, in the summary's base currency. They are plain decimals rather than
   * {@link Money}, because a sum may exceed the range of one stored amount.
   *
   * @param deals how many deals
   * @param amount their amounts, with the base currency's minor unit digits (at least)
   * @param weighted the amounts times each deal's probability
   * @param stale how many have been untouched for longer than their stage allows
   */
  public record StageTotals(long deals, BigDecimal amount, BigDecimal weighted, long stale) {

    /** Rejects missing parts. */
    public StageTotals {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(weighted, "weighted");
    }
  }
}
