package org.crmkernel.model.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** The fields pipelines can be filtered and sorted by. */
public final class PipelineFields {

  private static final RecordKind KIND = RecordKind.PIPELINE;

  /** The id. */
  public static final StandardField<Pipeline, UUID> ID =
      StandardField.required(KIND, "id", UUID.class, p -> p.id().value());
  /** The name. */
  public static final StandardField<Pipeline, String> NAME =
      StandardField.required(KIND, "name", String.class, Pipeline::name);
  /** Every stage's id, active or retired. */
  public static final StandardField<Pipeline, UUID> STAGE_ID =
      StandardField.multi(KIND, "stageId", UUID.class, p -> p.stages().stream().map(s -> s.id().value()).toList());
  /** When it was created. */
  public static final StandardField<Pipeline, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, p -> p.revision().createdAt());

  /** Every standard field above. */
  public static final List<StandardField<Pipeline, ?>> ALL = List.of(ID, NAME, STAGE_ID, CREATED_AT);

  private PipelineFields() {}
}
