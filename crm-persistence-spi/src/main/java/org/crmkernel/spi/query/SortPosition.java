package org.crmkernel.spi.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Where a record sits in a sort: its sort key values (empty when unset) and its id. */
public record SortPosition(List<Optional<Object>> values, UUID id) {

  /** Copies the values. */
  public SortPosition {
    values = List.copyOf(values);
    Objects.requireNonNull(id, "id");
  }
}
