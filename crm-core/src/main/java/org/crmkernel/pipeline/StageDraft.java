package org.crmkernel.pipeline;

import java.util.Optional;
import java.util.Set;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;

/**
 * What a caller says about one stage of a pipeline. A draft with the {@link #id} of an existing
 * stage edits that stage (its deals and history keep pointing at it); one without adds a stage.
 *
 * @param id the existing stage this draft edits; empty for a new stage
 * @param requiredFields deal fields that must be set to enter the stage: {@link Stage#REQUIRABLE}
 *     or {@code custom.<apiName>}
 * @param staleAfterDays after how many days without a change a deal here counts as stale
 */
public record StageDraft(
    Optional<StageId> id,
    String name,
    int probability,
    StageCategory category,
    ForecastCategory forecast,
    Set<String> requiredFields,
    Optional<Integer> staleAfterDays) {

  /** Rejects missing parts and copies the set. */
  public StageDraft {
    Arguments.present(id, "id");
    Arguments.present(name, "name");
    Arguments.present(category, "category");
    Arguments.present(forecast, "forecast");
    requiredFields = Set.copyOf(Arguments.list(java.util.List.copyOf(Arguments.present(requiredFields, "requiredFields")),
        "requiredFields"));
    Arguments.present(staleAfterDays, "staleAfterDays");
  }

  /** A new open stage with a default probability, forecast as {@code PIPELINE}. */
  public static StageDraft open(String name, int probability) {
    return new StageDraft(Optional.empty(), name, probability, StageCategory.OPEN, ForecastCategory.PIPELINE, Set.of(),
        Optional.empty());
  }

  /** A new won stage: probability 100, forecast {@code CLOSED}. */
  public static StageDraft won(String name) {
    return new StageDraft(Optional.empty(), name, 100, StageCategory.WON, ForecastCategory.CLOSED, Set.of(),
        Optional.empty());
  }

  /** A new lost stage: probability 0, forecast {@code OMITTED}. */
  public static StageDraft lost(String name) {
    return new StageDraft(Optional.empty(), name, 0, StageCategory.LOST, ForecastCategory.OMITTED, Set.of(),
        Optional.empty());
  }

  /** A draft that edits {@code stage}, starting from its current values. */
  public static StageDraft of(Stage stage) {
    Arguments.present(stage, "stage");
    return new StageDraft(Optional.of(stage.id()), stage.name(), stage.probability(), stage.category(), stage.forecast(),
        stage.requiredFields(), stage.staleAfterDays());
  }

  /** This draft with another name. */
  public StageDraft named(String newName) {
    return new StageDraft(id, newName, probability, category, forecast, requiredFields, staleAfterDays);
  }

  /** This draft with another default probability. */
  public StageDraft probability(int newProbability) {
    return new StageDraft(id, name, newProbability, category, forecast, requiredFields, staleAfterDays);
  }

  /** This draft with another forecast category. */
  public StageDraft forecast(ForecastCategory newForecast) {
    return new StageDraft(id, name, probability, category, newForecast, requiredFields, staleAfterDays);
  }

  /** This draft requiring {@code fields} to enter the stage. */
  public StageDraft requiring(String... fields) {
    return new StageDraft(id, name, probability, category, forecast,
        Set.copyOf(Arguments.list(java.util.Arrays.asList(Arguments.present(fields, "requiredFields")), "requiredFields")),
        staleAfterDays);
  }

  /** This draft counting deals untouched for {@code days} days as stale. */
  public StageDraft staleAfterDays(int days) {
    return new StageDraft(id, name, probability, category, forecast, requiredFields, Optional.of(days));
  }
}
