package org.crmkernel.customer.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmkernel.model.value.PostalAddress;

/** How customer values read in audit entries: every part visible, so no change goes unseen. */
final class AuditText {

  private AuditText() {}

  /**
   * An address as its labelled parts, such as {@code street=1 Main St\nSuite 5; city=Berlin;
   * postalCode=10115; countryCode=DE}: unlike a one-line rendering, two different addresses never
   * read alike.
   */
  static String address(PostalAddress address) {
    return Stream.of(part("street", address.street()), part("city", address.city()), part("region", address.region()),
            part("postalCode", address.postalCode()), part("countryCode", address.countryCode()))
        .flatMap(Optional::stream)
        .collect(Collectors.joining("; "));
  }

  private static Optional<String> part(String name, Optional<String> value) {
    return value.map(v -> name + "=" + v.replace("\n", "\\n"));
  }
}
