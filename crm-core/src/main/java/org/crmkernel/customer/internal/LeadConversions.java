package org.crmkernel.customer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.CandidateMatch;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.ConversionCandidates;
import org.crmkernel.customer.ConversionMapping;
import org.crmkernel.customer.LeadConversionOptions;
import org.crmkernel.customer.LeadConversionResult;
import org.crmkernel.customer.MatchReason;
import org.crmkernel.customfield.internal.CustomValues;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadConversion;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.pipeline.DealDraft;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/**
 * Lead conversion: finding the existing accounts and contacts a lead matches, and converting it
 * into an account, a contact and optionally a deal in the caller's unit of work.
 */
final class LeadConversions {

  /** The most candidates offered per kind. */
  private static final int MAX_CANDIDATES = 20;

  private final SessionContext session;
  private final DefaultAccountService accounts;
  private final DefaultContactService contacts;
  private final DefaultDealService deals;

  LeadConversions(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.accounts = new DefaultAccountService(session, work);
    this.contacts = new DefaultContactService(session, work);
    this.deals = new DefaultDealService(session, work);
  }

  // ---- candidates

  /** The accounts and contacts {@code lead} matches, strongest first, as far as the session may read them. */
  ConversionCandidates candidates(StoreTransaction tx, Lead lead) {
    List<String> emails = lead.emails().stream().map(Email::matchKey).toList();
    List<String> phones = lead.phones().stream().map(PhoneNumber::e164).toList();
    // Matching on a value the user may not read would reveal it, as filtering by it would.
    Set<String> contactHidden = unreadable(tx, RecordKind.CONTACT);
    Set<String> accountHidden = unreadable(tx, RecordKind.ACCOUNT);
    Map<Contact, Set<MatchReason>> contactMatches = new LinkedHashMap<>();
    if (!emails.isEmpty() && !contactHidden.contains("emails")) {
      collect(tx, tx.contacts(), RecordKind.CONTACT, Filter.in(ContactFields.EMAIL, emails), MatchReason.EMAIL,
          contactMatches);
    }
    if (!phones.isEmpty() && !contactHidden.contains("phones")) {
      collect(tx, tx.contacts(), RecordKind.CONTACT, Filter.in(ContactFields.PHONE, phones), MatchReason.PHONE,
          contactMatches);
    }
    String person = fold(lead.name().firstName().orElse("") + " " + lead.name().lastName());
    Map<Contact, Set<MatchReason>> byLastName = new LinkedHashMap<>();
    collect(tx, tx.contacts(), RecordKind.CONTACT, Filter.in(ContactFields.LAST_NAME, variants(lead.name().lastName())),
        MatchReason.NAME, byLastName);
    byLastName.keySet().stream()
        .filter(c -> fold(c.name().firstName().orElse("") + " " + c.name().lastName()).equals(person))
        .forEach(c -> contactMatches.computeIfAbsent(c, k -> EnumSet.noneOf(MatchReason.class)).add(MatchReason.NAME));

    Map<Account, Set<MatchReason>> accountMatches = new LinkedHashMap<>();
    if (!emails.isEmpty() && !accountHidden.contains("emails")) {
      collect(tx, tx.accounts(), RecordKind.ACCOUNT, Filter.in(AccountFields.EMAIL, emails), MatchReason.EMAIL,
          accountMatches);
    }
    if (!phones.isEmpty() && !accountHidden.contains("phones")) {
      collect(tx, tx.accounts(), RecordKind.ACCOUNT, Filter.in(AccountFields.PHONE, phones), MatchReason.PHONE,
          accountMatches);
    }
    lead.company().ifPresent(company -> {
      Map<Account, Set<MatchReason>> named = new LinkedHashMap<>();
      collect(tx, tx.accounts(), RecordKind.ACCOUNT, Filter.in(AccountFields.NAME, variants(company)), MatchReason.NAME,
          named);
      named.keySet().stream().filter(a -> fold(a.name()).equals(fold(company)))
          .forEach(a -> accountMatches.computeIfAbsent(a, k -> EnumSet.noneOf(MatchReason.class)).add(MatchReason.NAME));
    });
    for (Contact contact : contactMatches.keySet()) {
      contact.accountId().flatMap(id -> tx.accounts().find(session.tenantId(), id)).filter(a -> readable(tx, a))
          .ifPresent(a -> accountMatches.computeIfAbsent(a, k -> EnumSet.noneOf(MatchReason.class))
              .add(MatchReason.CONTACT_ACCOUNT));
    }
    return new ConversionCandidates(shown(ranked(accountMatches), accountHidden), shown(ranked(contactMatches),
        contactHidden));
  }

