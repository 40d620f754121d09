package org.crmkernel.dedup;

/**
 * Duplicate scans of a tenant's records through a session. For now only the system session
 * may scan: a scan reads every record of a kind, beyond any one user's visibility.
 */
public interface DuplicateService {

  /** A scan of the tenant's active records of {@code kind}, with the kind's default rules until told otherwise. */
  DuplicateScan scan(DuplicateKind kind);
}
