package org.crmkernel.model.error;

import java.util.Objects;

/**
 * One problem with an input: where ({@code path}, such as {@code emails[1]} or {@code
 * custom.region}), what kind ({@code code}, stable and machine-readable, such as {@code
 * required} or {@code too_long}) and a sentence for people.
 */
public record Violation(String path, String code, String message) {

  /** Rejects missing parts. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The same violation, with {@code prefix} put before its path. */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, code, message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
  }
}
