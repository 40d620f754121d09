package org.crmkernel.model.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** The fields deal history entries can be filtered and sorted by. */
public final class DealChangeFields {

  private static final RecordKind KIND = RecordKind.DEAL_CHANGE;

  /** The id. */
  public static final StandardField<DealChange, UUID> ID =
      StandardField.required(KIND, "id", UUID.class, c -> c.id().value());
  /** The deal's id. */
  public static final StandardField<DealChange, UUID> DEAL_ID =
      StandardField.required(KIND, "dealId", UUID.class, c -> c.deal().value());
  /** The entry's number within its deal's history. */
  public static final StandardField<DealChange, Long> SEQUENCE =
      StandardField.required(KIND, "sequence", Long.class, DealChange::sequence);
  /** The action, as the enum constant's name. */
  public static final StandardField<DealChange, String> ACTION =
      StandardField.required(KIND, "action", String.class, c -> c.action().name());
  /** The stage after the change. */
  public static final StandardField<DealChange, UUID> STAGE_ID =
      StandardField.required(KIND, "stageId", UUID.class, c -> c.after().stage().value());
  /** The pipeline after the change. */
  public static final StandardField<DealChange, UUID> PIPELINE_ID =
      StandardField.required(KIND, "pipelineId", UUID.class, c -> c.after().pipeline().value());
  /** When the change happened. */
  public static final StandardField<DealChange, Instant> AT = StandardField.required(KIND, "at", Instant.class, DealChange::at);

  /** Every standard field above. */
  public static final List<StandardField<DealChange, ?>> ALL = List.of(ID, DEAL_ID, SEQUENCE, ACTION, STAGE_ID, PIPELINE_ID, AT);

  private DealChangeFields() {}
}
