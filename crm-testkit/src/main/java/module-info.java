/**
 * The testkit: the in-memory store ({@code memory}), the store contract suite that every adapter
 * runs ({@code contract}) and fixtures for host test suites ({@code fixtures}). Test frameworks
 * are required because the contract suite ships in main scope.
 */
module org.crmkernel.testkit {
  requires transitive org.crmkernel.spi;
  requires static org.jspecify;
  requires org.junit.jupiter.api;
  requires org.junit.jupiter.params;
  requires net.jqwik.api;
  requires org.assertj.core;

  exports org.crmkernel.testkit.memory;
  exports org.crmkernel.testkit.fixtures;
  exports org.crmkernel.testkit.contract;
}