  /** The matches with the values the user may not read emptied. */
  private static <R extends OwnedRecord<?>> List<CandidateMatch<R>> shown(List<CandidateMatch<R>> matches,
      Set<String> hidden) {
    return hidden.isEmpty() ? matches
        : matches.stream().map(m -> new CandidateMatch<>(SecuredFields.clear(m.record(), hidden), m.reasons())).toList();
  }

  /** The fields of {@code kind} field security does not let the session read. */
  private Set<String> unreadable(StoreTransaction tx, RecordKind kind) {
    Optional<org.crmkernel.spi.access.AccessScope> scope = session.guard().scope(tx);
    return scope.isEmpty() ? Set.of()
        : FieldAccess.of(scope, kind, Definitions.of(tx, session.tenantId(), kind)).unreadable();
  }

  private <R extends OwnedRecord<?>> void collect(StoreTransaction tx, OwnedRecordStore<?, R> store, RecordKind kind,
      Filter<R> filter, MatchReason reason, Map<R, Set<MatchReason>> into) {
    Query<R> query = new Query<>(filter, Sort.byId(), MAX_CANDIDATES, Optional.empty());
    List<R> found = session.guard().isSystem() ? store.query(session.tenantId(), query).items()
        : store.query(session.tenantId(), query, session.guard().visibility(tx, kind, Privilege.READ)).items();
    found.forEach(r -> into.computeIfAbsent(r, k -> EnumSet.noneOf(MatchReason.class)).add(reason));
  }

  private boolean readable(StoreTransaction tx, OwnedRecord<?> record) {
    return session.guard().scope(tx).map(s -> s.check(Privilege.READ, AccessTarget.of(record), tx.accessGraph(), false)
        .allowed()).orElse(true);
  }

  /** More reasons first, then the strongest reason (e-mail, phone, name, contact's account). */
  private static <R extends OwnedRecord<?>> List<CandidateMatch<R>> ranked(Map<R, Set<MatchReason>> matches) {
    Comparator<CandidateMatch<R>> order = Comparator.<CandidateMatch<R>>comparingInt(m -> -m.reasons().size())
        .thenComparingInt(m -> m.reasons().stream().mapToInt(Enum::ordinal).min().orElse(Integer.MAX_VALUE))
        .thenComparing(m -> m.record().id().value(), org.crmkernel.model.id.Uuid7.UNSIGNED_ORDER);
    return matches.entrySet().stream().map(e -> new CandidateMatch<>(e.getKey(), e.getValue())).sorted(order)
        .limit(MAX_CANDIDATES).toList();
  }

  /** The usual spellings of a name as people type it, for exact-match filters. */
  private static List<String> variants(String text) {
    String stripped = text.strip();
    String lower = stripped.toLowerCase(Locale.ROOT);
    String title = lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return List.copyOf(new java.util.LinkedHashSet<>(List.of(stripped, lower, stripped.toUpperCase(Locale.ROOT), title)));
  }

