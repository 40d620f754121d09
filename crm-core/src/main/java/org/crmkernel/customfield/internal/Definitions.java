package org.crmkernel.customfield.internal;

import java.util.List;
import java.util.Optional;
import org.crmkernel.customfield.FieldService;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldDefinitionFields;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/** Reads a tenant's field definitions inside a unit of work. */
public final class Definitions {

  private Definitions() {}

  /** Every definition on {@code kind}, retired ones included, by API name. */
  public static List<FieldDefinition> of(StoreTransaction tx, TenantId tenant, RecordKind kind) {
    Query<FieldDefinition> query = new Query<>(Filter.eq(FieldDefinitionFields.RECORD_KIND, kind.name()),
        Sort.by(FieldDefinitionFields.API_NAME), FieldService.MAX_FIELDS_PER_KIND, Optional.empty());
    return tx.fieldDefinitions().query(tenant, query).items();
  }

  /** The definition named {@code apiName} on {@code kind}, if any. */
  public static Optional<FieldDefinition> named(StoreTransaction tx, TenantId tenant, RecordKind kind, String apiName) {
    Query<FieldDefinition> query = new Query<>(Filter.and(Filter.eq(FieldDefinitionFields.RECORD_KIND, kind.name()),
        Filter.eq(FieldDefinitionFields.API_NAME, apiName)), Sort.byId(), 1, Optional.empty());
    return tx.fieldDefinitions().query(tenant, query).items().stream().findFirst();
  }
}
