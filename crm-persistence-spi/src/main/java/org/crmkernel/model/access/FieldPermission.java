package org.crmkernel.model.access;

/** What a field security profile allows on one secured field. */
public record FieldPermission(boolean read, boolean update) {

  /** Neither read nor update. */
  public static final FieldPermission NONE = new FieldPermission(false, false);
  /** Read only. */
  public static final FieldPermission READ = new FieldPermission(true, false);
  /** Read and update. */
  public static final FieldPermission READ_UPDATE = new FieldPermission(true, true);

  /** The union of two permissions: profiles combine by the most permissive. */
  public FieldPermission or(FieldPermission other) {
    return new FieldPermission(read || other.read, update || other.update);
  }
}
