package org.crmkernel.pipeline.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.internal.CurrencyConverter;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.pipeline.PipelineSummary.StageSummary;
import org.crmkernel.pipeline.PipelineSummary.StageTotals;

/**
 * Sums deals of one pipeline by stage in the base currency, one deal at a time, so that a
 * summary streams however many deals there are.
 */
final class PipelineTotals {

  private final Pipeline pipeline;
  private final Currency base;
  private final CurrencyConverter converter;
  private final Instant now;
  private final ZoneId zone;
  private final Map<StageId, Sum> byStage = new LinkedHashMap<>();
  private final Sum open = new Sum();
  private final Set<Currency> unconverted = new HashSet<>();

  PipelineTotals(Pipeline pipeline, Currency base, CurrencyConverter converter, Instant now, ZoneId zone) {
    this.pipeline = pipeline;
    this.base = base;
    this.converter = converter;
    this.now = now;
    this.zone = zone;
    pipeline.stages().forEach(stage -> byStage.put(stage.id(), new Sum()));
  }

  /** Counts {@code deal} in its stage (and in the open total when it is open). */
  void add(Deal deal) {
    Sum sum = byStage.computeIfAbsent(deal.stage(), id -> new Sum());
    Optional<Stage> stage = pipeline.stage(deal.stage());
    boolean stale = stage.flatMap(Stage::staleAfterDays)
        .map(days -> deal.revision().modifiedAt().plus(Duration.ofDays(days)).isBefore(now)).orElse(false);
    Optional<Money> amount = deal.amount().flatMap(money -> {
      Optional<Money> converted = converter.convert(money, base, rateDay(deal));
      if (converted.isEmpty()) {
        unconverted.add(money.currency());
      }
      return converted;
    });
    BigDecimal value = amount.map(Money::amount).orElse(BigDecimal.ZERO);
    BigDecimal weighted = value.multiply(BigDecimal.valueOf(deal.probability())).movePointLeft(2);
    sum.add(value, weighted, stale);
    if (deal.status() == StageCategory.OPEN) {
      open.add(value, weighted, stale);
    }
  }

  /** The day whose rate converts the deal: the day it closed, else the expected day, else today. */
  private LocalDate rateDay(Deal deal) {
    return deal.closedOn().or(deal::expectedCloseDate).orElseGet(() -> LocalDate.ofInstant(now, zone));
  }

  PipelineSummary summary() {
    List<StageSummary> lines = new ArrayList<>();
    for (Stage stage : pipeline.stages()) {
      Sum sum = byStage.get(stage.id());
      if (!stage.retired() || sum.deals > 0) {
        lines.add(new StageSummary(stage.id(), stage.name(), stage.category(), stage.forecast(), stage.probability(),
            stage.retired(), sum.totals()));
      }
    }
    return new PipelineSummary(pipeline.id(), pipeline.name(), base, lines, open.totals(), unconverted);
  }

  /** A running sum. */
  private final class Sum {
    long deals;
    long stale;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;

    void add(BigDecimal value, BigDecimal weightedValue, boolean isStale) {
      deals++;
      amount = amount.add(value);
      weighted = weighted.add(weightedValue);
      if (isStale) {
        stale++;
      }
    }

    StageTotals totals() {
      return new StageTotals(deals, scaled(amount), scaled(weighted), stale);
    }

    /** At least the base currency's minor unit digits, at most {@link Money#MAX_SCALE}, half-even. */
    private BigDecimal scaled(BigDecimal value) {
      int minor = Math.max(0, base.getDefaultFractionDigits());
      return value.setScale(Math.min(Money.MAX_SCALE, Math.max(value.stripTrailingZeros().scale(), minor)),
          RoundingMode.HALF_EVEN);
    }
  }
}
