package org.crmkernel.model.directory;

import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** The fields business units, users and teams can be filtered and sorted by. */
public final class DirectoryFields {

  /** A unit's id. */
  public static final StandardField<BusinessUnit, UUID> UNIT_ID =
      StandardField.required(RecordKind.BUSINESS_UNIT, "id", UUID.class, u -> u.id().value());
  /** A unit's name. */
  public static final StandardField<BusinessUnit, String> UNIT_NAME =
      StandardField.required(RecordKind.BUSINESS_UNIT, "name", String.class, BusinessUnit::name);
  /** A unit's parent's id. */
  public static final StandardField<BusinessUnit, UUID> UNIT_PARENT_ID =
      StandardField.single(RecordKind.BUSINESS_UNIT, "parentId", UUID.class, u -> u.parentId().map(p -> p.value()));
  /** Whether a unit is active. */
  public static final StandardField<BusinessUnit, Boolean> UNIT_ACTIVE =
      StandardField.required(RecordKind.BUSINESS_UNIT, "active", Boolean.class, BusinessUnit::active);

  /** A user's id. */
  public static final StandardField<User, UUID> USER_ID =
      StandardField.required(RecordKind.USER, "id", UUID.class, u -> u.id().value());
  /** A user's full name. */
  public static final StandardField<User, String> USER_NAME =
      StandardField.required(RecordKind.USER, "fullName", String.class, User::fullName);
  /** A user's e-mail address, lower-cased. */
  public static final StandardField<User, String> USER_EMAIL =
      StandardField.required(RecordKind.USER, "email", String.class, u -> u.email().matchKey());
  /** A user's business unit. */
  public static final StandardField<User, UUID> USER_UNIT_ID =
      StandardField.required(RecordKind.USER, "businessUnitId", UUID.class, u -> u.businessUnitId().value());
  /** A user's manager. */
  public static final StandardField<User, UUID> USER_MANAGER_ID =
      StandardField.single(RecordKind.USER, "managerId", UUID.class, u -> u.managerId().map(m -> m.value()));
  /** Whether a user is active. */
  public static final StandardField<User, Boolean> USER_ACTIVE =
      StandardField.required(RecordKind.USER, "active", Boolean.class, User::active);

  /** Every role a user holds. */
  public static final StandardField<User, UUID> USER_ROLE_ID =
      StandardField.multi(RecordKind.USER, "roleId", UUID.class, u -> u.roleIds().stream().map(r -> r.value()).toList());
  /** A team's id. */
  public static final StandardField<Team, UUID> TEAM_ID =
      StandardField.required(RecordKind.TEAM, "id", UUID.class, t -> t.id().value());
  /** A team's name. */
  public static final StandardField<Team, String> TEAM_NAME =
      StandardField.required(RecordKind.TEAM, "name", String.class, Team::name);
  /** A team's type, as the enum constant's name. */
  public static final StandardField<Team, String> TEAM_TYPE =
      StandardField.required(RecordKind.TEAM, "type", String.class, t -> t.type().name());
  /** A team's business unit. */
  public static final StandardField<Team, UUID> TEAM_UNIT_ID =
      StandardField.required(RecordKind.TEAM, "businessUnitId", UUID.class, t -> t.businessUnitId().value());
  /** Every member's id. */
  public static final StandardField<Team, UUID> TEAM_MEMBER_ID =
      StandardField.multi(RecordKind.TEAM, "memberId", UUID.class, t -> t.members().stream().map(m -> m.value()).toList());

  /** Every role an owner team holds. */
  public static final StandardField<Team, UUID> TEAM_ROLE_ID =
      StandardField.multi(RecordKind.TEAM, "roleId", UUID.class, t -> t.roleIds().stream().map(r -> r.value()).toList());
  /** The business unit fields. */
  public static final List<StandardField<BusinessUnit, ?>> UNIT_FIELDS = List.of(UNIT_ID, UNIT_NAME, UNIT_PARENT_ID, UNIT_ACTIVE);
  /** The user fields. */
  public static final List<StandardField<User, ?>> USER_FIELDS =
      List.of(USER_ID, USER_NAME, USER_EMAIL, USER_UNIT_ID, USER_MANAGER_ID, USER_ACTIVE, USER_ROLE_ID);
  /** The team fields. */
  public static final List<StandardField<Team, ?>> TEAM_FIELDS = List.of(TEAM_ID, TEAM_NAME, TEAM_TYPE, TEAM_UNIT_ID, TEAM_MEMBER_ID, TEAM_ROLE_ID);

  private DirectoryFields() {}
}
