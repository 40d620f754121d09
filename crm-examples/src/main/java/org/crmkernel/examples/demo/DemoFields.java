package org.crmkernel.examples.demo;

import java.math.BigDecimal;
import java.util.List;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.customfield.FieldService;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.RecordKind;

/** The demo tenant's custom fields on accounts, contacts and leads. */
final class DemoFields {

  static final String REGION = "region";
  static final String TIER = "tier";
  static final String SEATS = "seats";
  static final String CONTRACT_VALUE = "contract_value";
  static final String TAX_ID = "tax_id";
  static final String CUSTOMER_SINCE = "customer_since";
  static final String LEGACY_ERP_ID = "legacy_erp_id";
  static final String PREFERRED_LANGUAGE = "preferred_language";
  static final String NEWSLETTER = "newsletter";
  static final String LEAD_SCORE = "lead_score";
  static final String BUDGET = "budget";
  static final String INTERESTS = "interests";

  /** The tier the demo later drops from the picklist. */
  static final String LEGACY_TIER = "Legacy";

  static final List<String> TIERS = List.of("Strategic", "Key", "Standard", LEGACY_TIER);
  static final List<String> LANGUAGES = List.of("de", "en", "fr", "nl", "es", "it", "sv", "pt", "ja");
  static final List<String> PRODUCTS = List.of("Sales Cloud", "Service Desk", "Analytics", "Integrations");

  private DemoFields() {}

  /** Defines every field; returns the definitions in the order defined. */
  static List<FieldDefinition> define(FieldService fields) {
    return List.of(
        fields.define(draft(RecordKind.ACCOUNT, REGION, FieldType.PICKLIST, "Region")
            .picklistValues(SalesRegion.EMEA.label(), SalesRegion.AMERICAS.label(), SalesRegion.APAC.label()).build()),
        fields.define(draft(RecordKind.ACCOUNT, TIER, FieldType.PICKLIST, "Tier").picklistValues(TIERS).build()),
        fields.define(draft(RecordKind.ACCOUNT, SEATS, FieldType.INTEGER, "Licensed seats")
            .min(BigDecimal.ONE).max(BigDecimal.valueOf(100_000)).build()),
        fields.define(draft(RecordKind.ACCOUNT, CONTRACT_VALUE, FieldType.MONEY, "Contract value")
            .min(BigDecimal.ZERO).build()),
        fields.define(draft(RecordKind.ACCOUNT, TAX_ID, FieldType.TEXT, "Tax ID").maxLength(20).sensitive(true).build()),
        fields.define(draft(RecordKind.ACCOUNT, CUSTOMER_SINCE, FieldType.DATE, "Customer since").build()),
        fields.define(draft(RecordKind.ACCOUNT, LEGACY_ERP_ID, FieldType.TEXT, "Legacy ERP ID").maxLength(20).build()),
        fields.define(draft(RecordKind.CONTACT, PREFERRED_LANGUAGE, FieldType.PICKLIST, "Preferred language")
            .picklistValues(LANGUAGES).build()),
        fields.define(draft(RecordKind.CONTACT, NEWSLETTER, FieldType.BOOLEAN, "Newsletter opt-in").build()),
        fields.define(draft(RecordKind.LEAD, LEAD_SCORE, FieldType.INTEGER, "Lead score")
            .min(BigDecimal.ZERO).max(BigDecimal.valueOf(100)).build()),
        fields.define(draft(RecordKind.LEAD, BUDGET, FieldType.MONEY, "Budget").min(BigDecimal.ZERO).build()),
        fields.define(draft(RecordKind.LEAD, INTERESTS, FieldType.MULTI_PICKLIST, "Interested in")
            .picklistValues(PRODUCTS).build()));
  }

  private static FieldDefinitionDraft.Builder draft(RecordKind kind, String apiName, FieldType type, String label) {
    return FieldDefinitionDraft.builder(kind, apiName, type).label(label);
  }
}
