package org.crmkernel.dedup.internal;

import java.text.Normalizer;

/**
 * The folding loop shared by the normalisers: compatibility and canonical decomposition, marks
 * dropped, lower case, a few letters spelled out, apostrophes removed, everything else that is
 * not a letter or digit turned into one separating space.
 */
final class Fold {

  private Fold() {}

  /** How many passes the non-ASCII path makes at most before it accepts its result as stable. */
  private static final int MAX_PASSES = 4;

  /**
   * Folds {@code s}; the ASCII characters in {@code keep} are copied as they are (the address
   * parser keeps '/', '#' and '-' to see "5/12", "#3" and "12-14").
   */
  static String fold(String s, String keep) {
    int n = s.length();
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return foldAscii(s, keep);
    }
    // Lower-casing after decomposition can, for a handful of code points, yield a character
    // that decomposes again; folding to a fixed point keeps fold idempotent.
    String current = foldUnicode(s, keep);
    for (int pass = 1; pass < MAX_PASSES; pass++) {
      String next = foldUnicode(current, keep);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static String foldAscii(String s, String keep) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        space = appendSeparated(out, space, c);
      } else if (c >= 'A' && c <= 'Z') {
        space = appendSeparated(out, space, (char) (c + ('a' - 'A')));
      } else if (c == '\'' || c == '`') {
        // "o'brien" is "obrien": apostrophes join, they do not separate.
      } else if (keep.indexOf(c) >= 0) {
        space = appendSeparated(out, space, c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static String foldUnicode(String s, String keep) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    int n = d.length();
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.FORMAT
          || isApostrophe(cp)) {
        // Accents, invisible format characters (bidi marks, zero-width joiners) and
        // apostrophes vanish without splitting the word they sit in.
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        int lower = Character.toLowerCase(cp);
        String spelled = spelledOut(lower);
        if (spelled != null) {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          out.append(spelled);
          space = false;
        } else {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          out.appendCodePoint(lower);
          space = false;
        }
      } else if (cp < 0x80 && keep.indexOf(cp) >= 0) {
        space = appendSeparated(out, space, (char) cp);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static boolean appendSeparated(StringBuilder out, boolean space, char c) {
    if (space && out.length() > 0) {
      out.append(' ');
    }
    out.append(c);
    return false;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB;
  }

  /** Letters that neither decompose nor lower-case into ASCII but have a usual spelling. */
  private static String spelledOut(int lower) {
    return switch (lower) {
      case 0xDF -> "ss"; // ß
      case 0xE6 -> "ae"; // æ
      case 0xF8 -> "o"; // ø
      case 0x142 -> "l"; // ł
      case 0x111 -> "d"; // đ
      case 0xF0 -> "d"; // ð
      case 0xFE -> "th"; // þ
      case 0x153 -> "oe"; // œ
      case 0x131 -> "i"; // dotless ı
      default -> null;
    };
  }

  /** The tokens of a folded string (single spaces, no leading or trailing space). */
  static String[] tokens(String folded) {
    if (folded.isEmpty()) {
      return new String[0];
    }
    int count = 1;
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) == ' ') {
        count++;
      }
    }
    String[] tokens = new String[count];
    int start = 0;
    int t = 0;
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) == ' ') {
        tokens[t++] = folded.substring(start, i);
        start = i + 1;
      }
    }
    tokens[t] = folded.substring(start);
    return tokens;
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive), space separated. */
  static String join(String[] tokens, int from, int to) {
    if (from >= to) {
      return "";
    }
    if (to - from == 1) {
      return tokens[from];
    }
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        out.append(' ');
      }
      out.append(tokens[i]);
    }
    return out.toString();
  }
}
