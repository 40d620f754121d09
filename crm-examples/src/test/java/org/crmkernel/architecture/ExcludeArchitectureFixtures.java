package org.crmkernel.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out this package's own classes, above all the deliberately broken fixtures under
 * {@code org.crmkernel.architecture.violations}, so that the production checks never see them
 * (even if test classes should ever be imported).
 */
public final class ExcludeArchitectureFixtures implements ImportOption {

  @Override
  public boolean includes(Location location) {
    return !location.contains("/org/crmkernel/architecture/");
  }
}
