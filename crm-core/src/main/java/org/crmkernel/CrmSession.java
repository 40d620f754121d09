package org.crmkernel;

import org.crmkernel.access.AccessService;
import org.crmkernel.access.OffboardingService;
import org.crmkernel.access.SharingService;
import org.crmkernel.access.internal.DefaultAccessService;
import org.crmkernel.access.internal.DefaultSharingService;
import org.crmkernel.customer.internal.DefaultOffboardingService;

import java.util.Optional;
import org.crmkernel.audit.AuditTrail;
import org.crmkernel.audit.internal.DefaultAuditTrail;
import org.crmkernel.customer.AccountService;
import org.crmkernel.customer.ContactService;
import org.crmkernel.customer.LeadService;
import org.crmkernel.customer.internal.DefaultAccountService;
import org.crmkernel.customer.internal.DefaultContactService;
import org.crmkernel.customer.internal.DefaultLeadService;
import org.crmkernel.customfield.FieldService;
import org.crmkernel.customfield.internal.DefaultFieldService;
import org.crmkernel.directory.DirectoryService;
import org.crmkernel.directory.internal.DefaultDirectoryService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;

/**
 * Someone acting in one tenant. Every call is one transaction: the change, its audit entries
 * and its events commit together or not at all. Sessions are cheap, immutable and thread-safe.
 */
public final class CrmSession {

  private final SessionContext context;
  private final AccountService accounts;
  private final ContactService contacts;
  private final LeadService leads;
  private final FieldService fields;
  private final DirectoryService directory;
  private final AuditTrail audit;
  private final AccessService access;
  private final SharingService sharing;
  private final OffboardingService offboarding;
  private final UnitOfWork work;
  private final org.crmkernel.activity.ActivityService activities;
  private final org.crmkernel.activity.ReminderService reminders;
  private final org.crmkernel.dedup.DuplicateService duplicates;

  CrmSession(SessionContext context, UnitOfWork work) {
    this.context = context;
    this.accounts = new DefaultAccountService(context, work);
    this.contacts = new DefaultContactService(context, work);
    this.leads = new DefaultLeadService(context, work);
    this.fields = new DefaultFieldService(context, work);
    this.directory = new DefaultDirectoryService(context, work);
    this.audit = new DefaultAuditTrail(context, work);
    this.access = new DefaultAccessService(context, work);
    this.sharing = new DefaultSharingService(context, work);
    this.offboarding = new DefaultOffboardingService(context, work);
    this.work = work;
    this.activities = new org.crmkernel.customer.internal.DefaultActivityService(context, work);
    this.reminders = new org.crmkernel.customer.internal.DefaultReminderService(context, work);
    this.duplicates = new org.crmkernel.dedup.internal.DefaultDuplicateService(context, work);
  }

  /** The tenant. */
  public TenantId tenantId() {
    return context.tenantId();
  }

  /** Who acts. */
  public Actor actor() {
    return context.actor();
  }

  /**
   * The same session, with every call's audit entries and events carrying {@code correlationId}
   * (for example a host's request id), instead of a new one per call.
   */
  public CrmSession withCorrelation(CorrelationId correlationId) {
    return new CrmSession(new SessionContext(context.kernel(), context.tenantId(), context.actor(),
        Optional.of(Arguments.present(correlationId, "correlationId"))), work);
  }

  /** Accounts. */
  public AccountService accounts() {
    return accounts;
  }

  /** Contacts. */
  public ContactService contacts() {
    return contacts;
  }

  /** Leads. */
  public LeadService leads() {
    return leads;
  }

  /** Custom field definitions. */
  public FieldService fields() {
    return fields;
  }

  /** Business units, users and teams. */
  public DirectoryService directory() {
    return directory;
  }

  /** The audit log. */
  public AuditTrail audit() {
    return audit;
  }

  /** Security roles: their privilege matrices, and who holds them, for review. */
  public org.crmkernel.access.RoleService roles() {
    return new org.crmkernel.access.internal.DefaultRoleService(context, work);
  }

  /** Field-level security: secured fields, profiles, and the manager hierarchy depth. */
  public org.crmkernel.access.FieldSecurityService fieldSecurity() {
    return new org.crmkernel.access.internal.DefaultFieldSecurityService(context, work);
  }

  /** Access checks, visibility and access reviews. */
  public AccessService access() {
    return access;
  }

  /** Sharing of owned records with users and teams. */
  public SharingService sharing() {
    return sharing;
  }

  /** Offboarding of users: deactivation and reassignment of their records. */
  public OffboardingService offboarding() {
    return offboarding;
  }

  /** Sales pipelines and their stages. */
  public org.crmkernel.pipeline.PipelineService pipelines() {
    return new org.crmkernel.pipeline.internal.DefaultPipelineService(context, work);
  }

  /** Deals (opportunities) and their business actions. */
  public org.crmkernel.pipeline.DealService deals() {
    return new org.crmkernel.customer.internal.DefaultDealService(context, work);
  }

  /** The tenant's base currency and conversion to it. */
  public org.crmkernel.currency.CurrencyService currency() {
    return new org.crmkernel.currency.internal.DefaultCurrencyService(context);
  }

  /** Lead assignment rules, and assigning leads by them. */
  public org.crmkernel.assignment.LeadAssignmentService leadAssignment() {
    return new org.crmkernel.customer.internal.DefaultLeadAssignmentService(context, work);
  }

  /** Activities: tasks, calls, meetings, e-mails and notes regarding customers and deals. */
  public org.crmkernel.activity.ActivityService activities() {
    return activities;
  }

  /** Reminders of activities that fall due, for hosts to send on a schedule. */
  public org.crmkernel.activity.ReminderService reminders() {
    return reminders;
  }

  /** Duplicate scans of customer records (the system session only, for now). */
  public org.crmkernel.dedup.DuplicateService duplicates() {
    return duplicates;
  }
}
