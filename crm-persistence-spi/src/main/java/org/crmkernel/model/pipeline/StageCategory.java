package org.crmkernel.model.pipeline;

/** Whether a stage holds open deals or closes them as won or lost (Salesforce's IsClosed / IsWon). */
public enum StageCategory {
  OPEN,
  WON,
  LOST;

  /** Whether deals at a stage of this category are closed. */
  public boolean isClosed() {
    return this != OPEN;
  }
}
