package org.crmkernel.model.pipeline;

/**
 * Where a stage's deals count in a forecast, as in Salesforce: {@link #CLOSED} for won deals,
 * {@link #OMITTED} for lost ones or ones left out, the rest by confidence.
 */
public enum ForecastCategory {
  PIPELINE,
  BEST_CASE,
  COMMIT,
  CLOSED,
  OMITTED
}
