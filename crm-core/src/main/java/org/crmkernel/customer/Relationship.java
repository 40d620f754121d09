package org.crmkernel.customer;

import org.crmkernel.model.id.RecordKind;

/** A parent-child relationship between customer records that an assignment can cascade along. */
public enum Relationship {
  /** An account's contacts. */
  ACCOUNT_CONTACTS(RecordKind.ACCOUNT, RecordKind.CONTACT),
  /** An account's child accounts (and theirs, recursively). */
  ACCOUNT_CHILD_ACCOUNTS(RecordKind.ACCOUNT, RecordKind.ACCOUNT),
  /** An account's deals (each reassignment is recorded in the deal's history). */
  ACCOUNT_DEALS(RecordKind.ACCOUNT, RecordKind.DEAL);

  private final RecordKind parent;
  private final RecordKind child;

  Relationship(RecordKind parent, RecordKind child) {
    this.parent = parent;
    this.child = child;
  }

  /** The kind of the parent record. */
  public RecordKind parent() {
    return parent;
  }

  /** The kind of the related records. */
  public RecordKind child() {
    return child;
  }
}
