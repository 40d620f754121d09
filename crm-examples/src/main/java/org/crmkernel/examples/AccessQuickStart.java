package org.crmkernel.examples;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * The access example of README.md, which quotes the lines between the marker comments in {@link
 * #run()} verbatim; ReadmeTest keeps the two the same.
 */
public final class AccessQuickStart {

  /** What the example produced: what Ada lists, why she may write Bob's account, and Cy's denial. */
  public record Outcome(List<Account> adaSees, AccessDecision why, AccessDeniedException denied) {}

  private AccessQuickStart() {}

  /** Runs the example on a fresh in-memory store, printing the decision and the denial. */
  public static Outcome run() {
    Crm crm = Crm.builder().store(InMemoryCrmStore.create()).build();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    // tag::access[]
    CrmSession admin = crm.tenant(tenant).system();
    BusinessUnit hq = admin.directory().createRootUnit("Acme HQ");
    User ada = admin.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());
    User bob = admin.directory().createUser("Bob Baker", "bob@acme.example", hq.id(), Optional.of(ada.id()));
    User cy = admin.directory().createUser("Cy Young", "cy@acme.example", hq.id(), Optional.empty());

    // Salespeople reach the accounts they own; managers reach their reports' accounts too.
    SecurityRole salesperson = admin.roles().create("Salesperson",
        RoleGrants.none().withAll(RecordKind.ACCOUNT, AccessDepth.USER));
    for (User user : List.of(ada, bob, cy)) {
      admin.directory().assignRole(user.id(), user.version(), salesperson.id());
    }

    Account initech = crm.tenant(tenant).as(bob.id()).accounts().create(AccountDraft.builder("Initech").build());

    Page<Account> adaSees = crm.tenant(tenant).as(ada.id()).accounts()
        .list(Query.of(Filter.all(), Sort.by(AccountFields.NAME)));
    AccessDecision why = admin.access().check(ada.id(), Privilege.WRITE, initech.ref());
    System.out.println(why.describe()); // ... the owner ... reports directly to them

    try {
      crm.tenant(tenant).as(cy.id()).accounts().get(initech.id());
    } catch (AccessDeniedException denied) {
      System.out.println(denied.getMessage()); // ... may not read account ...: role 'Salesperson' grants ...
    // end::access[]
      return new Outcome(adaSees.items(), why, denied);
    }
    throw new IllegalStateException("Cy read an account he has no access to");
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run();
  }
}
