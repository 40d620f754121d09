package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secured fields come back masked (absent) and cannot be written without a field security profile. */
class FieldSecurityMaskingTest extends AccessTestSupport {

  static final FieldKey REVENUE = new FieldKey(RecordKind.ACCOUNT, "annualRevenue");
  static final FieldKey MARGIN = new FieldKey(RecordKind.ACCOUNT, "custom.margin");

  User rep;
  Account account;

  @BeforeEach
  void securedAccount() {
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, "margin", FieldType.TEXT).sensitive(true).build());
    settings(3, Set.of(REVENUE));
    rep = user("Rita Rep", root, Optional.empty());
    giveRoles(rep, roleOnCustomers("Everything", AccessDepth.ORGANIZATION));
    account = session.accounts().create(account("Acme").annualRevenue(Money.of("1000000", "EUR")).custom("margin", "42%")
        .industry("Steel").build());
  }

  @Test
  void withoutAProfileSecuredValuesComeBackMaskedAndAreKeptOnUpdate() {
    Account seen = as(rep).accounts().get(account.id());
    assertThat(seen.annualRevenue()).isEmpty();
    assertThat(seen.customFields().get("margin")).isEmpty();
    assertThat(seen.industry()).contains("Steel");
    assertThat(as(rep).accounts().list(new Query<>(Filter.all(), Sort.byId(), 10, Optional.empty())).items())
        .singleElement().satisfies(a -> assertThat(a.annualRevenue()).isEmpty());

    Account updated = as(rep).accounts().update(account.id(), account.version(), b -> b.industry("Iron"));

    assertThat(updated.annualRevenue()).isEmpty();
    Account stored = session.accounts().get(account.id());
    assertThat(stored.industry()).contains("Iron");
    assertThat(stored.annualRevenue()).contains(Money.of("1000000", "EUR"));
    assertThat(stored.customFields().get("margin")).isPresent();
  }

  @Test
  void withoutAProfileSecuredValuesCannotBeWrittenFilteredOrSorted() {
    assertThatThrownBy(() -> as(rep).accounts().update(account.id(), account.version(),
        b -> b.annualRevenue(Money.of("1", "EUR")).custom("margin", "1%")))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code)
            .contains(org.assertj.core.groups.Tuple.tuple("annualRevenue", "secured"),
                org.assertj.core.groups.Tuple.tuple("custom.margin", "secured")));
    assertThatThrownBy(() -> as(rep).accounts().create(AccountDraft.builder("New").annualRevenue(Money.of("5", "EUR")).build()))
        .isInstanceOf(CrmValidationException.class).hasMessageContaining("annualRevenue");
    assertThatThrownBy(() -> as(rep).accounts().count(Filter.between(AccountFields.ANNUAL_REVENUE,
        Optional.of(java.math.BigDecimal.ONE), Optional.empty()))).isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("secured");
    assertThat(session.accounts().get(account.id()).annualRevenue()).contains(Money.of("1000000", "EUR"));
  }

  @Test
  void aReadProfileShowsTheValueAndAnUpdateProfileLetsItChange() {
    profile("Finance readers", Map.of(REVENUE, FieldPermission.READ, MARGIN, FieldPermission.READ), rep);
    assertThat(as(rep).accounts().get(account.id()).annualRevenue()).contains(Money.of("1000000", "EUR"));
    assertThatThrownBy(() -> as(rep).accounts().update(account.id(), account.version(),
        b -> b.annualRevenue(Money.of("2", "EUR")))).isInstanceOf(CrmValidationException.class);

    profile("Finance editors", Map.of(REVENUE, FieldPermission.READ_UPDATE), rep);
    Account changed = as(rep).accounts().update(account.id(), account.version(), b -> b.annualRevenue(Money.of("2", "EUR")));
    assertThat(changed.annualRevenue()).contains(Money.of("2", "EUR"));
    assertThat(changed.customFields().get("margin")).isPresent();
  }
}
