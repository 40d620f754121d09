package org.crmkernel.customer.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.access.AccessScope;

/**
 * What field security leaves one user of one kind: the secured fields (standard fields the
 * tenant secured, and sensitive custom fields) they may not read, and those they may not update.
 * The system sees and writes everything.
 */
record FieldAccess(Set<String> unreadable, Set<String> unwritable) {

  static final FieldAccess ALL = new FieldAccess(Set.of(), Set.of());

  static FieldAccess of(Optional<AccessScope> scope, RecordKind kind, List<FieldDefinition> definitions) {
    if (scope.isEmpty()) {
      return ALL;
    }
    AccessSettings settings = scope.get().settings();
    Set<String> unreadable = new HashSet<>();
    Set<String> unwritable = new HashSet<>();
    for (FieldKey secured : settings.securedFields()) {
      if (secured.kind() == kind) {
        add(scope.get().securedFieldPermission(secured), secured.field(), unreadable, unwritable);
      }
    }
    for (FieldDefinition definition : definitions) {
      if (definition.sensitive()) {
        FieldKey key = new FieldKey(kind, definition.path());
        add(scope.get().securedFieldPermission(key), definition.path(), unreadable, unwritable);
      }
    }
    return unreadable.isEmpty() && unwritable.isEmpty() ? ALL : new FieldAccess(Set.copyOf(unreadable), Set.copyOf(unwritable));
  }

  private static void add(FieldPermission permission, String field, Set<String> unreadable, Set<String> unwritable) {
    if (!permission.read()) {
      unreadable.add(field);
    }
    if (!permission.update()) {
      unwritable.add(field);
    }
  }

  /**
   * The record field a query field reads: the same name, or the list or address it is taken
   * from ({@code email} from {@code emails}, {@code city} from the addresses, a deal's {@code
   * currency} from its amount).
   */
  static String recordFieldOf(RecordKind kind, String queryField) {
    return switch (queryField) {
      case "email" -> "emails";
      case "phone" -> "phones";
      case "city", "country", "postalCode" -> kind == RecordKind.LEAD ? "address" : "addresses";
      case "annualRevenueCurrency" -> "annualRevenue";
      case "currency" -> kind == RecordKind.DEAL ? "amount" : queryField;
      default -> queryField;
    };
  }
}
