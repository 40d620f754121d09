package org.crmkernel.spi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.query.Sort.Direction;
import org.junit.jupiter.api.Test;

class SortProperties {

  private static final List<ValueType> KEY_TYPES =
      List.of(ValueType.INTEGER, ValueType.TEXT, ValueType.DECIMAL, ValueType.UUID);

  /** A sort over up to four custom fields, one of each type above, in random directions. */
  @Provide
  Arbitrary<Sort<Object>> sorts() {
    return Arbitraries.of(Direction.values()).list().ofMaxSize(4).map(directions -> {
      List<Sort.Key<Object>> keys = new ArrayList<>();
      for (int i = 0; i < directions.size(); i++) {
        keys.add(new Sort.Key<>(field(i), directions.get(i)));
      }
      return new Sort<>(keys);
    });
  }

  private static CustomFieldRef<Object> field(int i) {
    return new CustomFieldRef<>(RecordKind.ACCOUNT, "f" + i, KEY_TYPES.get(i), false);
  }

  /** Positions over few distinct values, so that ties and empties are common. */
  @Provide
  Arbitrary<SortPosition> positions() {
    Arbitrary<Optional<Object>> integer = Arbitraries.longs().between(-2, 2).map(v -> (Object) v).optional(0.8);
    Arbitrary<Optional<Object>> text = Arbitraries.of("a", "b", "\uFFFF", "😀").map(v -> (Object) v).optional(0.8);
    Arbitrary<Optional<Object>> decimal =
        Arbitraries.of("1", "1.0", "-1.5", "2").map(v -> (Object) new BigDecimal(v)).optional(0.8);
    Arbitrary<Optional<Object>> uuid = Arbitraries.of(new UUID(1, 0), new UUID(Long.MIN_VALUE, 0), new UUID(-1, -1))
        .map(v -> (Object) v).optional(0.8);
    Arbitrary<UUID> id = Arbitraries.of(new UUID(0, 1), new UUID(0, -1), new UUID(Long.MIN_VALUE, 5), new UUID(7, 7));
    return Combinators.combine(integer, text, decimal, uuid, id)
        .as((a, b, c, d, i) -> new SortPosition(List.of(a, b, c, d), i));
  }

  private static SortPosition fitting(Sort<Object> sort, SortPosition position) {
    return new SortPosition(position.values().subList(0, sort.keys().size()), position.id());
  }

  /** The documented order, written independently of {@link Sort#positionOrder}. */
  private static Comparator<SortPosition> reference(Sort<Object> sort) {
    Comparator<SortPosition> order = (a, b) -> 0;
    for (int i = 0; i < sort.keys().size(); i++) {
      int index = i;
      Comparator<Object> values = referenceValueOrder(KEY_TYPES.get(i));
      Comparator<Object> withEmpties = sort.keys().get(i).direction() == Direction.ASC
          ? Comparator.nullsLast(values)
          : Comparator.nullsFirst(values.reversed());
      order = order.thenComparing(p -> p.values().get(index).orElse(null), withEmpties);
    }
    return order.thenComparing(SortPosition::id, (x, y) -> Arrays.compareUnsigned(bytes(x), bytes(y)));
  }

