package org.crmkernel.examples.demo;

import java.util.List;
import java.util.Optional;
import org.crmkernel.CrmSession;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/** Lists accounts page by page, runs a filtered query over standard and custom fields, counts leads. */
final class QuerySection {

  private static final int PAGE = 8;
  private static final String INDUSTRY = "Manufacturing";
  private static final long MIN_EMPLOYEES = 100;

  private QuerySection() {}

  static void run(Stage stage) {
    Report report = stage.report();
    CrmSession session = stage.session();
    report.section("Listing and querying");

    Query<Account> byName = Query.of(Filter.<Account>all(), Sort.by(AccountFields.NAME)).limit(PAGE);
    Page<Account> first = session.accounts().list(byName);
    report.line("Accounts sorted by name, page 1 (%d per page):", PAGE);
    report.print(accounts(stage, first.items()));
    Optional<Page<Account>> second = byName.next(first).map(session.accounts()::list);
    if (second.isPresent()) {
      report.line("Page 2, fetched with the opaque keyset cursor of page 1 (more pages follow: %s):",
          second.get().hasNext() ? "yes" : "no");
      report.print(accounts(stage, second.get().items()));
    } else {
      report.line("There is no page 2: page 1 holds every account.");
    }
    report.blank();

    Filter<Account> filter = Filter.and(
        Filter.eq(AccountFields.INDUSTRY, INDUSTRY),
        Filter.atLeast(AccountFields.EMPLOYEE_COUNT, MIN_EMPLOYEES),
        Filter.eq(AccountFields.custom(DemoFields.REGION, ValueType.TEXT), SalesRegion.EMEA.label()));
    Query<Account> query = Query.of(filter, Sort.by(AccountFields.EMPLOYEE_COUNT, Sort.Direction.DESC)).limit(PAGE);
    Page<Account> matches = session.accounts().list(query);
    report.line("Filter: industry = %s AND employeeCount >= %d AND custom.region = %s, by employees descending:",
        INDUSTRY, MIN_EMPLOYEES, SalesRegion.EMEA.label());
    report.line("%d matching accounts; the first %d:", session.accounts().count(filter),
        Math.min(PAGE, matches.items().size()));
    report.print(accounts(stage, matches.items()));
    report.blank();

    report.line("Leads by status (count per filter):");
    Table leads = report.table("Status", "Leads");
    for (LeadStatus status : LeadStatus.values()) {
      Filter<Lead> byStatus = Filter.eq(LeadFields.STATUS, status.name());
      leads.row(status, session.leads().count(byStatus));
    }
    report.print(leads);
  }

  private static Table accounts(Stage stage, List<Account> accounts) {
    Table table = new Table("Name", "Industry", "Employees", "City", "Owner", "Tier");
    for (Account account : accounts) {
      table.row(account.name(), account.industry().orElse("-"), account.employeeCount().map(n -> (Object) n).orElse("-"),
          account.addresses().stream().findFirst().map(QuerySection::place).orElse("-"),
          stage.labels().of(account.ownership().owner()),
          account.customFields().get(DemoFields.TIER).map(FieldValue::display).orElse("-"));
    }
    return table;
  }

  private static String place(PostalAddress address) {
    return address.city().orElse("") + ", " + address.countryCode().orElse("");
  }
}
