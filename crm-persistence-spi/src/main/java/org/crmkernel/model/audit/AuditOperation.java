package org.crmkernel.model.audit;

/** What an audited change did. */
public enum AuditOperation {
  CREATE,
  UPDATE,
  ARCHIVE,
  RESTORE,
  DELETE,
  ASSIGN,
  LINK,
  /** A record was shared with a user or team. */
  SHARE,
  /** The rights of a share were changed. */
  MODIFY_SHARE,
  /** A share was revoked. */
  REVOKE_SHARE,
  /** A user session was denied something; the entry names the privilege. */
  ACCESS_DENIED,
  RETIRE,
  /** A deal moved to another stage, or was closed or reopened. */
  MOVE_STAGE,
  /** A lead was qualified or disqualified. */
  QUALIFY,
  /** A lead was converted into an account, contact and deal. */
  CONVERT,
  /** An activity was completed, cancelled or reopened. */
  COMPLETE,
  /** A reminder of an activity was sent. */
  REMIND
}
