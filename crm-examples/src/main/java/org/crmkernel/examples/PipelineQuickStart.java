package org.crmkernel.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.LeadConversionOptions;
import org.crmkernel.customer.LeadConversionOptions.DealOptions;
import org.crmkernel.customer.LeadConversionResult;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.pipeline.PipelineDraft;
import org.crmkernel.pipeline.PipelineSummary;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * The pipeline example of README.md, which quotes the lines between the marker comments in
 * {@link #run()} verbatim; ReadmeTest keeps the two the same.
 */
public final class PipelineQuickStart {

  /** What the example produced: the conversion, the won deal, its history and the summary. */
  public record Outcome(LeadConversionResult converted, Deal won, List<DealChange> history, PipelineSummary summary) {}

  private PipelineQuickStart() {}

  /** Runs the example on a fresh in-memory store, printing the pipeline by stage. */
  public static Outcome run() {
    Crm crm = Crm.builder().store(InMemoryCrmStore.create()).build();
    CrmSession session = crm.tenant(TenantId.of(UUID.randomUUID())).system();
    BusinessUnit hq = session.directory().createRootUnit("Acme HQ");
    User ada = session.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());
    // tag::pipeline[]
    Pipeline sales = session.pipelines().create(PipelineDraft.standardSales("New business"));

    Lead grace = session.leads().create(LeadDraft.builder("Grace", "Hopper").company("Initech")
        .email("grace@initech.example").owner(Owner.user(ada.id())).build());
    LeadConversionResult converted = session.leads().convert(grace.id(), grace.version(),
        LeadConversionOptions.createAccountAndContact()
            .openDeal(DealOptions.in(sales.id()).worth(Money.of("25000", "USD"))));

    Deal deal = converted.deal().orElseThrow();
    Stage negotiation = sales.activeStages().get(5); // Negotiation/Review: needs an amount and a close date
    deal = session.deals().changeCloseDate(deal.id(), deal.version(), LocalDate.now().plusDays(30));
    deal = session.deals().moveToStage(deal.id(), deal.version(), negotiation.id());
    Deal won = session.deals().closeAsWon(deal.id(), deal.version());

    List<DealChange> history = session.deals().history(won.id()); // create, close date, stage, won
    PipelineSummary summary = session.pipelines().summary(sales.id());
    summary.stages().forEach(stage -> System.out.printf("%-22s %3d deals %14s%n",
        stage.name(), stage.totals().deals(), stage.totals().amount()));
    // end::pipeline[]
    crm.close();
    return new Outcome(converted, won, history, summary);
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run();
  }
}
