package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deals and pipelines in user sessions: privileges like any other kind. */
class DealAccessTest extends AccessTestSupport {

  Pipeline sales;
  Account globex;
  User ada;
  User bob;
  Deal adasDeal;
  Deal bobsDeal;

  @BeforeEach
  void salesTeam() {
    sales = session.pipelines().create(PipelineDraft.standardSales("Sales"));
    globex = createAccount("Globex");
    RoleGrants grants = RoleGrants.none().withAll(RecordKind.DEAL, AccessDepth.USER)
        .withAll(RecordKind.ACCOUNT, AccessDepth.ORGANIZATION);
    Map<Privilege, AccessDepth> readPipelines = new EnumMap<>(Privilege.class);
    readPipelines.put(Privilege.READ, AccessDepth.ORGANIZATION);
    Map<RecordKind, Map<Privilege, AccessDepth>> cells = new EnumMap<>(RecordKind.class);
    grants.depths().forEach(cells::put);
    cells.put(RecordKind.PIPELINE, readPipelines);
    RoleId salesperson = role("Salesperson", new RoleGrants(cells));
    ada = giveRoles(user("Ada Byron", root, Optional.empty()), salesperson);
    bob = giveRoles(user("Bob Baker", root, Optional.empty()), salesperson);
    adasDeal = session.deals().create(DealDraft.builder("Ada's", globex.id(), sales.id()).owner(Owner.user(ada.id()))
        .amount(Money.of("100", "EUR")).build());
    bobsDeal = session.deals().create(DealDraft.builder("Bob's", globex.id(), sales.id()).owner(Owner.user(bob.id()))
        .amount(Money.of("300", "EUR")).build());
  }

  @Test
  void aSalespersonSeesMovesAndSumsOnlyTheirOwnDeals() {
    CrmSession asAda = as(ada);
    assertThat(asAda.deals().list(Query.of(Filter.all(), Sort.by(DealFields.NAME))).items()).extracting(Deal::name)
        .containsExactly("Ada's");
    Deal moved = asAda.deals().moveToStage(adasDeal.id(), adasDeal.version(), sales.activeStages().get(1).id());
    assertThat(moved.probability()).isEqualTo(20);

    assertThatThrownBy(() -> asAda.deals().moveToStage(bobsDeal.id(), bobsDeal.version(), sales.activeStages().get(1).id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asAda.deals().history(bobsDeal.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(session.audit().count(Filter.eq(org.crmkernel.model.audit.AuditFields.OPERATION,
        AuditOperation.ACCESS_DENIED.name()))).isEqualTo(2);

    PipelineSummary summary = asAda.pipelines().summary(sales.id());
    assertThat(summary.open().deals()).isEqualTo(1);
    assertThat(summary.open().amount()).isEqualTo(new java.math.BigDecimal("100.00"));
  }

  @Test
  void pipelinesAreOrganisationOwned() {
    CrmSession asAda = as(ada);
    assertThat(asAda.pipelines().list()).hasSize(1);
    assertThatThrownBy(() -> asAda.pipelines().create(PipelineDraft.standardSales("Mine")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aSecuredAmountIsMaskedAndCannotBeChangedByAnAction() {
    assertThat(session.fieldSecurity().securableFields(RecordKind.DEAL)).extracting(FieldKey::field)
        .contains("amount", "expectedCloseDate", "lostReason", "competitor").doesNotContain("closedOn", "primaryContact");
    session.fieldSecurity().secureField(new FieldKey(RecordKind.DEAL, "amount"));
    CrmSession asAda = as(ada);
    Deal shown = asAda.deals().get(adasDeal.id());
    assertThat(shown.amount()).isEmpty();
    assertThatThrownBy(() -> asAda.deals().changeAmount(adasDeal.id(), adasDeal.version(), Money.of("1", "EUR")))
        .isInstanceOf(CrmValidationException.class).hasMessageContaining("secured");
    assertThat(session.deals().get(adasDeal.id()).amount()).contains(Money.of("100", "EUR"));
  }
}
