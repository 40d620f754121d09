package org.crmkernel.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;

/** The tables of the record kinds the adapter stores so far (schema version 2). */
final class RecordTables {

  private RecordTables() {}

  /** Accounts, in {@code crm_account}. */
  static final KindTable<AccountId, Account> ACCOUNTS = KindTable.of("crm_account", RecordKind.ACCOUNT, Account.class,
      AccountId::of, AccountFields.ALL, columns(Map.ofEntries(
          Map.entry(AccountFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(AccountFields.NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(AccountFields.WEBSITE, Column.optional("website", ValueType.TEXT)),
          Map.entry(AccountFields.INDUSTRY, Column.optional("industry", ValueType.TEXT)),
          Map.entry(AccountFields.EMPLOYEE_COUNT, Column.optional("employee_count", ValueType.INTEGER)),
          Map.entry(AccountFields.ANNUAL_REVENUE, Column.optional("annual_revenue", ValueType.DECIMAL)),
          Map.entry(AccountFields.ANNUAL_REVENUE_CURRENCY, Column.optional("annual_revenue_currency", ValueType.TEXT)),
          Map.entry(AccountFields.PARENT_ACCOUNT_ID, Column.optional("parent_account_id", ValueType.UUID)),
          Map.entry(AccountFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(AccountFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(AccountFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(AccountFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(AccountFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** Contacts, in {@code crm_contact}. */
  static final KindTable<ContactId, Contact> CONTACTS = KindTable.of("crm_contact", RecordKind.CONTACT, Contact.class,
      ContactId::of, ContactFields.ALL, columns(Map.ofEntries(
          Map.entry(ContactFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(ContactFields.LAST_NAME, Column.required("last_name", ValueType.TEXT)),
          Map.entry(ContactFields.FIRST_NAME, Column.optional("first_name", ValueType.TEXT)),
          Map.entry(ContactFields.JOB_TITLE, Column.optional("job_title", ValueType.TEXT)),
          Map.entry(ContactFields.BIRTH_DATE, Column.optional("birth_date", ValueType.DATE)),
          Map.entry(ContactFields.ACCOUNT_ID, Column.optional("account_id", ValueType.UUID)),
          Map.entry(ContactFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(ContactFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(ContactFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(ContactFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(ContactFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** Leads, in {@code crm_lead}. */
  static final KindTable<LeadId, Lead> LEADS = KindTable.of("crm_lead", RecordKind.LEAD, Lead.class,
      LeadId::of, LeadFields.ALL, columns(Map.ofEntries(
          Map.entry(LeadFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(LeadFields.LAST_NAME, Column.required("last_name", ValueType.TEXT)),
          Map.entry(LeadFields.FIRST_NAME, Column.optional("first_name", ValueType.TEXT)),
          Map.entry(LeadFields.COMPANY, Column.optional("company", ValueType.TEXT)),
          Map.entry(LeadFields.COUNTRY, Column.optional("country", ValueType.TEXT)),
          Map.entry(LeadFields.POSTAL_CODE, Column.optional("postal_code", ValueType.TEXT)),
          Map.entry(LeadFields.INDUSTRY, Column.optional("industry", ValueType.TEXT)),
          Map.entry(LeadFields.SOURCE, Column.optional("source", ValueType.TEXT)),
          Map.entry(LeadFields.STATUS, Column.required("status", ValueType.TEXT)),
          Map.entry(LeadFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(LeadFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(LeadFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(LeadFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(LeadFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** The entries in the order of their column names, so that statements are stable. */
  private static <R> Map<FieldRef<R, ?>, Column> columns(Map<FieldRef<R, ?>, Column> columns) {
    Map<FieldRef<R, ?>, Column> ordered = new LinkedHashMap<>();
    columns.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Column::name)))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
