package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.SortPosition;
import org.junit.jupiter.api.Test;

/**
 * Queries give what the reference semantics give ({@link Filter#test}, {@link Sort}): for
 * random data sets, filters and sorts, walking every page with random page sizes returns
 * exactly the accepted records in the reference order, with a cursor exactly when more rows
 * follow, and count and scan agree. Keyset pages stay exact while rows come and go between
 * page fetches. Examples spell out the rules that SQL translations most often get wrong, and
 * malformed or foreign cursors are refused.
 */
public abstract class QueryContract extends StoreContractSupport {

  private static final TenantId PLACEHOLDER = TenantId.of(new UUID(0, 0));

  private final Random random = new Random();

  /** For subclasses. */
  protected QueryContract() {}

  /** Account queries over standard, multi-valued and custom fields follow the reference semantics. */
  @Property(tries = 100)
  @OfKind(RecordKind.ACCOUNT)
  public void accountQueriesFollowTheReferenceSemantics(@ForAll("accountQueries") QueryScenario<Account> scenario) {
    check(StoredKinds.ACCOUNTS, scenario);
  }

  /** Contact queries follow the reference semantics. */
  @Property(tries = 50)
  @OfKind(RecordKind.CONTACT)
  public void contactQueriesFollowTheReferenceSemantics(@ForAll("contactQueries") QueryScenario<Contact> scenario) {
    check(StoredKinds.CONTACTS, scenario);
  }

  /** Lead queries follow the reference semantics. */
  @Property(tries = 50)
  @OfKind(RecordKind.LEAD)
  public void leadQueriesFollowTheReferenceSemantics(@ForAll("leadQueries") QueryScenario<Lead> scenario) {
    check(StoredKinds.LEADS, scenario);
  }

  /** Business unit queries follow the reference semantics. */
  @Property(tries = 30)
  @OfKind(RecordKind.BUSINESS_UNIT)
  public void businessUnitQueriesFollowTheReferenceSemantics(
      @ForAll("businessUnitQueries") QueryScenario<BusinessUnit> scenario) {
    check(StoredKinds.BUSINESS_UNITS, scenario);
  }

  /** User queries follow the reference semantics. */
  @Property(tries = 30)
  @OfKind(RecordKind.USER)
  public void userQueriesFollowTheReferenceSemantics(@ForAll("userQueries") QueryScenario<User> scenario) {
    check(StoredKinds.USERS, scenario);
  }

  /** Team queries, over the multi-valued member ids too, follow the reference semantics. */
  @Property(tries = 30)
  @OfKind(RecordKind.TEAM)
  public void teamQueriesFollowTheReferenceSemantics(@ForAll("teamQueries") QueryScenario<Team> scenario) {
    check(StoredKinds.TEAMS, scenario);
  }

  /** Field definition queries follow the reference semantics. */
  @Property(tries = 30)
  @OfKind(RecordKind.FIELD_DEFINITION)
  public void fieldDefinitionQueriesFollowTheReferenceSemantics(
      @ForAll("fieldDefinitionQueries") QueryScenario<FieldDefinition> scenario) {
    check(StoredKinds.FIELD_DEFINITIONS, scenario);
  }

  /** Deal queries over standard and custom fields, amounts, dates and instants follow the reference semantics. */
  @Property(tries = 50)
  @OfKind(RecordKind.DEAL)
  public void dealQueriesFollowTheReferenceSemantics(@ForAll("dealQueries") QueryScenario<Deal> scenario) {
    check(StoredKinds.DEALS, scenario);
  }

  /** Activity queries follow the reference semantics. */
  @Property(tries = 40)
  @OfKind(RecordKind.ACTIVITY)
  public void activityQueriesFollowTheReferenceSemantics(@ForAll("activityQueries") QueryScenario<Activity> scenario) {
    check(StoredKinds.ACTIVITIES, scenario);
  }

  /** Pipeline queries, over the multi-valued stage ids too, follow the reference semantics. */
  @Property(tries = 30)
  @OfKind(RecordKind.PIPELINE)
  public void pipelineQueriesFollowTheReferenceSemantics(@ForAll("pipelineQueries") QueryScenario<Pipeline> scenario) {
    check(StoredKinds.PIPELINES, scenario);
  }

