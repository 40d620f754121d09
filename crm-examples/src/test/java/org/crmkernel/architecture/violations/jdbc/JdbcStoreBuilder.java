package org.crmkernel.architecture.violations.jdbc;

import org.crmkernel.architecture.violations.jdbc.internal.Dialect;
import org.crmkernel.architecture.violations.pipeline.PipelineService;

/** Violates: crm-jdbc depends on crm-core. Its use of its own internal dialect is fine. */
public final class JdbcStoreBuilder {
  /** Builds. */
  public String build() {
    return Dialect.H2.name() + new PipelineService().stages();
  }
}
