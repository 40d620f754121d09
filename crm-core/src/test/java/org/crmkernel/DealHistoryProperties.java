package org.crmkernel;

import org.crmkernel.spi.CrmStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmException;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealReplay;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.testkit.fixtures.MutableClock;

/**
 * Random sequences of deal actions, valid and invalid, on a few deals: after every step each
 * deal keeps its invariants (a closed deal has a close day; won means 100 and lost 0; an open
 * deal sits at an open stage), its history only grows (earlier entries never change), replaying
 * the history yields the deal's current tracked values, and a refused action changes nothing.
 */
class DealHistoryProperties {

  /** One step: which deal, what to do, and a number for the action's argument. */
  record Step(int deal, String action, int number) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.of("move", "won", "wonOn", "lost", "reopen", "reopenAt", "amount", "closeDate", "probability",
            "useStage", "reassign", "rename", "archive", "restore", "edit", "stale"),
        Arbitraries.integers().between(-5, 120)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 60)
  void historyReplaysToTheDealAndInvariantsHold(@ForAll("steps") List<Step> steps) {
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    CrmStore store = TestStores.create();
    Crm crm = Crm.builder().store(store).clock(clock).build();
    CrmSession session = crm.tenant(TenantId.generate(clock)).system();
    var root = session.directory().createRootUnit("Root");
    List<User> users = List.of(
        session.directory().createUser("Ada", "ada@example.com", root.id(), Optional.empty()),
        session.directory().createUser("Bob", "bob@example.com", root.id(), Optional.empty()));
    Pipeline pipeline = session.pipelines().create(PipelineDraft.standardSales("Sales"));
    List<Stage> stages = pipeline.activeStages();
    Account account = session.accounts().create(AccountDraft.builder("Globex").owner(Owner.user(users.get(0).id())).build());
    List<Deal> deals = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      deals.add(session.deals().create(DealDraft.builder("Deal " + i, account.id(), pipeline.id())
          .owner(Owner.user(users.get(0).id())).build()));
    }

    for (Step step : steps) {
      clock.advance(Duration.ofHours(7));
      Deal before = session.deals().get(deals.get(step.deal()).id());
      List<DealChange> historyBefore = session.deals().history(before.id());
      try {
        apply(session, before, step, stages, users, clock);
        net.jqwik.api.statistics.Statistics.label("outcome").collect("applied");
      } catch (CrmException refused) {
        net.jqwik.api.statistics.Statistics.label("outcome").collect("refused");
        assertThat(session.deals().get(before.id())).isEqualTo(before);
        assertThat(session.deals().history(before.id())).isEqualTo(historyBefore);
      }
      for (Deal stale : deals) {
        Deal deal = session.deals().get(stale.id());
        List<DealChange> history = session.deals().history(deal.id());
        assertInvariants(deal, pipeline);
        assertThat(DealReplay.replay(history)).contains(deal.snapshot());
        assertThat(history.get(0).sequence()).isEqualTo(1);
        if (deal.id().equals(before.id())) {
          assertThat(history).startsWith(historyBefore.toArray(DealChange[]::new));
        }
      }
    }
    crm.close();
  }

  private static void apply(CrmSession session, Deal deal, Step step, List<Stage> stages, List<User> users,
      MutableClock clock) {
    Stage stage = stages.get(Math.floorMod(step.number(), stages.size()));
    LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    var deals = session.deals();
    switch (step.action()) {
      case "move" -> deals.moveToStage(deal.id(), deal.version(), stage.id());
      case "won" -> deals.closeAsWon(deal.id(), deal.version());
      case "wonOn" -> deals.closeAsWon(deal.id(), deal.version(), today.minusDays(step.number()));
      case "lost" -> deals.closeAsLost(deal.id(), deal.version(), step.number() < 0 ? " " : "Reason " + step.number(),
          step.number() % 2 == 0 ? Optional.of("Initech") : Optional.empty());
      case "reopen" -> deals.reopen(deal.id(), deal.version());
      case "reopenAt" -> deals.reopen(deal.id(), deal.version(), stage.id());
      case "amount" -> deals.changeAmount(deal.id(), deal.version(), Money.of(String.valueOf(step.number() * 100), "EUR"));
      case "closeDate" -> deals.changeCloseDate(deal.id(), deal.version(), today.plusDays(step.number()));
      case "probability" -> deals.changeProbability(deal.id(), deal.version(), step.number());
      case "useStage" -> deals.useStageProbability(deal.id(), deal.version());
      case "reassign" -> deals.reassign(deal.id(), deal.version(),
          Owner.user(users.get(Math.floorMod(step.number(), users.size())).id()));
      case "rename" -> deals.update(deal.id(), deal.version(), d -> d.name("Renamed " + step.number()));
      case "archive" -> deals.archive(deal.id(), deal.version());
      case "restore" -> deals.restore(deal.id(), deal.version());
      case "edit" -> deals.update(deal.id(), deal.version(), d -> d.stage(stage.id()).probability(step.number())
          .amount(Money.of(String.valueOf(step.number()), "EUR")));
      case "stale" -> deals.changeAmount(deal.id(), deal.version() - 1, Money.of("1", "EUR"));
      default -> throw new IllegalArgumentException(step.action());
    }
  }

  private static void assertInvariants(Deal deal, Pipeline pipeline) {
    Stage stage = pipeline.stage(deal.stage()).orElseThrow();
    assertThat(deal.status()).isEqualTo(stage.category());
    assertThat(deal.closedOn().isPresent()).isEqualTo(deal.isClosed());
    if (deal.status() == StageCategory.WON) {
      assertThat(deal.probability()).isEqualTo(100);
      assertThat(deal.forecast()).isEqualTo(ForecastCategory.CLOSED);
    }
    if (deal.status() == StageCategory.LOST) {
      assertThat(deal.probability()).isZero();
      assertThat(deal.lostReason()).isPresent();
    }
    assertThat(deal.probability()).isBetween(0, 100);
    deal.amount().ifPresent(amount -> assertThat(amount.isNegative()).isFalse());
  }
}
