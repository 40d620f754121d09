package org.crmkernel.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a command's {@code --name value} and {@code --name=value} options and its bare flags. */
final class CommandOptions {

  private CommandOptions() {}

  /**
   * The options of {@code args} by name, in the order given; a flag maps to "true". Fails with
   * the usage for an unknown option or a missing value, and for an option given twice.
   */
  static Map<String, String> read(List<String> args, String command, List<String> options, List<String> flags) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value;
      if (flags.contains(name) && !arg.contains("=")) {
        value = "true";
      } else if (!options.contains(name)) {
        throw new CommandLineException("unknown option for " + command + ": '" + arg + "'", CommandLineException.USAGE);
      } else if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new CommandLineException(name + " needs a value", CommandLineException.USAGE);
      }
      if (values.put(name, value) != null) {
        throw new CommandLineException(name + " is given twice", CommandLineException.INVALID);
      }
    }
    return values;
  }
}
