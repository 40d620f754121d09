package org.crmkernel.pipeline;

import java.util.List;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Pipeline;

/**
 * What a caller says about a pipeline: its name and its stages in order. On update, stages of the
 * pipeline that the draft leaves out are retired (refused while deals are still on them).
 */
public record PipelineDraft(String name, List<StageDraft> stages) {

  /** Rejects missing parts and copies the list. */
  public PipelineDraft {
    Arguments.present(name, "name");
    stages = Arguments.list(stages, "stages");
  }

  /** A draft of {@code name} with {@code stages}. */
  public static PipelineDraft of(String name, StageDraft... stages) {
    return new PipelineDraft(name,
        Arguments.list(java.util.Arrays.asList(Arguments.present(stages, "stages")), "stages"));
  }

  /** A draft that edits {@code pipeline}: its name and active stages as they are. */
  public static PipelineDraft of(Pipeline pipeline) {
    Arguments.present(pipeline, "pipeline");
    return new PipelineDraft(pipeline.name(), pipeline.activeStages().stream().map(StageDraft::of).toList());
  }

  /**
   * Salesforce's default sales process: seven open stages from Prospecting (10%) to
   * Negotiation/Review (90%, forecast as commit), Closed Won and Closed Lost.
   */
  public static PipelineDraft standardSales(String name) {
    return of(name,
        StageDraft.open("Prospecting", 10),
        StageDraft.open("Qualification", 20),
        StageDraft.open("Needs Analysis", 30),
        StageDraft.open("Value Proposition", 50),
        StageDraft.open("Proposal/Price Quote", 75).forecast(ForecastCategory.BEST_CASE).requiring("amount"),
        StageDraft.open("Negotiation/Review", 90).forecast(ForecastCategory.COMMIT).requiring("amount", "expectedCloseDate"),
        StageDraft.won("Closed Won"),
        StageDraft.lost("Closed Lost"));
  }

  /** This draft with other stages. */
  public PipelineDraft withStages(List<StageDraft> newStages) {
    return new PipelineDraft(name, newStages);
  }
}
