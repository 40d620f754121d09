package org.crmkernel.spi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void takesPagesOf1To1000Rows() {
    Query<Row> query = Query.all();

    assertThat(query.limit()).isEqualTo(Query.DEFAULT_LIMIT);
    assertThat(query.limit(1).limit()).isEqualTo(1);
    assertThat(query.limit(Query.MAX_LIMIT).limit()).isEqualTo(Query.MAX_LIMIT);
    assertThatIllegalArgumentException().isThrownBy(() -> query.limit(0));
    assertThatIllegalArgumentException().isThrownBy(() -> query.limit(Query.MAX_LIMIT + 1));
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
