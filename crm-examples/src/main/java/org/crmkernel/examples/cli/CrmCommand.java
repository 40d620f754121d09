package org.crmkernel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.crmkernel.examples.demo.Demo;
import org.crmkernel.examples.demo.DemoSettings;
import org.crmkernel.model.error.CrmException;

/**
 * The {@code crm} command-line app. Exit codes: 0 done, 1 failed (with a message), 2 unknown
 * command or option (with the usage).
 */
public final class CrmCommand {

  /** What {@code crm help} prints. */
  static final String USAGE = """
      Usage: crm <command> [options]

      Commands:
        demo [--seed N] [--customers N]
              Runs the crmkernel demo on the in-memory store and prints what it does:
              organisation, custom fields, customers, queries, changes, rejected input,
              audit trail and notifications. Defaults: --seed %d --customers %d
              (%d to %d customers). The same seed prints the same report.
        help  Shows this text.
      """.formatted(DemoSettings.DEFAULT_SEED, DemoSettings.DEFAULT_CUSTOMERS, DemoSettings.MIN_CUSTOMERS,
      DemoSettings.MAX_CUSTOMERS);

  private CrmCommand() {}

  /** Runs the command named by {@code args} and exits with its code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J like everything else.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command named by {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    String command = args.length == 0 ? "help" : args[0];
    try {
      switch (command) {
        case "help", "--help", "-h" -> out.print(USAGE);
        case "demo" -> Demo.run(DemoArguments.parse(rest), out);
        default -> throw new CommandLineException("unknown command '" + command + "'", CommandLineException.USAGE);
      }
      out.flush();
      return 0;
    } catch (CommandLineException e) {
      err.println("crm: " + e.getMessage());
      if (e.exitCode() == CommandLineException.USAGE) {
        err.println();
        err.print(USAGE);
      }
      return e.exitCode();
    } catch (CrmException e) {
      err.println("crm: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("crm: unexpected failure, a bug in crmkernel or the demo: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }
}
