package org.crmkernel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.crmkernel.examples.demo.Demo;
import org.crmkernel.examples.demo.DemoSettings;
import org.crmkernel.examples.demo.DemoStore;
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
        demo [--seed N] [--customers N] [--store h2|memory]
             [--db JDBC_URL [--db-user USER] [--db-password PASSWORD]]
              Runs the crmkernel demo in a new tenant and prints what it does:
              organisation, custom fields, customers, queries, changes, rejected input,
              access scopes, pipelines and deals, audit trail and notifications.
              Defaults: --seed %d --customers %d (%d to %d customers).
              The same seed prints the same report on every store, but for its
              Store: line.
          --store h2      (default) the JDBC adapter on an embedded H2 file database
                          that the demo owns, in ./%s/ under the working directory;
                          it is emptied at the start of each run.
          --store memory  the in-memory store; nothing is saved.
          --db JDBC_URL   the JDBC adapter on your database: jdbc:h2:...,
                          jdbc:postgresql://HOST[:PORT]/DB or jdbc:mariadb://HOST[:PORT]/DB,
                          user and password in the URL or given with --db-user and
                          --db-password. The schema is migrated if needed; nothing is
                          deleted: the demo works in a new tenant of its own.
        dedup --input FILE.csv --id COLUMN --map column=field,... --output FILE.csv
              [--kind contacts|leads|accounts] [--rules FILE.json] [--region CC]
              [--dates dmy|mdy] [--threads N] [--learn] [--save-rules FILE.json]
              Finds duplicate rows of a CSV file (header row, comma separated, values
              trimmed) and writes record_id,cluster_id for every row, in input order; a
              row with no duplicate is its own cluster. A summary goes to standard error.
          --map           the kernel field of each used column, for example
                          first_name=firstName,surname=lastName,dob=birthDate,
                          email=email,phone=phone,street=address.street,
                          suburb=address.city,postcode=address.postalCode
                          (accounts: name, website, ...); another target becomes
                          a custom text field. col1+col2=field joins columns with a
                          space (street_number+street=address.street).
          --kind          the default rules to use (default contacts).
          --rules         match rules as JSON instead of the defaults.
          --region        the region of phone numbers without a country code (default US).
          --dates         how to read 03/04/1980: dmy, or mdy (default: mdy for US, else dmy).
          --learn         learn the rules' probabilities from the file (expectation
                          maximisation, no labels) and print them before matching.
          --save-rules    save the rules used (learnt or not) as JSON.
        help  Shows this text.
      """.formatted(DemoSettings.DEFAULT_SEED, DemoSettings.DEFAULT_CUSTOMERS, DemoSettings.MIN_CUSTOMERS,
      DemoSettings.MAX_CUSTOMERS, StoreChoice.EMBEDDED_DIRECTORY);

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
    return run(args, out, err, Path.of(""));
  }

  /**
   * Runs the command named by {@code args} as if started in {@code workingDirectory} (where the
   * demo keeps its embedded database), printing to {@code out} and {@code err}; returns the exit
   * code.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    String command = args.length == 0 ? "help" : args[0];
    try {
      switch (command) {
        case "help", "--help", "-h" -> out.print(USAGE);
        case "demo" -> demo(DemoArguments.parse(rest), out, workingDirectory);
        case "dedup" -> DedupCommand.run(DedupArguments.parse(rest), err, System.console() != null);
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
    } catch (java.io.UncheckedIOException e) {
      err.println("crm: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 1;
    } catch (CrmException e) {
      err.println("crm: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("crm: unexpected failure, a bug in crmkernel or the demo: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  private static void demo(DemoRequest request, PrintStream out, Path workingDirectory) {
    try (DemoStore store = request.store().open(workingDirectory)) {
      Demo.run(request.settings(), store, out);
    }
  }
}
