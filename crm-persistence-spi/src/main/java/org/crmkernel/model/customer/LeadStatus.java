package org.crmkernel.model.customer;

/**
 * Where a lead stands, as in Salesforce's lead status: open ({@link #NEW}, {@link #WORKING},
 * {@link #NURTURING}) or closed ({@link #QUALIFIED} or converted, {@link #DISQUALIFIED}).
 */
public enum LeadStatus {
  NEW,
  WORKING,
  NURTURING,
  QUALIFIED,
  DISQUALIFIED,
  CONVERTED;

  /** Whether the lead is still being worked on. */
  public boolean isOpen() {
    return this == NEW || this == WORKING || this == NURTURING;
  }
}
