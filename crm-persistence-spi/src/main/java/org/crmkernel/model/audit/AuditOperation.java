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
  RETIRE
}
