package org.crmkernel.examples.demo;

/** The demo's database cannot be opened: unreachable, refused the login, or its files are in use. */
public final class DemoStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DemoStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
