package org.crmkernel.pipeline.internal;

import java.util.List;
import java.util.Locale;
import org.crmkernel.model.pipeline.Stage;

/** Stages rendered for the audit log, one readable line each, joined by {@code " | "}. */
final class StageText {

  private StageText() {}

  /** Such as {@code Proposal 75% open best_case requires [amount] stale after 30 d}. */
  static String of(List<Stage> stages) {
    return String.join(" | ", stages.stream().map(StageText::of).toList());
  }

  private static String of(Stage stage) {
    StringBuilder text = new StringBuilder(stage.name()).append(' ').append(stage.probability()).append("% ")
        .append(stage.category().name().toLowerCase(Locale.ROOT)).append(' ')
        .append(stage.forecast().name().toLowerCase(Locale.ROOT));
    if (!stage.requiredFields().isEmpty()) {
      text.append(" requires ").append(stage.requiredFields());
    }
    stage.staleAfterDays().ifPresent(days -> text.append(" stale after ").append(days).append(" d"));
    if (stage.retired()) {
      text.append(" retired");
    }
    return text.toString();
  }
}
