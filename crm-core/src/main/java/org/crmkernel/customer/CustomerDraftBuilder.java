package org.crmkernel.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.record.Owner;

/**
 * What the customer draft builders share: owner, e-mail addresses, phone numbers (as typed;
 * the kernel reads them with the tenant's default region) and custom field values.
 *
 * @param <B> the concrete builder
 */
public abstract class CustomerDraftBuilder<B extends CustomerDraftBuilder<B>> {

  Optional<Owner> owner = Optional.empty();
  List<String> emails = new ArrayList<>();
  List<String> phones = new ArrayList<>();
  Map<String, Object> custom = new HashMap<>();

  CustomerDraftBuilder() {}

  /** The concrete builder. */
  abstract B self();

  /** The owner: an active user or an owner team. */
  public B owner(Owner owner) {
    this.owner = Optional.of(owner);
    return self();
  }

  /** Adds an e-mail address. */
  public B email(String email) {
    emails.add(Objects.requireNonNull(email, "email"));
    return self();
  }

  /** Replaces the e-mail addresses. */
  public B emails(List<String> emails) {
    this.emails = new ArrayList<>(emails);
    return self();
  }

  /** Adds a phone number as typed, such as {@code (030) 123456} or {@code +1 415 555 2671}. */
  public B phone(String phone) {
    phones.add(Objects.requireNonNull(phone, "phone"));
    return self();
  }

  /** Replaces the phone numbers. */
  public B phones(List<String> phones) {
    this.phones = new ArrayList<>(phones);
    return self();
  }

  /**
   * Sets custom field {@code apiName}: a {@code String}, number, {@code Boolean}, {@code
   * LocalDate}, {@code Instant}, {@code Money}, collection of choices, or a {@code FieldValue}.
   */
  public B custom(String apiName, Object value) {
    custom.put(Objects.requireNonNull(apiName, "apiName"), Objects.requireNonNull(value, "value"));
    return self();
  }

  /** Clears custom field {@code apiName}. */
  public B clearCustom(String apiName) {
    custom.put(Objects.requireNonNull(apiName, "apiName"), Optional.empty());
    return self();
  }
}
