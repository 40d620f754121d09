/**
 * The storage contract: the immutable data model ({@code org.crmkernel.model.*}) and the store
 * and host SPIs ({@code org.crmkernel.spi.*}). Third-party adapters compile against this module
 * alone.
 */
module org.crmkernel.spi {
  requires static org.jspecify;
  requires transitive com.google.i18n.phonenumbers.libphonenumber;

  exports org.crmkernel.model.id;
  exports org.crmkernel.model.error;
  exports org.crmkernel.model.value;
  exports org.crmkernel.model.record;
  exports org.crmkernel.model.field;
  exports org.crmkernel.model.customer;
  exports org.crmkernel.model.directory;
  exports org.crmkernel.model.audit;
  exports org.crmkernel.model.event;
  exports org.crmkernel.model.tenant;
  exports org.crmkernel.model.access;
  exports org.crmkernel.model.pipeline;
  exports org.crmkernel.model.activity;
  exports org.crmkernel.model.assignment;
  exports org.crmkernel.spi;
  exports org.crmkernel.spi.query;
  exports org.crmkernel.spi.access;
}
