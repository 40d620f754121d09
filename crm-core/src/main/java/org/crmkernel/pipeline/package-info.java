/**
 * Sales pipelines and deals: {@link org.crmkernel.pipeline.PipelineService} configures pipelines
 * of stages, {@link org.crmkernel.pipeline.DealService} moves deals through them with business
 * actions that append to each deal's history, and {@link org.crmkernel.pipeline.PipelineSummary}
 * sums a pipeline by stage in the tenant's base currency. Depends on the customer API and the
 * model; implementations live in {@code ..internal} packages.
 */
@NullMarked
package org.crmkernel.pipeline;

import org.jspecify.annotations.NullMarked;
