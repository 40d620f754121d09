package org.crmkernel.model.customer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.value.Texts;

/** Checks shared by the customer records' constructors. */
final class CustomerChecks {

  /** At most this many addresses, phones or e-mails per record. */
  static final int MAX_ITEMS = 20;

  private CustomerChecks() {}

  /** Copies {@code items}, recording when there are too many or duplicates by {@code key}. */
  static <T> List<T> items(List<T> items, String path, Function<T, ?> key, Violations v) {
    List<T> copy = List.copyOf(items);
    v.check(copy.size() <= MAX_ITEMS, path, "too_many", "has " + copy.size() + " entries; the limit is " + MAX_ITEMS);
    var seen = new HashSet<Object>();
    for (int i = 0; i < copy.size(); i++) {
      if (!seen.add(key.apply(copy.get(i)))) {
        v.add(path + "[" + i + "]", "duplicate", "repeats an earlier entry");
      }
    }
    return copy;
  }

  /** Records a problem unless {@code count} is absent or between 0 and 10,000,000. */
  static void employeeCount(Optional<Integer> count, Violations v) {
    count.ifPresent(n -> v.check(n >= 0 && n <= 10_000_000, "employeeCount", "out_of_range",
        "must be between 0 and 10,000,000"));
  }

  /** Cleans an optional website, which must be an absolute http or https URL. */
  static Optional<String> website(Optional<String> website, Violations v) {
    Objects.requireNonNull(website, "website");
    Violations textual = new Violations();
    Optional<String> cleaned = Texts.optional(website, "website", 2048, textual);
    v.addAll(textual.list());
    if (textual.isEmpty()) {
      cleaned.ifPresent(url -> FieldDefinition.checkUrl(url, 2048, "website", v));
    }
    return cleaned;
  }
}
