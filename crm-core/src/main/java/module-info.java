/**
 * The crmkernel kernel: the {@code Crm} front door, sessions, and the customer, custom field,
 * directory, access, pipeline, currency, lead assignment, audit and notification services.
 * Implementation packages ({@code ..internal}) are not exported.
 */
module org.crmkernel.core {
  requires transitive org.crmkernel.spi;
  requires transitive jakarta.validation;
  requires static org.jspecify;
  requires com.google.common;
  requires tools.jackson.databind;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires com.github.benmanes.caffeine;
  requires org.apache.commons.codec;

  exports org.crmkernel;
  exports org.crmkernel.access;
  exports org.crmkernel.activity;
  exports org.crmkernel.audit;
  exports org.crmkernel.customer;
  exports org.crmkernel.customfield;
  exports org.crmkernel.directory;
  exports org.crmkernel.notify;
  exports org.crmkernel.pipeline;
  exports org.crmkernel.currency;
  exports org.crmkernel.assignment;
  exports org.crmkernel.dedup;
  exports org.crmkernel.dedup.engine;

  // Hibernate Validator reads the drafts' constraints; Jackson writes the outbox JSON shapes.
  opens org.crmkernel.customer to org.hibernate.validator;
  opens org.crmkernel.customfield to org.hibernate.validator;
  opens org.crmkernel.pipeline to org.hibernate.validator;
  opens org.crmkernel.internal to tools.jackson.databind;
  opens org.crmkernel.dedup to tools.jackson.databind;
}