  private static Comparator<Object> referenceValueOrder(ValueType type) {
    return switch (type) {
      case INTEGER -> Comparator.comparing(v -> (Long) v);
      case TEXT -> (x, y) -> Arrays.compare(((String) x).codePoints().toArray(), ((String) y).codePoints().toArray());
      case DECIMAL -> Comparator.comparing(v -> (BigDecimal) v);
      case UUID -> (x, y) -> Arrays.compareUnsigned(bytes((UUID) x), bytes((UUID) y));
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  private static byte[] bytes(UUID uuid) {
    return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
        .array();
  }

  @Property(tries = 2_000)
  void positionOrderIsTheDocumentedOrder(@ForAll("sorts") Sort<Object> sort, @ForAll("positions") SortPosition a,
      @ForAll("positions") SortPosition b) {
    SortPosition x = fitting(sort, a);
    SortPosition y = fitting(sort, b);

    assertThat(Integer.signum(sort.positionOrder().compare(x, y)))
        .isEqualTo(Integer.signum(reference(sort).compare(x, y)));
  }

  @Property(tries = 300)
  void positionOrderIsATotalOrder(@ForAll("sorts") Sort<Object> sort,
      @ForAll("positionLists") List<SortPosition> positions) {
    Comparator<SortPosition> order = sort.positionOrder();
    List<SortPosition> fitted = positions.stream().map(p -> fitting(sort, p)).toList();

    for (SortPosition a : fitted) {
      for (SortPosition b : fitted) {
        assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
        if (order.compare(a, b) == 0) {
          assertThat(a.id()).isEqualTo(b.id());
        }
        for (SortPosition c : fitted) {
          if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
            assertThat(order.compare(a, c)).isLessThanOrEqualTo(0);
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<List<SortPosition>> positionLists() {
    return positions().list().ofMaxSize(8);
  }

  @Test
  void emptyValuesComeLastAscendingAndFirstDescending() {
    SortPosition low = position(Optional.of("a"), 1);
    SortPosition high = position(Optional.of("b"), 2);
    SortPosition empty = position(Optional.empty(), 3);
    List<SortPosition> positions = List.of(empty, high, low);

    assertThat(sorted(Sort.by(AccountFields.NAME, Direction.ASC), positions)).containsExactly(low, high, empty);
    assertThat(sorted(Sort.by(AccountFields.NAME, Direction.DESC), positions)).containsExactly(empty, high, low);
  }

  @Test
  void theIdBreaksTiesAscendingAndUnsignedEvenInDescendingSorts() {
    UUID small = new UUID(1, 0);
    UUID large = new UUID(Long.MIN_VALUE, 0);
    SortPosition first = new SortPosition(List.of(Optional.of("same")), small);
    SortPosition second = new SortPosition(List.of(Optional.of("same")), large);
    SortPosition emptyFirst = new SortPosition(List.of(Optional.empty()), small);
    SortPosition emptySecond = new SortPosition(List.of(Optional.empty()), large);
    List<SortPosition> positions = List.of(emptySecond, second, emptyFirst, first);

    assertThat(sorted(Sort.by(AccountFields.NAME, Direction.ASC), positions))
        .containsExactly(first, second, emptyFirst, emptySecond);
    assertThat(sorted(Sort.by(AccountFields.NAME, Direction.DESC), positions))
        .containsExactly(emptyFirst, emptySecond, first, second);
    assertThat(sorted(Sort.byId(), List.of(new SortPosition(List.of(), large), new SortPosition(List.of(), small))))
        .extracting(SortPosition::id).containsExactly(small, large);
  }

  private static SortPosition position(Optional<Object> name, long id) {
    return new SortPosition(List.of(name), new UUID(0, id));
  }

  private static List<SortPosition> sorted(Sort<Account> sort, List<SortPosition> positions) {
    return positions.stream().sorted(sort.positionOrder()).toList();
  }

  @Test
  void recordOrderSortsRecordsByTheirPositions() {
    List<Row> rows = List.of(Row.named("b"), Row.named("😀"), Row.named("\uFFFF"), Row.named("a"));

    assertThat(rows.stream().sorted(Sort.by(Row.NAME).recordOrder(Row::id)).map(r -> r.name().orElseThrow()))
        .containsExactly("a", "b", "\uFFFF", "😀");
    assertThat(Sort.by(Row.NAME).positionOf(Row.named("a"), Row::id))
        .isEqualTo(new SortPosition(List.of(Optional.of("a")), Row.named("a").id()));
  }

  @Test
  void takesAtMostFourKeys() {
    Sort<Account> four = Sort.<Account>by(AccountFields.NAME)
        .then(AccountFields.WEBSITE, Direction.DESC)
        .then(AccountFields.INDUSTRY, Direction.ASC)
        .then(AccountFields.EMPLOYEE_COUNT, Direction.ASC);

    assertThat(four.keys()).hasSize(Sort.MAX_KEYS);
    assertThat(violations(() -> four.then(AccountFields.ANNUAL_REVENUE, Direction.ASC))).containsExactly("sort:too_many");
  }

  @Test
  void namesEachFieldAtMostOnce() {
    assertThat(violations(() -> Sort.by(AccountFields.NAME).then(AccountFields.NAME, Direction.DESC)))
        .containsExactly("sort:duplicate");
    assertThat(violations(() -> Sort.by(AccountFields.custom("region", ValueType.TEXT))
        .then(AccountFields.custom("region", ValueType.INTEGER), Direction.ASC)))
        .containsExactly("sort:duplicate");
  }

  @Test
  void listsEveryProblemWithTheKeys() {
    Sort.Key<Account> name = new Sort.Key<>(AccountFields.NAME, Direction.ASC);

    assertThat(violations(() -> new Sort<>(List.of(name, name, name, name, name))))
        .containsExactly("sort:too_many", "sort:duplicate");
    assertThat(violations(() -> new Sort<>(Arrays.asList(name, null)))).containsExactly("sort:required");
  }

  @Test
  void refusesMultiValuedFields() {
    assertThat(violations(() -> Sort.by(AccountFields.EMAIL))).containsExactly("sort:not_sortable");
    assertThat(violations(() -> Sort.by(new CustomFieldRef<Account>(RecordKind.ACCOUNT, "colors", ValueType.TEXT, true))))
        .containsExactly("sort:not_sortable");
  }

  @Test
  void missingKeysFieldsAndDirectionsAreRequired() {
    CustomFieldRef<Account> noField = null;

    assertThat(violations(() -> new Sort<Account>(null))).containsExactly("sort:required");
    assertThat(violations(() -> Sort.by(noField))).containsExactly("sort:required");
    assertThat(violations(() -> Sort.by(AccountFields.NAME, null))).containsExactly("sort:required");
    assertThat(violations(() -> new Sort.Key<Account>(null, null))).containsExactly("sort:required", "sort:required");
    assertThat(violations(() -> Sort.<Account>byId().then(noField, Direction.ASC))).containsExactly("sort:required");
  }

  @Test
  void copiesItsKeys() {
    List<Sort.Key<Account>> keys = new ArrayList<>(List.of(new Sort.Key<>(AccountFields.NAME, Direction.ASC)));
    Sort<Account> sort = new Sort<>(keys);

    keys.add(new Sort.Key<>(AccountFields.WEBSITE, Direction.ASC));

    assertThat(sort.keys()).hasSize(1);
    assertThat(sort.fingerprint()).isEqualTo("name ASC");
  }
}
