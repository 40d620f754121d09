package org.crmkernel.activity;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * Activities: tasks, calls, meetings, e-mails and notes regarding an account, contact, lead or
 * deal. Every write is one transaction with its audit entries and events; it names the version it
 * read ({@link org.crmkernel.model.error.StaleVersionException} otherwise) and bad input fails
 * with a {@link org.crmkernel.model.error.CrmValidationException} listing every problem, with
 * nothing written.
 *
 * <p>Activities are owned records with privileges like any other kind: a user session needs read
 * on an activity to see it, write to change it, assign to give it another owner, delete to
 * delete it; creating one needs create on it, append on it and append-to on the record it
 * regards, as does pointing it at another record. A completed or cancelled activity is
 * read-only until it is reopened, as in Dynamics 365; archiving, restoring, assigning and
 * deleting work in any status. When the record an activity regards is deleted, the activity is
 * deleted with it.
 */
public interface ActivityService {

  /**
   * Creates an open activity from {@code draft}. Without an owner in the draft, a user session's
   * user owns it; a system session must name one.
   *
   * @throws org.crmkernel.model.error.CrmValidationException listing every problem, among them
   *     {@code regarding}/{@code unknown_record} when the regarded record does not exist in this
   *     tenant and {@code dueAt}/{@code note} when a note is given a due time
   */
  Activity create(ActivityDraft draft);

  /**
   * Applies {@code edit} to a draft of the open activity at {@code expectedVersion}, checks it and
   * stores it as the next version, auditing each changed field. A changed owner is an assignment
   * (needs assign); an empty owner keeps the current one. A new due time makes a new reminder due.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the activity is closed ({@code
   *     status}/{@code closed}), the type changed ({@code type}/{@code fixed}) or the draft is bad
   */
  Activity update(ActivityId id, long expectedVersion, UnaryOperator<ActivityDraft.Builder> edit);

  /** The activity with {@code id}, if it exists in this tenant. */
  Optional<Activity> find(ActivityId id);

  /**
   * The activity with {@code id}.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if it does not exist in this tenant
   */
  Activity get(ActivityId id);

  /** One page of active (not archived) activities matching the query, of those the session may read. */
  Page<Activity> list(Query<Activity> query);

  /** One page of activities matching the query, archived ones included. */
  Page<Activity> listIncludingArchived(Query<Activity> query);

  /** How many active activities the session may read match {@code filter}. */
  long count(Filter<Activity> filter);

  /**
   * Marks an open activity completed now.
   *
   * @throws org.crmkernel.model.error.CrmValidationException {@code status}/{@code
   *     already_completed} if it is completed, {@code status}/{@code closed} if it was cancelled
   */
  Activity complete(ActivityId id, long expectedVersion);

  /**
   * Cancels an open activity now.
   *
   * @throws org.crmkernel.model.error.CrmValidationException {@code status}/{@code
   *     already_cancelled} if it is cancelled, {@code status}/{@code closed} if it was completed
   */
  Activity cancel(ActivityId id, long expectedVersion);

  /**
   * Opens a completed or cancelled activity again. A reminder already sent for its due time is not
   * sent again.
   *
   * @throws org.crmkernel.model.error.CrmValidationException {@code status}/{@code already_open}
   *     if it is open
   */
  Activity reopen(ActivityId id, long expectedVersion);

  /**
   * Moves an open activity's due time to {@code dueAt}; a reminder becomes due for the new time.
   *
   * @throws org.crmkernel.model.error.CrmValidationException {@code status}/{@code closed} if the
   *     activity is completed or cancelled, {@code dueAt}/{@code note} if it is a note
   */
  Activity reschedule(ActivityId id, long expectedVersion, Instant dueAt);

  /**
   * Makes {@code owner} (an active user, or an owner team) the owner; the owning business unit
   * becomes the owner's unit. Needs assign on the activity.
   */
  Activity assignOwner(ActivityId id, long expectedVersion, Owner owner);

  /** Archives the activity: it drops out of lists and reminders but can be restored. */
  Activity archive(ActivityId id, long expectedVersion);

  /** Restores an archived activity. */
  Activity restore(ActivityId id, long expectedVersion);

  /** Deletes the activity for good, with its shares. */
  void delete(ActivityId id, long expectedVersion);
}
