package org.crmkernel.spi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkernel.model.ModelFixtures.violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void takesPagesOf1To1000Rows() {
    Query<Row> query = Query.all();

    assertThat(query.limit()).isEqualTo(Query.DEFAULT_LIMIT);
    assertThat(query.limit(1).limit()).isEqualTo(1);
    assertThat(query.limit(Query.MAX_LIMIT).limit()).isEqualTo(Query.MAX_LIMIT);
    assertThat(violations(() -> query.limit(0))).containsExactly("limit:out_of_range");
    assertThat(violations(() -> query.limit(Query.MAX_LIMIT + 1))).containsExactly("limit:out_of_range");
  }

  @Property
  void refusesEveryPageSizeOutside1To1000(@ForAll int size) {
    Assume.that(size < 1 || size > Query.MAX_LIMIT);

    assertThat(violations(() -> Query.<Row>all().limit(size))).containsExactly("limit:out_of_range");
  }

  @Test
  void missingPartsAreRequiredAndListedTogether() {
    Query<Row> query = Query.all();
    Cursor noCursor = null;
    Page<Row> noPage = null;

    assertThat(violations(() -> new Query<Row>(null, null, 0, null)))
        .containsExactly("filter:required", "sort:required", "limit:out_of_range", "after:required");
    assertThat(violations(() -> Query.of(null, Sort.<Row>byId()))).containsExactly("filter:required");
    assertThat(violations(() -> Query.of(Filter.<Row>all(), null))).containsExactly("sort:required");
    assertThat(violations(() -> query.after(noCursor))).containsExactly("after:required");
    assertThat(violations(() -> query.next(noPage))).containsExactly("page:required");
  }

  @Test
  void aNullCursorTokenIsNotACursor() {
    assertThat(violations(() -> new Cursor(null))).containsExactly("cursor:invalid_cursor");
  }

  @Test
  void nextContinuesAfterThePagesCursor() {
    Sort<Row> sort = Sort.by(Row.NAME);
    Query<Row> query = Query.of(Filter.eq(Row.TAGS, "x"), sort).limit(2);
    Cursor cursor = Cursor.at(sort, new SortPosition(List.of(Optional.of("b")), new UUID(0, 1)));

    Optional<Query<Row>> next = query.next(new Page<>(List.of(Row.named("a"), Row.named("b")), Optional.of(cursor)));

    assertThat(next).contains(new Query<>(query.filter(), sort, 2, Optional.of(cursor)));
    assertThat(query.next(new Page<>(List.of(Row.named("a")), Optional.empty()))).isEmpty();
  }

  @Test
  void aPageCopiesItsItems() {
    List<Row> items = new ArrayList<>(List.of(Row.named("a")));
    Page<Row> page = new Page<>(items, Optional.empty());

    items.clear();

    assertThat(page.items()).hasSize(1);
    assertThat(page.hasNext()).isFalse();
    assertThatThrownBy(() -> page.items().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
