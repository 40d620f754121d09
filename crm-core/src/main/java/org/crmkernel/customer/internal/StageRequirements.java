package org.crmkernel.customer.internal;

import org.crmkernel.model.error.Violations;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The fields a stage requires of its deals: they must be set to enter the stage, and once set,
 * cannot be cleared while the deal stays there. A requirement added to a stage later does not
 * block deals already there until they change that field or move.
 */
final class StageRequirements {

  private StageRequirements() {}

  /** Records a {@code required_by_stage} problem per required field that {@code after} lacks. */
  static void check(Stage stage, @Nullable Deal before, Deal after, boolean entering, Violations violations) {
    for (String field : stage.requiredFields()) {
      boolean wasSet = before != null && isSet(before, field);
      if (!isSet(after, field) && (entering || wasSet)) {
        violations.add(field, "required_by_stage", "stage '" + stage.name() + "' requires " + field);
      }
    }
  }

  /** Whether {@code deal} has a value for {@code field}: a standard field or {@code custom.<apiName>}. */
  static boolean isSet(Deal deal, String field) {
    return switch (field) {
      case "amount" -> deal.amount().isPresent();
      case "primaryContact" -> deal.primaryContact().isPresent();
      case "expectedCloseDate" -> deal.expectedCloseDate().isPresent();
      case "nextStep" -> deal.nextStep().isPresent();
      case "competitor" -> deal.competitor().isPresent();
      case "source" -> deal.source().isPresent();
      default -> field.startsWith("custom.") && deal.customFields().get(field.substring("custom.".length())).isPresent();
    };
  }
}
