package org.crmkernel.spi.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** A small record for query tests, with single- and multi-valued fields of several types. */
record Row(UUID id, Optional<String> name, List<String> tags, List<Long> numbers, Optional<BigDecimal> amount,
    Optional<Boolean> flag) {

  static final StandardField<Row, String> NAME = StandardField.single(RecordKind.ACCOUNT, "name", String.class, Row::name);
  static final StandardField<Row, String> TAGS = StandardField.multi(RecordKind.ACCOUNT, "tags", String.class, Row::tags);
  static final StandardField<Row, Long> NUMBERS =
      StandardField.multi(RecordKind.ACCOUNT, "numbers", Long.class, Row::numbers);
  static final StandardField<Row, BigDecimal> AMOUNT =
      StandardField.single(RecordKind.ACCOUNT, "amount", BigDecimal.class, Row::amount);
  static final StandardField<Row, Boolean> FLAG =
      StandardField.single(RecordKind.ACCOUNT, "flag", Boolean.class, Row::flag);
  static final StandardField<Row, UUID> ID = StandardField.required(RecordKind.ACCOUNT, "id", UUID.class, Row::id);

  static Row named(String name) {
    return new Row(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Optional.of(name),
        List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  static Row withNumbers(Long... numbers) {
    return new Row(new UUID(0, numbers.length), Optional.empty(), List.of(), List.of(numbers), Optional.empty(),
        Optional.empty());
  }

  static Row withTags(String... tags) {
    return new Row(new UUID(0, tags.length), Optional.empty(), List.of(tags), List.of(), Optional.empty(),
        Optional.empty());
  }
}
