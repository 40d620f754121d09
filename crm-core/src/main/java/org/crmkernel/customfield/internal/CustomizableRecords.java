package org.crmkernel.customfield.internal;

import java.util.stream.Stream;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;

/** Reads and rewrites the custom fields of records of any customizable kind. */
final class CustomizableRecords {

  private CustomizableRecords() {}

  /** Every record of {@code kind} in the tenant, in id order; close the stream. */
  static Stream<? extends CrmRecord<?>> scan(StoreTransaction tx, TenantId tenant, RecordKind kind) {
    return switch (kind) {
      case ACCOUNT -> tx.accounts().scan(tenant, Filter.all());
      case CONTACT -> tx.contacts().scan(tenant, Filter.all());
      case LEAD -> tx.leads().scan(tenant, Filter.all());
      case DEAL -> tx.deals().scan(tenant, Filter.all());
      default -> throw new IllegalArgumentException(kind + " records take no custom fields");
    };
  }

  /** The custom fields of {@code record}. */
  static CustomFields fieldsOf(CrmRecord<?> record) {
    return ((Customizable) record).customFields();
  }

  /** Stores {@code record} with {@code fields} as its next revision, at {@code revision}. */
  static void rewrite(StoreTransaction tx, CrmRecord<?> record, CustomFields fields, Revision revision) {
    if (record instanceof Account a) {
      tx.accounts().update(a.withCustomFields(fields).withRevision(revision), a.version());
    } else if (record instanceof Contact c) {
      tx.contacts().update(c.withCustomFields(fields).withRevision(revision), c.version());
    } else if (record instanceof Lead l) {
      tx.leads().update(l.withCustomFields(fields).withRevision(revision), l.version());
    } else if (record instanceof org.crmkernel.model.pipeline.Deal d) {
      tx.deals().update(d.withCustomFields(fields).withRevision(revision), d.version());
    } else {
      throw new IllegalArgumentException(record.ref() + " takes no custom fields");
    }
  }

  /** The event reporting an update of a record of {@code kind}. */
  static EventType updatedEvent(RecordKind kind) {
    return switch (kind) {
      case ACCOUNT -> EventType.ACCOUNT_UPDATED;
      case CONTACT -> EventType.CONTACT_UPDATED;
      case LEAD -> EventType.LEAD_UPDATED;
      case DEAL -> EventType.DEAL_UPDATED;
      default -> throw new IllegalArgumentException(kind + " records take no custom fields");
    };
  }
}
