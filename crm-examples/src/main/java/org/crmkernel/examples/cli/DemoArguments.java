package org.crmkernel.examples.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.examples.demo.DemoSettings;
import org.crmkernel.examples.demo.JdbcDemoStore;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code [--seed N] [--customers N] [--store h2|memory] [--db JDBC_URL [--db-user USER]
 * [--db-password PASSWORD]]} (each also as {@code --name=value}) into a {@link DemoRequest}.
 */
final class DemoArguments {

  private static final List<String> OPTIONS =
      List.of("--seed", "--customers", "--store", "--db", "--db-user", "--db-password");

  private DemoArguments() {}

  static DemoRequest parse(List<String> args) {
    long seed = DemoSettings.DEFAULT_SEED;
    int customers = DemoSettings.DEFAULT_CUSTOMERS;
    @Nullable String store = null;
    @Nullable String url = null;
    @Nullable String user = null;
    @Nullable String password = null;
    for (Map.Entry<String, String> option : CommandOptions.read(args, "demo", OPTIONS, List.of()).entrySet()) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--seed" -> seed = number(name, value);
        case "--customers" -> customers = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(name, value)));
        case "--store" -> store = value.strip();
        case "--db" -> url = value.strip();
        case "--db-user" -> user = value;
        default -> password = value;
      }
    }
    DemoSettings settings;
    try {
      settings = new DemoSettings(seed, customers);
    } catch (IllegalArgumentException e) {
      throw new CommandLineException("--customers: " + e.getMessage(), CommandLineException.INVALID);
    }
    return new DemoRequest(settings, storeChoice(store, url, user, password));
  }

  private static StoreChoice storeChoice(@Nullable String store, @Nullable String url, @Nullable String user,
      @Nullable String password) {
    if (store != null && !store.equals("h2") && !store.equals("memory")) {
      throw new CommandLineException("--store takes h2 (the default) or memory, not '" + store + "'",
          CommandLineException.INVALID);
    }
    if (url == null) {
      if (user != null || password != null) {
        throw new CommandLineException((user != null ? "--db-user" : "--db-password") + " needs --db JDBC_URL",
            CommandLineException.INVALID);
      }
      return "memory".equals(store) ? new StoreChoice.InMemory() : new StoreChoice.EmbeddedH2();
    }
    if (store != null) {
      throw new CommandLineException("--store and --db exclude each other: --db names the database to run on",
          CommandLineException.INVALID);
    }
    if (!JdbcDemoStore.isSupported(url)) {
      throw new CommandLineException("--db: '" + JdbcDemoStore.withoutPassword(url) + "' is not a JDBC URL of a "
          + "supported database; use jdbc:h2:file:PATH, jdbc:postgresql://HOST[:PORT]/DATABASE or "
          + "jdbc:mariadb://HOST[:PORT]/DATABASE", CommandLineException.INVALID);
    }
    return new StoreChoice.Database(url, Optional.ofNullable(user), Optional.ofNullable(password));
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLineException(name + " takes a whole number, not '" + value + "'", CommandLineException.INVALID);
    }
  }
}
