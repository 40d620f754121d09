package org.crmkernel.examples.cli;

import java.util.List;
import org.crmkernel.examples.demo.DemoSettings;

/** Reads {@code [--seed N] [--customers N]} (also as {@code --seed=N}) into {@link DemoSettings}. */
final class DemoArguments {

  private DemoArguments() {}

  static DemoSettings parse(List<String> args) {
    long seed = DemoSettings.DEFAULT_SEED;
    int customers = DemoSettings.DEFAULT_CUSTOMERS;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!name.equals("--seed") && !name.equals("--customers")) {
        throw new CommandLineException("unknown option for demo: '" + arg + "'", CommandLineException.USAGE);
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new CommandLineException(name + " needs a value", CommandLineException.USAGE);
      }
      if (name.equals("--seed")) {
        seed = number(name, value);
      } else {
        customers = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(name, value)));
      }
    }
    try {
      return new DemoSettings(seed, customers);
    } catch (IllegalArgumentException e) {
      throw new CommandLineException("--customers: " + e.getMessage(), CommandLineException.INVALID);
    }
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLineException(name + " takes a whole number, not '" + value + "'", CommandLineException.INVALID);
    }
  }
}
