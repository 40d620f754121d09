package org.crmkernel.examples.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.examples.demo.DemoStore;
import org.crmkernel.examples.demo.DemoStoreException;
import org.crmkernel.examples.demo.JdbcDemoStore;

/** The store {@code crm demo} runs on, as chosen on the command line; {@link #open} opens it. */
sealed interface StoreChoice {

  /** Where the embedded H2 database lives, under the working directory. */
  String EMBEDDED_DIRECTORY = "crm-data";

  /**
   * Opens the store, resolving relative paths against {@code workingDirectory}.
   *
   * @throws CommandLineException if the database cannot be opened
   */
  DemoStore open(Path workingDirectory);

  /** {@code --store memory}: the in-memory store. */
  record InMemory() implements StoreChoice {
    @Override
    public DemoStore open(Path workingDirectory) {
      return DemoStore.inMemory();
    }
  }

  /** The default: the demo's own H2 file database under {@value #EMBEDDED_DIRECTORY}, emptied first. */
  record EmbeddedH2() implements StoreChoice {
    @Override
    public DemoStore open(Path workingDirectory) {
      try {
        return JdbcDemoStore.embeddedH2(workingDirectory.resolve(EMBEDDED_DIRECTORY));
      } catch (DemoStoreException e) {
        throw new CommandLineException(e.getMessage(), CommandLineException.INVALID);
      }
    }
  }

  /** {@code --db URL}: a database of the user's, where the demo deletes nothing. */
  record Database(String url, Optional<String> user, Optional<String> password) implements StoreChoice {

    /** Rejects missing parts. */
    public Database {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public DemoStore open(Path workingDirectory) {
      try {
        return JdbcDemoStore.database(url, user, password);
      } catch (DemoStoreException | IllegalArgumentException e) {
        throw new CommandLineException(e.getMessage(), CommandLineException.INVALID);
      }
    }

    /** Names the URL without its password, and never the password given apart. */
    @Override
    public String toString() {
      return "Database[" + JdbcDemoStore.withoutPassword(url) + ", user " + user.orElse("from the URL")
          + (password.isPresent() ? ", password given" : "") + "]";
    }
  }
}