  /** Lower case without accents, punctuation or repeated spaces. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  // ---- conversion

  /** Converts {@code lead} (read and checked for write in this unit of work). */
  LeadConversionResult convert(Changes changes, Lead lead, LeadConversionOptions options) {
    StoreTransaction tx = changes.tx();
    // What is created from the lead takes only what the user may read of it: a secured value would
    // otherwise reappear in a field the user may read.
    Set<String> leadHidden = unreadable(tx, RecordKind.LEAD);
    Lead shown = SecuredFields.clear(lead, leadHidden);
    Violations violations = new Violations();
    violations.check(lead.status() != LeadStatus.CONVERTED, "status", "converted", "the lead is already converted");
    violations.check(lead.status() != LeadStatus.DISQUALIFIED, "status", "disqualified",
        "the lead is disqualified; qualify it again before converting it");
    Optional<Account> linkedAccount = options.existingAccount().flatMap(id -> {
      Optional<Account> found = tx.accounts().find(session.tenantId(), id);
      violations.check(found.isPresent(), "existingAccount", "unknown_record", "there is no account " + id + " in this tenant");
      return found;
    });
    Optional<Contact> linkedContact = options.existingContact().flatMap(id -> {
      Optional<Contact> found = tx.contacts().find(session.tenantId(), id);
      violations.check(found.isPresent(), "existingContact", "unknown_record", "there is no contact " + id + " in this tenant");
      return found;
    });
    linkedContact.ifPresent(contact -> {
      violations.check(linkedAccount.isPresent() && contact.accountId().equals(linkedAccount.map(Account::id)),
          "existingContact", "other_account", "a linked contact must belong to the linked account");
    });
    options.deal().ifPresent(deal -> {
      Optional<Pipeline> pipeline = tx.pipelines().find(session.tenantId(), deal.pipeline());
      violations.check(pipeline.isPresent(), "deal.pipeline", "unknown_record",
          "there is no pipeline " + deal.pipeline() + " in this tenant");
    });
    Map<RecordKind, Map<String, Object>> custom = mappedCustomValues(tx, shown, options.mapping(), violations);
    violations.throwIfAny();
    // Linking attaches the lead to them: read, and append-to as for any record attached to another.
    List<OwnedRecord<?>> linked = new ArrayList<>(2);
    linkedAccount.ifPresent(linked::add);
    linkedContact.ifPresent(linked::add);
    for (OwnedRecord<?> record : linked) {
      session.guard().require(tx, Privilege.READ, AccessTarget.of(record));
      session.guard().require(tx, Privilege.APPEND_TO, AccessTarget.of(record));
    }
    Owner owner = options.owner().orElse(lead.ownership().owner());

    Account account = linkedAccount.orElseGet(() -> prefixed("account", () -> accounts.createIn(changes,
        accountDraft(shown, owner, custom.get(RecordKind.ACCOUNT)))));
    Contact contact = linkedContact.orElseGet(() -> prefixed("contact", () -> contacts.createIn(changes,
        contactDraft(shown, account, owner, custom.get(RecordKind.CONTACT)))));
    Optional<Deal> deal = options.deal().map(choice -> prefixed("deal", () -> deals.createIn(changes,
        dealDraft(shown, choice, account, contact, owner, custom.get(RecordKind.DEAL)))));

    LeadConversion conversion = new LeadConversion(account.id(), contact.id(), deal.map(Deal::id), changes.now());
    Lead converted = lead.withOutcome(LeadStatus.CONVERTED, Optional.empty(), Optional.of(conversion))
        .withRevision(lead.revision().next(changes.now()));
    Lead stored = tx.leads().update(converted, lead.version());
    List<FieldChange> fields = new ArrayList<>();
    fields.add(FieldChange.of("status", Optional.of(lead.status().name()), Optional.of(LeadStatus.CONVERTED.name())));
    lead.disqualificationReason().ifPresent(reason ->
        fields.add(FieldChange.of("disqualificationReason", Optional.of(reason), Optional.empty())));
    fields.add(FieldChange.of("conversion.account", Optional.empty(), Optional.of(account.ref().toString())));
    fields.add(FieldChange.of("conversion.contact", Optional.empty(), Optional.of(contact.ref().toString())));
    deal.ifPresent(d -> fields.add(FieldChange.of("conversion.deal", Optional.empty(), Optional.of(d.ref().toString()))));
    changes.record(AuditOperation.CONVERT, EventType.LEAD_CONVERTED, stored.ref(), stored.version(), fields);
    Set<String> dealHidden = deal.isPresent() ? unreadable(tx, RecordKind.DEAL) : Set.of();
    return new LeadConversionResult(SecuredFields.clear(stored, leadHidden),
        SecuredFields.clear(account, unreadable(tx, RecordKind.ACCOUNT)), linkedAccount.isEmpty(),
        SecuredFields.clear(contact, unreadable(tx, RecordKind.CONTACT)), linkedContact.isEmpty(),
        deal.map(d -> SecuredFields.clear(d, dealHidden)));
  }

