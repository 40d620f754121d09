package org.crmkernel.model.field;

/** A record that carries custom field values. */
public interface Customizable {

  /** The record's custom field values. */
  CustomFields customFields();
}
