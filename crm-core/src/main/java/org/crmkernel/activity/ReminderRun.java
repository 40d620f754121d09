package org.crmkernel.activity;

import java.util.List;
import java.util.Objects;
import org.crmkernel.model.id.ActivityId;

/**
 * What one {@link ReminderService#sendDueReminders} call did.
 *
 * @param sent how many reminders it sent
 * @param reminded the activities it sent them for, in the order sent
 * @param skipped how many due activities were changed by someone else meanwhile and are left for
 *     the next run
 */
public record ReminderRun(int sent, List<ActivityId> reminded, int skipped) {

  /** Copies the list and checks that the counts agree with it. */
  public ReminderRun {
    reminded = List.copyOf(Objects.requireNonNull(reminded, "reminded"));
    if (sent != reminded.size() || skipped < 0) {
      throw new IllegalArgumentException("sent must count the reminded activities and skipped may not be negative");
    }
  }
}
