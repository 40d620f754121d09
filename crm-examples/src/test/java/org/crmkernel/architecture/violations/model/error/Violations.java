package org.crmkernel.architecture.violations.model.error;

import java.util.ArrayList;
import java.util.List;

/** Innocent: the violations collector of {@code model.error} is exempt by name. */
public final class Violations {
  private final List<String> found = new ArrayList<>();

  /** Records a problem. */
  public void add(String problem) {
    found.add(problem);
  }
}
