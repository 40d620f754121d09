package org.crmkernel.dedup.internal;

/**
 * Person-name normalisers for matching: {@link #fold} (the text fold every normaliser starts
 * from), given names through the nickname table, surnames and whole names without titles and
 * suffixes. Titles come from {@code honorifics.txt}, suffixes from {@code name-suffixes.txt}.
 */
public final class PersonNames {

  private static final Phrases HONORIFICS = Phrases.load("honorifics.txt");
  private static final Phrases SUFFIXES = Phrases.load("name-suffixes.txt");

  private PersonNames() {}

  /**
   * Folds text for comparison: compatibility forms (fullwidth, ligatures) and accents removed,
   * lower case (root locale), ß, æ, ø, ł, đ, ð, þ, œ and ı spelled in ASCII, apostrophes removed
   * ("O'Brien" is "obrien"), invisible format characters removed, any other non-letter,
   * non-digit run turned into one space, trimmed. Idempotent; "" when nothing is left.
   */
  public static String fold(String text) {
    return Fold.fold(text, "");
  }

  /**
   * A given-name field: folded, leading titles dropped ("Dr. Bob" is "robert"), each remaining
   * token replaced by its canonical given name ({@link Nicknames#canonical}); initials stay as
   * single letters.
   */
  public static String givenName(String text) {
    String[] tokens = Fold.tokens(fold(text));
    int from = skipHonorifics(tokens);
    if (from == tokens.length) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = from; i < tokens.length; i++) {
      if (i > from) {
        out.append(' ');
      }
      out.append(Nicknames.canonical(tokens[i]));
    }
    return out.toString();
  }

  /** A surname field: folded, trailing generational and professional suffixes dropped. */
  public static String surname(String text) {
    String[] tokens = Fold.tokens(fold(text));
    return Fold.join(tokens, 0, stripSuffixes(tokens, 0));
  }

  /**
   * A whole name in one field: folded, titles dropped from the front and suffixes from the end,
   * the other tokens kept in their order.
   */
  public static String fullName(String text) {
    String[] tokens = Fold.tokens(fold(text));
    int from = skipHonorifics(tokens);
    return Fold.join(tokens, from, stripSuffixes(tokens, from));
  }

  /** The index of the first token after the leading titles; a title is kept as the last token. */
  private static int skipHonorifics(String[] tokens) {
    int from = 0;
    while (from < tokens.length - 1) {
      int len = HONORIFICS.atStart(tokens, from, tokens.length - 1);
      if (len == 0) {
        break;
      }
      from += len;
    }
    return from;
  }

  /** The end index after the trailing suffixes; at least one token after {@code from} stays. */
  private static int stripSuffixes(String[] tokens, int from) {
    int to = tokens.length;
    while (to - from > 1) {
      int len = SUFFIXES.atEnd(tokens, from + 1, to);
      if (len == 0) {
        break;
      }
      to -= len;
    }
    return to;
  }
}
