package org.crmkernel.model.directory;

/**
 * Owner teams own records and hold roles; access teams only receive shares, as in Dynamics 365.
 */
public enum TeamType {
  OWNER,
  ACCESS
}
