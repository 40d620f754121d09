package org.crmkernel.examples.demo;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the ASCII parts of e-mail addresses and domains. */
final class Slugs {

  private Slugs() {}

  /** {@code Amélie Müller-Lüdenscheidt} becomes {@code ameliemuellerluedenscheidt}. */
  static String of(String text) {
    return fold(text).replaceAll("[^a-z0-9]", "");
  }

  /** {@code Jan de Jong} becomes {@code jan.dejong}: first and last name joined by a dot. */
  static String person(String first, String last) {
    return of(first) + "." + of(last);
  }

  private static String fold(String text) {
    String german = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
