package org.crmkernel.dedup;

import java.util.Optional;

/** An enum constant of the rules with the lower-camel name that rules JSON uses for it. */
interface JsonNamed {

  /** The name used in rules JSON. */
  String jsonName();

  /** The constant of {@code constants} whose JSON name or constant name is {@code name}, ignoring case. */
  static <E extends Enum<E> & JsonNamed> Optional<E> find(E[] constants, String name) {
    for (E constant : constants) {
      if (constant.jsonName().equalsIgnoreCase(name) || constant.name().equalsIgnoreCase(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
