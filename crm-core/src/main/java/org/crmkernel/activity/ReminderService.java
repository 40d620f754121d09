package org.crmkernel.activity;

import java.time.Duration;

/**
 * Sends reminders of activities that fall due. Hosts call it on a schedule, normally from a
 * system session; in a user session it covers only the activities the user may read and write.
 */
public interface ReminderService {

  /** The longest lookahead {@link #sendDueReminders} takes. */
  Duration MAX_LOOKAHEAD = Duration.ofDays(366);

  /**
   * Sends one reminder for every open, active activity with a due time at or before now plus
   * {@code lookahead} that has not been reminded of that due time yet. Each reminder marks the
   * activity reminded (its next version), is audited as {@code REMIND} and records one {@code
   * ActivityReminder} event, whose changes name the due time, subject, owner and regarded record,
   * for the notification sinks; all in one transaction per batch of activities, so that a large
   * backlog never loads at once and every reminder is sent exactly once. Calling it again sends
   * nothing twice; rescheduling an activity makes a reminder due for its new time. An activity
   * changed by someone else meanwhile is skipped, and reminded by a later run.
   *
   * @param lookahead how far ahead of now to remind, from zero to {@link #MAX_LOOKAHEAD}
   * @throws org.crmkernel.model.error.CrmValidationException if {@code lookahead} is null,
   *     negative or longer than {@link #MAX_LOOKAHEAD}
   */
  ReminderRun sendDueReminders(Duration lookahead);
}
