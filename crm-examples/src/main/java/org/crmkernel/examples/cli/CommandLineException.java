package org.crmkernel.examples.cli;

/** The command line cannot be run as given; carries the process exit code to end with. */
final class CommandLineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Exit code for a command or option that does not exist: show the usage. */
  static final int USAGE = 2;
  /** Exit code for a known option with a value that cannot be used. */
  static final int INVALID = 1;

  private final int exitCode;

  CommandLineException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
