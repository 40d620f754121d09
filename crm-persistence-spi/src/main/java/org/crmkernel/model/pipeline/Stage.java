package org.crmkernel.model.pipeline;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.value.Texts;

/**
 * One stage of a pipeline.
 *
 * @param id stable for the stage's whole life
 * @param name unique among the pipeline's active stages (ignoring case)
 * @param probability the default probability of winning, 0 to 100; 100 for won, 0 for lost
 * @param category open, won or lost
 * @param forecast where deals at this stage count in a forecast; {@code CLOSED} exactly for won stages
 * @param requiredFields deal fields that must be set to enter the stage ({@link #REQUIRABLE} or
 *     {@code custom.<apiName>})
 * @param staleAfterDays after how many days without a change a deal at this stage counts as stale
 * @param retired a retired stage takes no new deals and no longer shows in the pipeline's order
 */
public record Stage(
    StageId id,
    String name,
    int probability,
    StageCategory category,
    ForecastCategory forecast,
    Set<String> requiredFields,
    Optional<Integer> staleAfterDays,
    boolean retired) {

  /** The most characters of a stage name. */
  public static final int MAX_NAME = 80;
  /** The longest stale period a stage may set, in days. */
  public static final int MAX_STALE_DAYS = 3650;
  /** The standard deal fields a stage may require. */
  public static final Set<String> REQUIRABLE =
      Set.of("amount", "primaryContact", "expectedCloseDate", "nextStep", "competitor", "source");

  private static final Pattern CUSTOM = Pattern.compile("custom\\.[a-z][a-z0-9_]{0,62}");

  /** Validates every field at paths under {@code stage}, listing all problems. */
  public Stage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(requiredFields, "requiredFields");
    Objects.requireNonNull(staleAfterDays, "staleAfterDays");
    Violations v = new Violations();
    String cleaned = Texts.required(name, "name", MAX_NAME, v);
    name = cleaned == null ? "" : cleaned;
    v.check(probability >= 0 && probability <= 100, "probability", "out_of_range", "must be between 0 and 100");
    v.check(category != StageCategory.WON || probability == 100, "probability", "won_is_certain",
        "a won stage has probability 100");
    v.check(category != StageCategory.LOST || probability == 0, "probability", "lost_is_zero",
        "a lost stage has probability 0");
    v.check((forecast == ForecastCategory.CLOSED) == (category == StageCategory.WON), "forecast", "closed_is_won",
        "the CLOSED forecast category is for won stages, and only them");
    v.check(category != StageCategory.LOST || forecast == ForecastCategory.OMITTED, "forecast", "lost_is_omitted",
        "a lost stage is OMITTED from forecasts");
    TreeSet<String> fields = new TreeSet<>();
    for (String field : requiredFields) {
      Objects.requireNonNull(field, "required field");
      if (REQUIRABLE.contains(field) || CUSTOM.matcher(field).matches()) {
        fields.add(field);
      } else {
        v.add("requiredFields", "unknown_field",
            "a stage can require " + new TreeSet<>(REQUIRABLE) + " or custom.<apiName>, not '" + field + "'");
      }
    }
    staleAfterDays.ifPresent(days -> v.check(days >= 1 && days <= MAX_STALE_DAYS, "staleAfterDays", "out_of_range",
        "must be between 1 and " + MAX_STALE_DAYS));
    v.throwIfAny();
    requiredFields = Collections.unmodifiableSet(fields);
  }

  /** This stage, retired. */
  public Stage retire() {
    return new Stage(id, name, probability, category, forecast, requiredFields, staleAfterDays, true);
  }
}
