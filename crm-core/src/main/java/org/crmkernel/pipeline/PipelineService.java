package org.crmkernel.pipeline;

import java.util.List;
import java.util.Optional;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.pipeline.Pipeline;

/**
 * Sales pipelines, as an administrator configures them. Pipelines are organisation-owned: a user
 * session needs the matching privilege on pipelines at organisation depth (reading them, to work
 * with deals, is usually granted to everyone). Editing never rewrites history: stages keep their
 * ids, and a stage left out of an edit is retired, which is refused while deals are still on it.
 */
public interface PipelineService {

  /**
   * Creates a pipeline.
   *
   * @throws org.crmkernel.model.error.CrmValidationException listing every problem: blank or
   *     taken name, bad stages, no open, won or lost stage
   */
  Pipeline create(PipelineDraft draft);

  /**
   * Replaces the pipeline's name and stages. Drafts naming an existing stage edit it; drafts
   * without an id add stages; active stages the draft leaves out are retired, and a retired
   * stage named again is brought back.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if a stage to retire, or to change
   *     between open, won and lost, still has deals
   *     (the error names the stage and how many), or the draft is invalid
   * @throws org.crmkernel.model.error.StaleVersionException if the pipeline changed meanwhile
   */
  Pipeline update(PipelineId id, long expectedVersion, PipelineDraft draft);

  /** The pipeline, if it exists. */
  Optional<Pipeline> find(PipelineId id);

  /** The pipeline, or a {@link org.crmkernel.model.error.RecordNotFoundException}. */
  Pipeline get(PipelineId id);

  /** Every pipeline of the tenant, by name. */
  List<Pipeline> list();

  /**
   * Deletes a pipeline that no deal uses.
   *
   * @throws org.crmkernel.model.error.RecordInUseException if deals use it
   */
  void delete(PipelineId id, long expectedVersion);

  /**
   * The pipeline by stage: for each active stage (and retired stages that still hold deals), how
   * many active deals the session can see stand there, their amounts and weighted amounts in the
   * tenant's base currency, and how many are stale.
   *
   * @throws org.crmkernel.model.error.CrmValidationException ({@code amount}, {@code secured}) in
   *     a user session that field security does not let read deal amounts
   */
  PipelineSummary summary(PipelineId id);
}
