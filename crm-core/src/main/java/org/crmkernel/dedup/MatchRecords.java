package org.crmkernel.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.value.PostalAddress;

/**
 * The match view of the kernel's customer records: the field names the default rules use
 * ({@code firstName}, {@code lastName}, {@code email}, {@code phone}, {@code birthDate}, {@code
 * address.street}, {@code address.city}, {@code address.region}, {@code address.postalCode},
 * {@code address.country}, {@code name}, {@code website}, {@code company}, ...), and each custom
 * field under its API name. Multi-valued fields give their first (primary) value.
 */
public final class MatchRecords {

  private MatchRecords() {}

  /** A contact as a match record. */
  public static MatchRecord contact(Contact contact) {
    Map<String, String> values = new LinkedHashMap<>();
    contact.name().firstName().ifPresent(v -> values.put("firstName", v));
    contact.name().middleName().ifPresent(v -> values.put("middleName", v));
    values.put("lastName", contact.name().lastName());
    contact.jobTitle().ifPresent(v -> values.put("jobTitle", v));
    contact.birthDate().ifPresent(v -> values.put("birthDate", v.toString()));
    if (!contact.emails().isEmpty()) {
      values.put("email", contact.emails().get(0).address());
    }
    if (!contact.phones().isEmpty()) {
      values.put("phone", contact.phones().get(0).e164());
    }
    if (!contact.addresses().isEmpty()) {
      address(contact.addresses().get(0), values);
    }
    contact.accountId().ifPresent(v -> values.put("accountId", v.value().toString()));
    custom(contact.customFields(), values);
    return new MatchRecord(contact.id().value().toString(), values);
  }

  /** A lead as a match record. */
  public static MatchRecord lead(Lead lead) {
    Map<String, String> values = new LinkedHashMap<>();
    lead.name().firstName().ifPresent(v -> values.put("firstName", v));
    lead.name().middleName().ifPresent(v -> values.put("middleName", v));
    values.put("lastName", lead.name().lastName());
    lead.company().ifPresent(v -> values.put("company", v));
    lead.jobTitle().ifPresent(v -> values.put("jobTitle", v));
    if (!lead.emails().isEmpty()) {
      values.put("email", lead.emails().get(0).address());
    }
    if (!lead.phones().isEmpty()) {
      values.put("phone", lead.phones().get(0).e164());
    }
    lead.address().ifPresent(a -> address(a, values));
    lead.website().ifPresent(v -> values.put("website", v));
    lead.industry().ifPresent(v -> values.put("industry", v));
    custom(lead.customFields(), values);
    return new MatchRecord(lead.id().value().toString(), values);
  }

  /** An account as a match record. */
  public static MatchRecord account(Account account) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", account.name());
    account.website().ifPresent(v -> values.put("website", v));
    account.industry().ifPresent(v -> values.put("industry", v));
    if (!account.emails().isEmpty()) {
      values.put("email", account.emails().get(0).address());
    }
    if (!account.phones().isEmpty()) {
      values.put("phone", account.phones().get(0).e164());
    }
    if (!account.addresses().isEmpty()) {
      address(account.addresses().get(0), values);
    }
    custom(account.customFields(), values);
    return new MatchRecord(account.id().value().toString(), values);
  }

  private static void address(PostalAddress address, Map<String, String> values) {
    put(values, "address.street", address.street());
    put(values, "address.city", address.city());
    put(values, "address.region", address.region());
    put(values, "address.postalCode", address.postalCode());
    put(values, "address.country", address.countryCode());
  }

  private static void put(Map<String, String> values, String field, Optional<String> value) {
    value.ifPresent(v -> values.put(field, v));
  }

  private static void custom(CustomFields fields, Map<String, String> values) {
    fields.values().forEach((name, value) -> values.putIfAbsent(name, value.display()));
  }
}
