package org.crmkernel.examples.demo;

import java.util.List;
import java.util.function.UnaryOperator;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountService;
import org.crmkernel.customfield.ExistingValues;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.customfield.FieldService;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.query.Filter;

/**
 * Drops a picklist value that accounts still hold, first refused, then with the values cleared;
 * and retires a field, whose stored values stay readable while new ones are refused.
 */
final class FieldChangeSection {

  private FieldChangeSection() {}

  static void run(Stage stage, Customers customers) {
    Report report = stage.report();
    CrmSession session = stage.session();
    FieldService fields = session.fields();
    AccountService accounts = session.accounts();
    report.section("Changing and retiring custom fields");
    stage.moveTo("2025-03-10T09:00:00Z");

    FieldDefinition tier = fields.find(RecordKind.ACCOUNT, DemoFields.TIER).orElseThrow();
    Filter<Account> legacy = Filter.eq(AccountFields.custom(DemoFields.TIER, ValueType.TEXT), DemoFields.LEGACY_TIER);
    List<String> remaining = tier.picklistValues().stream().filter(v -> !v.equals(DemoFields.LEGACY_TIER)).toList();
    UnaryOperator<FieldDefinitionDraft.Builder> dropLegacy = b -> b.picklistValues(remaining);
    report.line("Drop the tier \"%s\" from the picklist; %d active accounts hold it.", DemoFields.LEGACY_TIER,
        accounts.count(legacy));
    try {
      fields.change(tier.id(), tier.version(), dropLegacy, ExistingValues.REJECT);
      throw new IllegalStateException("a change that invalidates stored values was accepted");
    } catch (CrmValidationException e) {
      Violation v = e.violations().get(0);
      report.line("with ExistingValues.REJECT: refused [%s]", v.code());
      report.line("  %s", stage.labels().humanize(v.message()));
    }
    int updatedBefore = stage.events().counts().getOrDefault(EventType.ACCOUNT_UPDATED, 0);
    FieldDefinition changed = fields.change(tier.id(), tier.version(), dropLegacy, ExistingValues.CLEAR_INVALID);
    int cleared = stage.events().counts().getOrDefault(EventType.ACCOUNT_UPDATED, 0) - updatedBefore;
    report.line("with ExistingValues.CLEAR_INVALID: applied; tier is now %s (definition version %d -> %d)",
        String.join(" | ", changed.picklistValues()), tier.version(), changed.version());
    report.line("  %d accounts had their tier cleared in the same transaction, each audited (AccountUpdated).", cleared);
    report.blank();

    stage.moveTo("2025-03-10T09:30:00Z");
    FieldDefinition erp = fields.find(RecordKind.ACCOUNT, DemoFields.LEGACY_ERP_ID).orElseThrow();
    Filter<Account> holdsErpId = Filter.not(Filter.isEmpty(AccountFields.custom(DemoFields.LEGACY_ERP_ID, ValueType.TEXT)));
    long holding = accounts.count(holdsErpId);
    FieldDefinition retired = fields.retire(erp.id(), erp.version());
    Account featured = accounts.get(customers.featured().id());
    report.line("Retire %s: retired = %s. Stored values stay readable: %d accounts keep theirs,", retired.apiName(),
        retired.retired(), accounts.count(holdsErpId));
    report.line("  e.g. %s still holds %s (%d before retiring).", featured.name(),
        featured.customFields().get(DemoFields.LEGACY_ERP_ID).map(FieldValue::display).orElse("-"), holding);
    try {
      accounts.update(featured.id(), featured.version(), b -> b.custom(DemoFields.LEGACY_ERP_ID, "ERP-000001"));
      throw new IllegalStateException("a retired field accepted a new value");
    } catch (CrmValidationException e) {
      Violation v = e.violations().get(0);
      report.line("Setting a new value is refused: %s: %s [%s]", v.path(), v.message(), v.code());
    }
  }
}
