package org.crmkernel.bench.dedup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the shared dedup data directory for tests, which run with crm-bench as working directory. */
final class DedupData {

  private DedupData() {}

  /**
   * The directory named by the {@code dedup.data} system property, else {@code
   * ../shared/data/dedup} seen from the module or from the repository root, if it exists.
   */
  static Optional<Path> directory() {
    String property = System.getProperty("dedup.data");
    Stream<Path> candidates =
        property != null
            ? Stream.of(Path.of(property))
            : Stream.of(Path.of("../../shared/data/dedup"), Path.of("../shared/data/dedup"));
    return candidates.filter(Files::isDirectory).findFirst();
  }
}
