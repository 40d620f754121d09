package org.crmkernel.examples.demo;

/** The demo tenant's sales regions; each is a value of the accounts' {@code region} picklist. */
enum SalesRegion {
  EMEA("EMEA"),
  AMERICAS("Americas"),
  APAC("APAC");

  private final String label;

  SalesRegion(String label) {
    this.label = label;
  }

  /** The picklist value. */
  String label() {
    return label;
  }
}
