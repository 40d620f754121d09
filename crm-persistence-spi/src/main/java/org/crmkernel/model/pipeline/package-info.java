/**
 * Sales pipelines and deals: {@link org.crmkernel.model.pipeline.Pipeline}s of ordered {@link
 * org.crmkernel.model.pipeline.Stage}s with stable ids, {@link org.crmkernel.model.pipeline.Deal}s
 * (opportunities) that move through them, and each deal's append-only history of {@link
 * org.crmkernel.model.pipeline.DealChange}s, from which funnel, velocity and as-of reports are
 * computed. Records refer to each other by id only. Depends on the other {@code model} packages.
 */
@NullMarked
package org.crmkernel.model.pipeline;

import org.jspecify.annotations.NullMarked;
