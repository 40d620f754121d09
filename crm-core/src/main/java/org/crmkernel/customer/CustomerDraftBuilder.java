package org.crmkernel.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.jspecify.annotations.Nullable;
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

  /** The owner: an active user or an owner team; null for none (a user session's user then owns it). */
  public B owner(@Nullable Owner owner) {
    this.owner = Optional.ofNullable(owner);
    return self();
  }

  /** Adds an e-mail address. */
  public B email(String email) {
    emails.add(Arguments.present(email, "emails"));
    return self();
  }

  /** Replaces the e-mail addresses. */
  public B emails(List<String> emails) {
    this.emails = new ArrayList<>(Arguments.list(emails, "emails"));
    return self();
  }

  /** Adds a phone number as typed, such as {@code (030) 123456} or {@code +1 415 555 2671}. */
  public B phone(String phone) {
    phones.add(Arguments.present(phone, "phones"));
    return self();
  }

  /** Replaces the phone numbers. */
  public B phones(List<String> phones) {
    this.phones = new ArrayList<>(Arguments.list(phones, "phones"));
    return self();
  }

  /**
   * Sets custom field {@code apiName}: a {@code String}, number, {@code Boolean}, {@code
   * LocalDate}, {@code Instant}, {@code Money}, collection of choices, or a {@code FieldValue};
   * null clears it.
   */
  public B custom(String apiName, @Nullable Object value) {
    custom.put(Arguments.present(apiName, "custom"), value == null ? Optional.empty() : value);
    return self();
  }

  /** Clears custom field {@code apiName}. */
  public B clearCustom(String apiName) {
    custom.put(Arguments.present(apiName, "custom"), Optional.empty());
    return self();
  }
}
