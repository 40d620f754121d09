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
  RETIRE
}