  /** Lead assignment rule queries follow the reference semantics. */
  @Property(tries = 30)
  @OfKind(RecordKind.LEAD_ASSIGNMENT_RULE)
  public void assignmentRuleQueriesFollowTheReferenceSemantics(
      @ForAll("assignmentRuleQueries") QueryScenario<LeadAssignmentRule> scenario) {
    check(StoredKinds.ASSIGNMENT_RULES, scenario);
  }

  /** Random account data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Account>> accountQueries() {
    return scenarios(StoredKinds.ACCOUNTS);
  }

  /** Random contact data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Contact>> contactQueries() {
    return scenarios(StoredKinds.CONTACTS);
  }

  /** Random lead data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Lead>> leadQueries() {
    return scenarios(StoredKinds.LEADS);
  }

  /** Random business unit data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<BusinessUnit>> businessUnitQueries() {
    return scenarios(StoredKinds.BUSINESS_UNITS);
  }

  /** Random user data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<User>> userQueries() {
    return scenarios(StoredKinds.USERS);
  }

  /** Random team data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Team>> teamQueries() {
    return scenarios(StoredKinds.TEAMS);
  }

  /** Random field definition data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<FieldDefinition>> fieldDefinitionQueries() {
    return scenarios(StoredKinds.FIELD_DEFINITIONS);
  }

  /** Random deal data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Deal>> dealQueries() {
    return scenarios(StoredKinds.DEALS);
  }

  /** Random activity data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Activity>> activityQueries() {
    return scenarios(StoredKinds.ACTIVITIES);
  }

  /** Random pipeline data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<Pipeline>> pipelineQueries() {
    return scenarios(StoredKinds.PIPELINES);
  }

  /** Random lead assignment rule data sets with random queries. */
  @Provide
  public Arbitrary<QueryScenario<LeadAssignmentRule>> assignmentRuleQueries() {
    return scenarios(StoredKinds.ASSIGNMENT_RULES);
  }

  /**
   * Keyset paging: while rows are inserted and deleted between page fetches (before and after
   * the cursor, the cursor's own row included), each page holds exactly the first rows after
   * the cursor in the data as it is then. So no row comes twice, the rows come in order, and
   * every row that exists throughout the walk comes exactly once.
   */
  @Property(tries = 40)
  @OfKind(RecordKind.ACCOUNT)
  public void pagesStayExactWhileRowsComeAndGo(@ForAll Random random) {
    AccountKind kind = StoredKinds.ACCOUNTS;
    TenantId tenant = newTenant();
    Map<UUID, Account> current = new LinkedHashMap<>();
    for (int i = 0, size = 5 + random.nextInt(20); i < size; i++) {
      Account account = kind.random(random, tenant);
      current.put(account.id().value(), account);
    }
    insertAll(kind, List.copyOf(current.values()));
    RandomQueries<Account> queries = RandomQueries.over(random, kind.queryFields(), current.values());
    Filter<Account> filter = random.nextBoolean() ? Filter.all() : queries.filter();
    Sort<Account> sort = queries.sort();
    Map<UUID, Account> throughout = new LinkedHashMap<>(current);
    List<Account> returned = new ArrayList<>();
    Optional<Cursor> after = Optional.empty();
    Optional<Account> last = Optional.empty();
    for (int pageNumber = 0; pageNumber < 200; pageNumber++) {
      int limit = 1 + random.nextInt(5);
      Page<Account> page = page(kind, tenant, new Query<>(filter, sort, limit, after));
      List<Account> rest = rowsAfter(kind, current.values(), filter, sort, last);
      List<Account> want = rest.subList(0, Math.min(limit, rest.size()));
      String where = "page " + pageNumber + " with filter " + filter + ", sort [" + sort.fingerprint() + "]";
      assertThat(ReferenceQueries.ids(kind, page.items())).as(where).containsExactlyElementsOf(ReferenceQueries.ids(kind, want));
      assertThat(page.hasNext()).as(where + ": next cursor present exactly when more rows follow")
          .isEqualTo(rest.size() > limit);
      returned.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      after = page.next();
      last = Optional.of(page.items().get(page.items().size() - 1));
      changeBetweenPages(kind, tenant, random, current, throughout);
    }
    List<UUID> returnedIds = ReferenceQueries.ids(kind, returned);
    assertThat(returnedIds).as("no row is returned twice").doesNotHaveDuplicates();
    assertThat(returned).as("rows come in sort order").isSortedAccordingTo(kind.order(sort));
    assertThat(returnedIds).as("every matching row that existed throughout the walk is returned")
        .containsAll(throughout.values().stream().filter(filter::test).map(kind::uuid).toList());
  }

