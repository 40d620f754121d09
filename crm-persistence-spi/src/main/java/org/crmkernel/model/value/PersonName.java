package org.crmkernel.model.value;

import java.util.Optional;
import java.util.StringJoiner;
import org.crmkernel.model.error.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A person's name in parts. The last name is required (as in Salesforce and Dynamics); the other
 * parts are optional. Parts follow {@link Texts}.
 */
public record PersonName(
    Optional<String> salutation,
    Optional<String> firstName,
    Optional<String> middleName,
    String lastName,
    Optional<String> suffix) {

  /** Limits in characters. */
  public static final int MAX_PART = 80, MAX_SALUTATION = 40;

  /**
   * Validates every part, listing all problems. A null last name, or a null instead of an
   * empty Optional, is a {@code required} violation at that part's path.
   */
  public PersonName {
    Violations v = new Violations();
    salutation = Texts.optional(salutation, "salutation", MAX_SALUTATION, v);
    firstName = Texts.optional(firstName, "firstName", MAX_PART, v);
    middleName = Texts.optional(middleName, "middleName", MAX_PART, v);
    String last = Texts.required(lastName, "lastName", MAX_PART, v);
    suffix = Texts.optional(suffix, "suffix", MAX_SALUTATION, v);
    v.throwIfAny();
    lastName = last;
  }

  /** A first and last name; a null first name counts as none. */
  public static PersonName of(@Nullable String firstName, @Nullable String lastName) {
    return new PersonName(Optional.empty(), Optional.ofNullable(firstName), Optional.empty(), lastName, Optional.empty());
  }

  /** The name as people write it: {@code Dr. Ada M. Lovelace Jr.}. */
  public String displayName() {
    StringJoiner joiner = new StringJoiner(" ");
    salutation.ifPresent(joiner::add);
    firstName.ifPresent(joiner::add);
    middleName.ifPresent(joiner::add);
    joiner.add(lastName);
    suffix.ifPresent(joiner::add);
    return joiner.toString();
  }

  @Override
  public String toString() {
    return displayName();
  }
}
