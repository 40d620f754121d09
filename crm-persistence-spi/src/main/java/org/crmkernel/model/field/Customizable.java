package org.crmkernel.model.field;

/** A record that carries custom field values. */
public sealed interface Customizable
    permits org.crmkernel.model.customer.Account, org.crmkernel.model.customer.Contact,
        org.crmkernel.model.customer.Lead,
        org.crmkernel.model.pipeline.Deal {

  /** The record's custom field values. */
  CustomFields customFields();
}