  private static <T> T prefixed(String prefix, java.util.function.Supplier<T> create) {
    try {
      return create.get();
    } catch (CrmValidationException e) {
      throw new CrmValidationException(e.violations().stream().map(v -> v.under(prefix)).toList());
    }
  }

  private AccountDraft accountDraft(Lead lead, Owner owner, Map<String, Object> custom) {
    AccountDraft.Builder b = AccountDraft.builder(lead.company().orElse(lead.name().displayName()))
        .website(lead.website()).industry(lead.industry()).employeeCount(lead.employeeCount())
        .phones(ContactPoints.phoneTexts(lead.phones())).owner(owner);
    lead.address().ifPresent(b::address);
    custom.forEach(b::custom);
    return b.build();
  }

  private ContactDraft contactDraft(Lead lead, Account account, Owner owner, Map<String, Object> custom) {
    ContactDraft.Builder b = ContactDraft.builder(lead.name()).jobTitle(lead.jobTitle())
        .emails(ContactPoints.emailTexts(lead.emails())).phones(ContactPoints.phoneTexts(lead.phones()))
        .account(account.id()).owner(owner);
    lead.address().ifPresent(b::address);
    custom.forEach(b::custom);
    return b.build();
  }

  private DealDraft dealDraft(Lead lead, LeadConversionOptions.DealOptions choice, Account account, Contact contact,
      Owner owner, Map<String, Object> custom) {
    DealDraft.Builder b = DealDraft.builder(choice.name().orElse(account.name()), account.id(), choice.pipeline())
        .primaryContact(contact.id()).amount(choice.amount()).expectedCloseDate(choice.expectedCloseDate())
        .source(lead.source().orElse(null)).owner(owner).originatingLead(Optional.of(lead.id()));
    choice.stage().ifPresent(b::stage);
    custom.forEach(b::custom);
    return b.build();
  }

  /**
   * The lead's custom values per target kind: explicit targets, then same-named fields of the
   * same type when the mapping copies them. Problems with the mapping are recorded under
   * {@code mapping}.
   */
  private Map<RecordKind, Map<String, Object>> mappedCustomValues(StoreTransaction tx, Lead lead,
      ConversionMapping mapping, Violations violations) {
    List<FieldDefinition> leadFields = Definitions.of(tx, session.tenantId(), RecordKind.LEAD);
    Map<String, FieldDefinition> leadByName = byName(leadFields, FieldDefinition::apiName);
    Map<RecordKind, Map<String, FieldDefinition>> targets = new HashMap<>();
    for (RecordKind kind : List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.DEAL)) {
      targets.put(kind, byName(Definitions.of(tx, session.tenantId(), kind).stream().filter(d -> !d.retired()).toList(),
          FieldDefinition::apiName));
    }
    Map<String, Object> values = CustomValues.editable(lead.customFields(), leadFields);
    Map<RecordKind, Map<String, Object>> out = new HashMap<>();
    targets.keySet().forEach(kind -> out.put(kind, new HashMap<>()));
    mapping.custom().forEach((leadField, fieldTargets) -> {
      FieldDefinition source = leadByName.get(leadField);
      if (source == null) {
        violations.add("mapping." + leadField, "unknown_field", "leads have no custom field " + leadField);
        return;
      }
      for (ConversionMapping.FieldTarget target : fieldTargets) {
        FieldDefinition definition = targets.get(target.kind()).get(target.apiName());
        String path = "mapping." + leadField;
        if (definition == null) {
          violations.add(path, "unknown_field", target.kind().name().toLowerCase(Locale.ROOT) + "s have no custom field "
              + target.apiName());
        } else if (definition.type() != source.type()) {
          violations.add(path, "type_mismatch", leadField + " is " + source.type() + " but " + target.apiName() + " is "
              + definition.type());
        } else if (values.containsKey(leadField)) {
          out.get(target.kind()).put(target.apiName(), values.get(leadField));
        }
      }
    });
    if (mapping.copySameNamed()) {
      values.forEach((name, value) -> targets.forEach((kind, fields) -> {
        FieldDefinition definition = fields.get(name);
        if (definition != null && definition.type() == leadByName.get(name).type()) {
          out.get(kind).putIfAbsent(name, value);
        }
      }));
    }
    return out;
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> map = new HashMap<>();
    items.forEach(item -> map.put(name.apply(item), item));
    return map;
  }
}
