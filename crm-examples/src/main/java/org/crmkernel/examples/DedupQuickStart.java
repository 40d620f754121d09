package org.crmkernel.examples;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.dedup.DuplicateCluster;
import org.crmkernel.dedup.DuplicateKind;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * The duplicate matching example of README.md, which quotes the lines between the marker
 * comments in {@link #run()} verbatim; ReadmeTest keeps the two the same.
 */
public final class DedupQuickStart {

  private DedupQuickStart() {}

  /** Runs the example on a fresh in-memory store, printing each cluster with its explanation. */
  public static MatchResult run() {
    Crm crm = Crm.builder().store(InMemoryCrmStore.create()).build();
    CrmSession session = crm.tenant(TenantId.of(UUID.randomUUID())).system();
    BusinessUnit hq = session.directory().createRootUnit("Acme HQ");
    User ada = session.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());
    // tag::dedup[]
    session.contacts().create(ContactDraft.builder("Robert", "Smith").owner(Owner.user(ada.id()))
        .email("robert.smith@example.com").phone("+1 415 555 0142").birthDate(LocalDate.of(1980, 3, 4)).build());
    session.contacts().create(ContactDraft.builder("Bob", "Smith").owner(Owner.user(ada.id()))
        .email("Robert.Smith+news@example.com").phone("(415) 555-0142").birthDate(LocalDate.of(1980, 4, 3)).build());
    session.contacts().create(ContactDraft.builder("Grace", "Hopper").owner(Owner.user(ada.id()))
        .email("grace@example.org").build());

    MatchResult result = session.duplicates().scan(DuplicateKind.CONTACTS).threads(2).run();
    for (DuplicateCluster cluster : result.clusters()) {
      System.out.println(cluster.recordIds());
      System.out.println(cluster.pairs().get(0).explanation().describe());
    }
    // end::dedup[]
    crm.close();
    return result;
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run();
  }
}
