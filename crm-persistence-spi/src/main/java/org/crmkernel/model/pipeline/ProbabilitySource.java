package org.crmkernel.model.pipeline;

/** Where a deal's probability came from: its stage's default, or someone's override. */
public enum ProbabilitySource {
  /** The stage's default probability, replaced by the next stage's on every move. */
  STAGE_DEFAULT,
  /** Set by someone for this deal; kept across moves between open stages. */
  OVERRIDDEN
}