  /** {@code not} is plain negation: it also matches records without a value. */
  @Test
  public void notAlsoMatchesRecordsWithoutValue() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account retail = account(tenant, "Retail one", a -> withIndustry(a, "Retail"));
    Account banking = account(tenant, "Banking one", a -> withIndustry(a, "Banking"));
    Account none = account(tenant, "No industry", a -> withIndustry(a, null));
    insertAll(StoredKinds.ACCOUNTS, List.of(retail, banking, none));
    assertMatches(tenant, Filter.not(Filter.eq(AccountFields.INDUSTRY, "Retail")), banking, none);
    assertMatches(tenant, Filter.isEmpty(AccountFields.INDUSTRY), none);
    assertMatches(tenant, Filter.not(Filter.isEmpty(AccountFields.INDUSTRY)), retail, banking);
  }

  /** Comparisons on multi-valued fields hold when any value satisfies them. */
  @Test
  public void comparisonsMatchAnyValueOfMultiValuedFields() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account two = account(tenant, "Two", a -> withEmails(a, "ann@example.com", "zed@acme.test"));
    Account one = account(tenant, "One", a -> withEmails(a, "zed@acme.test"));
    Account none = account(tenant, "None", a -> withEmails(a));
    insertAll(StoredKinds.ACCOUNTS, List.of(two, one, none));
    assertMatches(tenant, Filter.eq(AccountFields.EMAIL, "ann@example.com"), two);
    assertMatches(tenant, Filter.eq(AccountFields.EMAIL, "zed@acme.test"), two, one);
    assertMatches(tenant, Filter.not(Filter.eq(AccountFields.EMAIL, "zed@acme.test")), none);
    assertMatches(tenant, Filter.startsWith(AccountFields.EMAIL, "ann"), two);
    assertMatches(tenant, Filter.isEmpty(AccountFields.EMAIL), none);
  }

  /** Empty values sort after every value ascending and before every value descending, ties by id. */
  @Test
  public void emptyValuesSortLastAscendingAndFirstDescending() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account seven = account(tenant, "Seven", a -> withEmployees(a, 7));
    Account one = account(tenant, "One", a -> withEmployees(a, 1));
    Account noneA = account(tenant, "None", a -> withEmployees(a, null));
    Account noneB = account(tenant, "None", a -> withEmployees(a, null));
    insertAll(StoredKinds.ACCOUNTS, List.of(seven, one, noneA, noneB));
    List<Account> emptyByIdOrder = List.of(noneA, noneB).stream().sorted(StoredKinds.ACCOUNTS.idOrder()).toList();
    List<Account> ascending = new ArrayList<>(List.of(one, seven));
    ascending.addAll(emptyByIdOrder);
    List<Account> descending = new ArrayList<>(emptyByIdOrder);
    descending.addAll(List.of(seven, one));
    assertOrder(tenant, Sort.by(AccountFields.EMPLOYEE_COUNT, Sort.Direction.ASC), ascending);
    assertOrder(tenant, Sort.by(AccountFields.EMPLOYEE_COUNT, Sort.Direction.DESC), descending);
  }

  /** Text sorts by Unicode code point, not by UTF-16 unit, case or locale. */
  @Test
  public void textSortsByCodePoint() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    List<String> inCodePointOrder = List.of("Z", "a", "\u00C9", "\uFF21", "\uD835\uDD18");
    List<Account> accounts = inCodePointOrder.stream().map(name -> account(tenant, name, a -> a)).toList();
    insertAll(StoredKinds.ACCOUNTS, reversed(accounts));
    assertOrder(tenant, Sort.by(AccountFields.NAME), accounts);
    assertOrder(tenant, Sort.by(AccountFields.NAME, Sort.Direction.DESC), reversed(accounts));
  }

  /** Ids sort as unsigned 128-bit numbers. */
  @Test
  public void idsSortAsUnsignedNumbers() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account low = withId(account(tenant, "low", a -> a), new UUID(0x0000_0000_0000_0001L, 0));
    Account belowMiddle = withId(account(tenant, "below", a -> a), new UUID(0x7FFF_FFFF_FFFF_FFFFL, 0));
    Account aboveMiddle = withId(account(tenant, "above", a -> a), new UUID(0x8000_0000_0000_0000L, 0));
    Account high = withId(account(tenant, "high", a -> a), new UUID(-1L, -1L));
    insertAll(StoredKinds.ACCOUNTS, List.of(high, aboveMiddle, low, belowMiddle));
    List<Account> ordered = List.of(low, belowMiddle, aboveMiddle, high);
    assertOrder(tenant, Sort.byId(), ordered);
    assertOrder(tenant, Sort.by(AccountFields.ID, Sort.Direction.DESC), reversed(ordered));
    assertThat(contents(StoredKinds.ACCOUNTS, tenant)).containsExactlyElementsOf(ordered);
    assertMatches(tenant, Filter.atLeast(AccountFields.ID, new UUID(0x8000_0000_0000_0000L, 0)), aboveMiddle, high);
  }

  /** Decimals compare by value, whatever their scale. */
  @Test
  public void decimalsCompareByValue() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account eur = account(tenant, "EUR", a -> withRevenue(a, Money.of("1.5", "EUR")));
    Account jpy = account(tenant, "JPY", a -> withRevenue(a, Money.of("2", "JPY")));
    insertAll(StoredKinds.ACCOUNTS, List.of(eur, jpy));
    assertMatches(tenant, Filter.eq(AccountFields.ANNUAL_REVENUE, new java.math.BigDecimal("1.5")), eur);
    assertMatches(tenant, Filter.eq(AccountFields.ANNUAL_REVENUE, new java.math.BigDecimal("1.500")), eur);
    assertMatches(tenant, Filter.in(AccountFields.ANNUAL_REVENUE, List.of(new java.math.BigDecimal("2.00"))), jpy);
    assertMatches(tenant, Filter.atMost(AccountFields.ANNUAL_REVENUE, new java.math.BigDecimal("1.50")), eur);
  }

  /** Prefixes match literally: {@code %} and {@code _} are no wildcards; case counts. */
  @Test
  public void prefixesMatchLiterally() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account percent = account(tenant, "50%_off", a -> a);
    Account plain = account(tenant, "500 off", a -> a);
    Account underscore = account(tenant, "a_b", a -> a);
    Account letter = account(tenant, "axb", a -> a);
    Account upper = account(tenant, "A_b", a -> a);
    insertAll(StoredKinds.ACCOUNTS, List.of(percent, plain, underscore, letter, upper));
    assertMatches(tenant, Filter.startsWith(AccountFields.NAME, "50%"), percent);
    assertMatches(tenant, Filter.startsWith(AccountFields.NAME, "a_"), underscore);
    assertMatches(tenant, Filter.startsWith(AccountFields.NAME, "A"), upper);
    assertMatches(tenant, Filter.startsWith(AccountFields.NAME, "50"), percent, plain);
  }

  /** An empty {@code in} and an empty {@code or} match nothing; an empty {@code and} matches everything. */
  @Test
  public void emptyOperandListsFollowLogic() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account one = account(tenant, "One", a -> a);
    Account two = account(tenant, "Two", a -> a);
    insertAll(StoredKinds.ACCOUNTS, List.of(one, two));
    assertMatches(tenant, Filter.in(AccountFields.NAME, List.of()));
    assertMatches(tenant, new Filter.Or<>(List.of()));
    assertMatches(tenant, new Filter.And<>(List.of()), one, two);
    assertMatches(tenant, Filter.not(Filter.in(AccountFields.NAME, List.of())), one, two);
  }

  /** Custom fields filter and sort like standard ones, multi-select picklists by any choice. */
  @Test
  public void customFieldsFilterAndSort() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    CustomFieldRef<Account> score = AccountFields.custom("score", ValueType.INTEGER);
    CustomFieldRef<Account> tags = new CustomFieldRef<>(RecordKind.ACCOUNT, "tags", ValueType.TEXT, true);
    Account high = account(tenant, "High", a -> a.withCustomFields(custom(42L, "gold", "b2b")));
    Account low = account(tenant, "Low", a -> a.withCustomFields(custom(-5L, "partner")));
    Account none = account(tenant, "None", a -> a.withCustomFields(CustomFields.none()));
    insertAll(StoredKinds.ACCOUNTS, List.of(high, low, none));
    assertMatches(tenant, new Filter.Eq<>(tags, "b2b"), high);
    assertMatches(tenant, new Filter.Range<>(score, Optional.of(0L), true, Optional.empty(), false), high);
    assertMatches(tenant, new Filter.Not<>(new Filter.Eq<>(score, 42L)), low, none);
    assertMatches(tenant, new Filter.IsEmpty<>(tags), none);
    assertOrder(tenant, new Sort<>(List.of(new Sort.Key<>(score, Sort.Direction.ASC))), List.of(low, high, none));
  }

  /**
   * Deal amounts compare by value, whatever their scale and currency, from the finest scale to
   * the largest amount; dates at the limits a deal may carry filter and sort like any other.
   */
  @Test
  public void dealAmountsAndDatesAtTheirLimitsFilterAndSort() {
    assumeStored(RecordKind.DEAL);
    TenantId tenant = newTenant();
    Deal largest = deal(tenant, Optional.of(Money.of("999999999999999999.999999", "USD")), Optional.of(Deal.LATEST_DATE));
    Deal euro = deal(tenant, Optional.of(Money.of("1.5", "EUR")), Optional.of(Deal.EARLIEST_DATE));
    Deal dollar = deal(tenant, Optional.of(Money.of("1.50", "USD")), Optional.empty());
    Deal finest = deal(tenant, Optional.of(Money.of("0.000001", "EUR")), Optional.of(LocalDate.of(2000, 1, 1)));
    Deal none = deal(tenant, Optional.empty(), Optional.of(Deal.LATEST_DATE));
    insertAll(StoredKinds.DEALS, List.of(none, finest, dollar, euro, largest));
    List<Deal> equalAmounts = List.of(euro, dollar).stream().sorted(StoredKinds.DEALS.idOrder()).toList();
    List<Deal> latest = List.of(largest, none).stream().sorted(StoredKinds.DEALS.idOrder()).toList();

    assertDeals(tenant, Filter.eq(DealFields.AMOUNT, new BigDecimal("1.5000")), Sort.byId(), equalAmounts);
    assertDeals(tenant, Filter.atLeast(DealFields.AMOUNT, new BigDecimal("999999999999999999.999999")), Sort.byId(),
        List.of(largest));
    assertDeals(tenant, Filter.atMost(DealFields.AMOUNT, new BigDecimal("0.0000010")), Sort.byId(), List.of(finest));
    assertDeals(tenant, Filter.eq(DealFields.EXPECTED_CLOSE_DATE, Deal.LATEST_DATE), Sort.byId(), latest);
    assertDeals(tenant, Filter.atMost(DealFields.EXPECTED_CLOSE_DATE, Deal.EARLIEST_DATE), Sort.byId(), List.of(euro));

    List<Deal> byAmountDescending = new ArrayList<>(List.of(none, largest));
    byAmountDescending.addAll(equalAmounts);
    byAmountDescending.add(finest);
    assertDeals(tenant, Filter.all(), Sort.by(DealFields.AMOUNT, Sort.Direction.DESC), byAmountDescending);
    List<Deal> byDate = new ArrayList<>(List.of(euro, finest));
    byDate.addAll(latest);
    byDate.add(dollar);
    assertDeals(tenant, Filter.all(), Sort.by(DealFields.EXPECTED_CLOSE_DATE), byDate);
  }

  /** A cursor that no store made is refused with {@code invalid_cursor}. */
  @Test
  public void malformedCursorIsRefused() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    insertAll(StoredKinds.ACCOUNTS, List.of(account(tenant, "One", a -> a)));
    for (String token : List.of("Zm9v", "AAAA", "YzEKbmFtZSBBU0MKbm90LWEtdXVpZAotCg")) {
      assertInvalidCursor(tenant, Query.<Account>of(Filter.all(), Sort.by(AccountFields.NAME)).after(new Cursor(token)));
    }
  }

  /** A cursor made for one sort order is refused by another. */
  @Test
  public void cursorOfAnotherSortIsRefused() {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    insertAll(StoredKinds.ACCOUNTS, List.of(account(tenant, "One", a -> a), account(tenant, "Two", a -> a)));
    Query<Account> byName = Query.<Account>of(Filter.all(), Sort.by(AccountFields.NAME)).limit(1);
    Cursor cursor = page(StoredKinds.ACCOUNTS, tenant, byName).next().orElseThrow();
    assertInvalidCursor(tenant, Query.<Account>of(Filter.all(), Sort.by(AccountFields.NAME, Sort.Direction.DESC)).after(cursor));
    assertInvalidCursor(tenant, Query.<Account>of(Filter.all(), Sort.by(AccountFields.INDUSTRY)).after(cursor));
    assertInvalidCursor(tenant, Query.<Account>of(Filter.all(), Sort.byId()).after(cursor));
  }

  /** The records the store holds for a scenario's data set, in a fresh tenant. */
  private <I extends RecordId, R extends CrmRecord<I>> void check(StoredKind<I, R> kind, QueryScenario<R> scenario) {
    TenantId tenant = newTenant();
    List<R> records = scenario.records().stream().map(r -> kind.withTenant(r, tenant)).toList();
    insertAll(kind, records);
    TenantId neighbour = newTenant();
    insertAll(kind, records.stream().limit(3).map(r -> kind.withTenant(r, neighbour)).toList());
    List<R> expected = ReferenceQueries.expected(kind, records, scenario.filter(), scenario.sort());
    ReferenceQueries.assertPages(store(), kind, tenant, scenario.filter(), scenario.sort(), scenario.pageSizes(), expected);
    ReferenceQueries.assertCountAndScan(store(), kind, tenant, scenario.filter(), expected);
  }

  private static <I extends RecordId, R extends CrmRecord<I>> Arbitrary<QueryScenario<R>> scenarios(StoredKind<I, R> kind) {
    return Arbitraries.randomValue(r -> kind.random(r, PLACEHOLDER)).list().ofMaxSize(30)
        .uniqueElements(r -> kind.uniqueKey(r).orElse(kind.uuid(r)))
        .flatMap(records -> Arbitraries.randomValue(random -> {
          RandomQueries<R> queries = RandomQueries.over(random, kind.queryFields(), records);
          return new QueryScenario<>(records, queries.filterOrAll(), queries.sort(), queries.pageSizes());
        }));
  }

  private static <I extends RecordId, R extends CrmRecord<I>> List<R> rowsAfter(
      StoredKind<I, R> kind, java.util.Collection<R> rows, Filter<R> filter, Sort<R> sort, Optional<R> last) {
    Comparator<SortPosition> order = sort.positionOrder();
    Optional<SortPosition> cursor = last.map(r -> sort.positionOf(r, kind::uuid));
    return rows.stream().filter(filter::test)
        .filter(r -> cursor.isEmpty() || order.compare(sort.positionOf(r, kind::uuid), cursor.get()) > 0)
        .sorted(kind.order(sort)).toList();
  }

  private void changeBetweenPages(AccountKind kind, TenantId tenant, Random random, Map<UUID, Account> current,
      Map<UUID, Account> throughout) {
    List<Account> inserted = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      inserted.add(kind.random(random, tenant));
    }
    List<Account> existing = new ArrayList<>(current.values());
    List<Account> deleted = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0 && !existing.isEmpty(); i--) {
      deleted.add(existing.remove(random.nextInt(existing.size())));
    }
    store().write(tx -> {
      inserted.forEach(tx.accounts()::insert);
      deleted.forEach(a -> tx.accounts().delete(tenant, a.id(), a.version()));
      return null;
    });
    inserted.forEach(a -> current.put(a.id().value(), a));
    deleted.forEach(a -> {
      current.remove(a.id().value());
      throughout.remove(a.id().value());
    });
  }

  private void assertMatches(TenantId tenant, Filter<Account> filter, Account... expected) {
    List<Account> want = List.of(expected).stream().sorted(StoredKinds.ACCOUNTS.idOrder()).toList();
    ReferenceQueries.assertPages(store(), StoredKinds.ACCOUNTS, tenant, filter, Sort.byId(), List.of(2), want);
    ReferenceQueries.assertCountAndScan(store(), StoredKinds.ACCOUNTS, tenant, filter, want);
  }

  private void assertOrder(TenantId tenant, Sort<Account> sort, List<Account> expected) {
    ReferenceQueries.assertPages(store(), StoredKinds.ACCOUNTS, tenant, Filter.all(), sort, List.of(2, 1, 3), expected);
  }

  private void assertInvalidCursor(TenantId tenant, Query<Account> query) {
    CrmValidationException failure = catchThrowableOfType(CrmValidationException.class,
        () -> page(StoredKinds.ACCOUNTS, tenant, query));
    assertThat(failure).as("query with cursor %s and sort [%s]", query.after(), query.sort().fingerprint()).isNotNull();
    assertThat(failure.violations()).extracting(v -> v.code()).contains("invalid_cursor");
  }

  private void assertDeals(TenantId tenant, Filter<Deal> filter, Sort<Deal> sort, List<Deal> expected) {
    ReferenceQueries.assertPages(store(), StoredKinds.DEALS, tenant, filter, sort, List.of(2, 3), expected);
    ReferenceQueries.assertCountAndScan(store(), StoredKinds.DEALS, tenant, filter, expected);
  }

  /** A random deal with the given amount and expected close date. */
  private Deal deal(TenantId tenant, Optional<Money> amount, Optional<LocalDate> expectedCloseDate) {
    Deal d = StoredKinds.DEALS.random(random, tenant);
    return new Deal(d.id(), tenant, d.name(), d.account(), d.primaryContact(), d.pipeline(), d.stage(), d.status(),
        d.forecast(), amount, d.probability(), d.probabilitySource(), expectedCloseDate, d.closedOn(), d.lostReason(),
        d.competitor(), d.source(), d.nextStep(), d.originatingLead(), d.stageEnteredAt(), d.ownership(), d.state(),
        d.customFields(), d.revision());
  }

  private Account account(TenantId tenant, String name, Function<Account, Account> adjust) {
    Account random = StoredKinds.ACCOUNTS.random(this.random, tenant);
    Account named = new Account(random.id(), tenant, name, random.website(), random.industry(), random.employeeCount(),
        random.annualRevenue(), random.addresses(), random.phones(), random.emails(), random.parentAccountId(),
        random.ownership(), random.state(), random.customFields(), random.revision());
    return adjust.apply(named);
  }

  private static Account withId(Account a, UUID id) {
    return StoredKinds.ACCOUNTS.withId(a, AccountId.of(id));
  }

  private static Account withIndustry(Account a, @org.jspecify.annotations.Nullable String industry) {
    return new Account(a.id(), a.tenantId(), a.name(), a.website(), Optional.ofNullable(industry), a.employeeCount(),
        a.annualRevenue(), a.addresses(), a.phones(), a.emails(), a.parentAccountId(), a.ownership(), a.state(),
        a.customFields(), a.revision());
  }

  private static Account withEmployees(Account a, @org.jspecify.annotations.Nullable Integer employees) {
    return new Account(a.id(), a.tenantId(), a.name(), a.website(), a.industry(), Optional.ofNullable(employees),
        a.annualRevenue(), a.addresses(), a.phones(), a.emails(), a.parentAccountId(), a.ownership(), a.state(),
        a.customFields(), a.revision());
  }

  private static Account withRevenue(Account a, Money revenue) {
    return new Account(a.id(), a.tenantId(), a.name(), a.website(), a.industry(), a.employeeCount(),
        Optional.of(revenue), a.addresses(), a.phones(), a.emails(), a.parentAccountId(), a.ownership(), a.state(),
        a.customFields(), a.revision());
  }

  private static Account withEmails(Account a, String... emails) {
    return new Account(a.id(), a.tenantId(), a.name(), a.website(), a.industry(), a.employeeCount(),
        a.annualRevenue(), a.addresses(), a.phones(), List.of(emails).stream().map(Email::parse).toList(),
        a.parentAccountId(), a.ownership(), a.state(), a.customFields(), a.revision());
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static CustomFields custom(long score, String... tags) {
    return CustomFields.of(Map.of(
        "score", new FieldValue.IntegerValue(score),
        "tags", new FieldValue.MultiPicklistValue(new java.util.TreeSet<>(List.of(tags)))));
  }
}
