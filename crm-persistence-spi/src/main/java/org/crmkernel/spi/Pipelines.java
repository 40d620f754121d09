package org.crmkernel.spi;

import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.pipeline.Pipeline;

/** Sales pipelines and their stages. */
public interface Pipelines extends RecordStore<PipelineId, Pipeline> {}
