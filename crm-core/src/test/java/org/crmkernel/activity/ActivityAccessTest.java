package org.crmkernel.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.activity.ActivityStatus;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User sessions: activities are an owned kind, checked like any other; lists and reminders cover what the user may touch. */
class ActivityAccessTest extends ActivityTestSupport {

  User rob;
  User oli;
  Account robs;
  RoleId rep;

  @BeforeEach
  void organisation() {
    rob = user("Rob Rep");
    oli = user("Oli Other");
    robs = session.accounts().create(AccountDraft.builder("Rob's Deli").owner(Owner.user(rob.id())).build());
    rep = role("Rep", RoleGrants.none().withAll(RecordKind.ACTIVITY, AccessDepth.USER)
        .withAll(RecordKind.ACCOUNT, AccessDepth.USER));
    sink.clear();
  }

  private Activity taskOf(User user, String subject) {
    return session.activities().create(ActivityDraft.builder(ActivityType.TASK, subject, robs.ref())
        .dueAt(START.plus(Duration.ofMinutes(10))).owner(Owner.user(user.id())).build());
  }

  private void assertDenied(Runnable call, User user, Privilege privilege) {
    long activities = storedActivities();
    long denials = deniedCount();
    assertThatThrownBy(call::run).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
      assertThat(e.user()).isEqualTo(user.id());
      assertThat(e.privilege()).isEqualTo(privilege.label());
    });
    assertThat(storedActivities()).isEqualTo(activities);
    assertThat(deniedCount()).isEqualTo(denials + 1);
  }

  private long deniedCount() {
    return session.audit().count(Filter.eq(AuditFields.OPERATION, AuditOperation.ACCESS_DENIED.name()));
  }

  @Test
  void aUserWithoutRolesIsDeniedAndTheDenialIsAudited() {
    assertDenied(() -> as(rob).activities().create(ActivityDraft.builder(ActivityType.CALL, "Call", robs.ref()).build()),
        rob, Privilege.CREATE);

    AuditEntry denial = session.audit().query(Filter.eq(AuditFields.OPERATION, AuditOperation.ACCESS_DENIED.name()), 10,
        Optional.empty()).items().get(0);
    assertThat(denial.actor().describe()).isEqualTo("user:" + rob.id());
    assertThat(denial.record().kind()).isEqualTo(RecordKind.ACTIVITY);
    assertThat(sink.events()).isEmpty();
  }

  @Test
  void aUserOwnsWhatTheyCreateAndListsShowOnlyWhatTheyMayRead() {
    giveRoles(rob, rep);
    Activity own = as(rob).activities().create(ActivityDraft.builder(ActivityType.CALL, "Call", robs.ref()).build());
    Activity others = taskOf(oli, "Oli's task");

    assertThat(own.ownership().owner()).isEqualTo(Owner.user(rob.id()));
    assertThat(as(rob).activities().list(Query.of(Filter.all(), Sort.by(ActivityFields.SUBJECT))).items())
        .extracting(Activity::id).containsExactly(own.id());
    assertThat(as(rob).activities().listIncludingArchived(Query.of(Filter.all(), Sort.byId())).items())
        .extracting(Activity::id).containsExactly(own.id());
    assertThat(as(rob).activities().count(Filter.all())).isEqualTo(1);
    assertThat(session.activities().count(Filter.all())).isEqualTo(2);
    assertDenied(() -> as(rob).activities().get(others.id()), rob, Privilege.READ);
    assertDenied(() -> as(rob).activities().find(others.id()), rob, Privilege.READ);
    assertDenied(() -> as(rob).activities().complete(others.id(), others.version()), rob, Privilege.READ);
  }

  @Test
  void attachingAnActivityNeedsAppendOnItAndAppendToOnTheRegardedRecord() {
    Account acmeOfOwner = acme;
    giveRoles(rob, role("Reader of accounts", RoleGrants.none().withAll(RecordKind.ACTIVITY, AccessDepth.USER)
        .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.ORGANIZATION)));
    assertDenied(() -> as(rob).activities().create(ActivityDraft.builder(ActivityType.TASK, "Visit", acmeOfOwner.ref())
        .build()), rob, Privilege.APPEND_TO);

    giveRoles(rob, rep);
    Activity own = as(rob).activities().create(ActivityDraft.builder(ActivityType.TASK, "Visit", robs.ref()).build());
    assertDenied(() -> as(rob).activities().update(own.id(), own.version(), b -> b.regarding(acmeOfOwner.ref())), rob,
        Privilege.APPEND_TO);

    giveRoles(rob, role("No append", RoleGrants.none().withAll(RecordKind.ACCOUNT, AccessDepth.USER)
        .with(RecordKind.ACTIVITY, Privilege.CREATE, AccessDepth.USER)
        .with(RecordKind.ACTIVITY, Privilege.READ, AccessDepth.USER)));
    assertDenied(() -> as(rob).activities().create(ActivityDraft.builder(ActivityType.TASK, "Visit", robs.ref()).build()),
        rob, Privilege.APPEND);
  }

  @Test
  void changingNeedsWriteAssigningNeedsAssignAndDeletingNeedsDelete() {
    giveRoles(rob, role("Activity reader", RoleGrants.none().with(RecordKind.ACTIVITY, Privilege.READ, AccessDepth.USER)));
    Activity task = taskOf(rob, "Rob's task");

    assertDenied(() -> as(rob).activities().complete(task.id(), task.version()), rob, Privilege.WRITE);
    assertDenied(() -> as(rob).activities().reschedule(task.id(), task.version(), START), rob, Privilege.WRITE);
    assertDenied(() -> as(rob).activities().update(task.id(), task.version(), b -> b.subject("Mine")), rob, Privilege.WRITE);
    assertDenied(() -> as(rob).activities().archive(task.id(), task.version()), rob, Privilege.WRITE);
    assertDenied(() -> as(rob).activities().assignOwner(task.id(), task.version(), Owner.user(oli.id())), rob,
        Privilege.ASSIGN);
    assertDenied(() -> as(rob).activities().delete(task.id(), task.version()), rob, Privilege.DELETE);
    assertThat(stored(task)).isEqualTo(task);

    giveRoles(rob, role("Activity writer", RoleGrants.none().with(RecordKind.ACTIVITY, Privilege.READ, AccessDepth.USER)
        .with(RecordKind.ACTIVITY, Privilege.WRITE, AccessDepth.USER)));
    assertDenied(() -> as(rob).activities().update(task.id(), task.version(), b -> b.owner(Owner.user(oli.id()))), rob,
        Privilege.ASSIGN);
    Activity done = as(rob).activities().complete(task.id(), task.version());
    assertThat(done.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(historyOf(task.ref()).get(historyOf(task.ref()).size() - 1).actor().describe())
        .isEqualTo("user:" + rob.id());
  }

  @Test
  void aUserSessionRemindsOnlyWhatTheUserMayReadAndWrite() {
    Activity robsTask = taskOf(rob, "Rob's task");
    Activity olisTask = taskOf(oli, "Oli's task");
    giveRoles(rob, role("Activity reader", RoleGrants.none().with(RecordKind.ACTIVITY, Privilege.READ, AccessDepth.USER)));

    assertThat(as(rob).reminders().sendDueReminders(Duration.ofHours(1)).sent()).isZero();

    giveRoles(rob, rep);
    assertThat(as(rob).reminders().sendDueReminders(Duration.ofHours(1)).reminded()).containsExactly(robsTask.id());
    assertThat(session.reminders().sendDueReminders(Duration.ofHours(1)).reminded()).containsExactly(olisTask.id());
    assertThat(List.of(stored(robsTask).remindedFor(), stored(olisTask).remindedFor()))
        .containsExactly(robsTask.dueAt(), olisTask.dueAt());
  }
}
