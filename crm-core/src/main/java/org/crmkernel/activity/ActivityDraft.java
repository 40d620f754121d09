package org.crmkernel.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.activity.ActivityPriority;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.Owner;
import org.jspecify.annotations.Nullable;

/**
 * What a caller says about an activity. Status, completion and reminder bookkeeping are not part
 * of it: they change only by the business actions of {@link ActivityService}. The type is fixed
 * once the activity exists.
 *
 * @param regarding the account, contact, lead or deal the activity is about; it must exist in the
 *     tenant
 * @param dueAt a task's deadline, a call's or meeting's start; a note has none
 * @param duration how long a call or meeting takes, at most 31 days; a note has none
 * @param owner an active user or an owner team; empty for the acting user of a user session (a
 *     system session must name one)
 */
public record ActivityDraft(
    ActivityType type,
    String subject,
    Optional<String> description,
    RecordRef regarding,
    Optional<Instant> dueAt,
    Optional<Duration> duration,
    ActivityPriority priority,
    Optional<Owner> owner) {

  /** Rejects missing parts; the values themselves are checked when the draft is stored. */
  public ActivityDraft {
    Arguments.present(type, "type");
    Arguments.present(subject, "subject");
    Arguments.present(description, "description");
    Arguments.present(regarding, "regarding");
    Arguments.present(dueAt, "dueAt");
    Arguments.present(duration, "duration");
    Arguments.present(priority, "priority");
    Arguments.present(owner, "owner");
  }

  /** A builder for a new activity of {@code type} called {@code subject}, regarding {@code regarding}. */
  public static Builder builder(ActivityType type, String subject, RecordRef regarding) {
    return new Builder(type, subject, regarding);
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    Builder b = new Builder(type, subject, regarding);
    b.description = description;
    b.dueAt = dueAt;
    b.duration = duration;
    b.priority = priority;
    b.owner = owner;
    return b;
  }

  /**
   * Builds an {@link ActivityDraft}; setters reject null where a value is required, and {@code
   * Optional} setters take empty for none. The priority defaults to {@link ActivityPriority#NORMAL}.
   */
  public static final class Builder {
    private final ActivityType type;
    private String subject;
    private RecordRef regarding;
    private Optional<String> description = Optional.empty();
    private Optional<Instant> dueAt = Optional.empty();
    private Optional<Duration> duration = Optional.empty();
    private ActivityPriority priority = ActivityPriority.NORMAL;
    private Optional<Owner> owner = Optional.empty();

    private Builder(ActivityType type, String subject, RecordRef regarding) {
      this.type = Arguments.present(type, "type");
      this.subject = Arguments.present(subject, "subject");
      this.regarding = Arguments.present(regarding, "regarding");
    }

    /** The subject. */
    public Builder subject(String value) {
      subject = Arguments.present(value, "subject");
      return this;
    }

    /** The description; null or blank for none. */
    public Builder description(@Nullable String value) {
      description = Optional.ofNullable(value);
      return this;
    }

    /** The description, or none. */
    public Builder description(Optional<String> value) {
      description = Arguments.present(value, "description");
      return this;
    }

    /** The account, contact, lead or deal the activity is about. */
    public Builder regarding(RecordRef value) {
      regarding = Arguments.present(value, "regarding");
      return this;
    }

    /** When it is due. */
    public Builder dueAt(Instant value) {
      return dueAt(Optional.of(Arguments.present(value, "dueAt")));
    }

    /** When it is due, or none. */
    public Builder dueAt(Optional<Instant> value) {
      dueAt = Arguments.present(value, "dueAt");
      return this;
    }

    /** How long it takes. */
    public Builder duration(Duration value) {
      return duration(Optional.of(Arguments.present(value, "duration")));
    }

    /** How long it takes, or unknown. */
    public Builder duration(Optional<Duration> value) {
      duration = Arguments.present(value, "duration");
      return this;
    }

    /** The priority. */
    public Builder priority(ActivityPriority value) {
      priority = Arguments.present(value, "priority");
      return this;
    }

    /** The owner: an active user or an owner team; null for none (a user session's user then owns it). */
    public Builder owner(@Nullable Owner value) {
      owner = Optional.ofNullable(value);
      return this;
    }

    /** The owner, or none (a user session's user then owns it). */
    public Builder owner(Optional<Owner> value) {
      owner = Arguments.present(value, "owner");
      return this;
    }

    /** The draft. */
    public ActivityDraft build() {
      return new ActivityDraft(type, subject, description, regarding, dueAt, duration, priority, owner);
    }
  }
}
