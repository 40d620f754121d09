package org.crmkernel.dedup.internal;

import java.util.Locale;

/** E-mail address normaliser for matching. */
public final class Emails {

  private Emails() {}

  /**
   * Trimmed and lower-cased; for an address with exactly one '@' and text on both sides, a
   * "+tag" is dropped from the local part, and for gmail.com and googlemail.com the dots of the
   * local part too, with the domain written gmail.com. Anything else is returned trimmed and
   * lower-cased. Idempotent.
   */
  public static String normalize(String email) {
    String text = email.strip().toLowerCase(Locale.ROOT);
    int at = text.indexOf('@');
    if (at <= 0 || at == text.length() - 1 || text.indexOf('@', at + 1) >= 0) {
      return text;
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    boolean gmail = domain.equals("gmail.com") || domain.equals("googlemail.com");
    if (gmail && local.indexOf('.') >= 0) {
      local = local.replace(".", "");
    }
    // What is left of the local part may end in a space ("a +tag"); nothing left means the
    // address was no address, and it stays as it came.
    local = local.strip();
    if (local.isEmpty()) {
      return text;
    }
    if (gmail) {
      domain = "gmail.com";
    }
    return local + '@' + domain;
  }
}
