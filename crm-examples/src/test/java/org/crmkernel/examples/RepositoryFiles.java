package org.crmkernel.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files of the repository, wherever the tests run from (the module or the root). */
final class RepositoryFiles {

  private RepositoryFiles() {}

  /** The repository's root: the nearest directory up from here that holds crm-examples. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("crm-examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no crm-examples directory above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The text of {@code relative}, a path from the root. */
  static String read(String relative) {
    try {
      return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
