package org.crmkernel.model.id;

import java.util.Objects;
import java.util.UUID;

/** A reference to any record: its kind and id. Used by audit entries, events and errors. */
public record RecordRef(RecordKind kind, UUID id) {

  /** Rejects missing parts. */
  public RecordRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
