package org.crmkernel.model.error;

/**
 * The root of every exception the kernel and its stores throw on purpose. Catch this to handle
 * all of them; catch a subclass to handle one cause. Unchecked, as the SPI has no checked
 * exceptions.
 */
public abstract class CrmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  protected CrmException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  protected CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
