package org.crmkernel.architecture.violations.model.customer;

import org.crmkernel.architecture.violations.pipeline.PipelineService;

/** Violates: the model depends on crm-core. */
public record ModelCallingCore(PipelineService service) {}
