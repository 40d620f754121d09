package org.crmkernel.dedup.internal;

/**
 * Organisation-name normaliser: "The A &amp; B Company, Inc." and "A and B" both give "a and b".
 * Legal forms come from {@code legal-forms.txt}.
 */
public final class OrganisationNames {

  private static final Phrases LEGAL_FORMS = Phrases.load("legal-forms.txt");

  private OrganisationNames() {}

  /**
   * Folds the name ({@link PersonNames#fold}) with "&amp;" read as "and", joins runs of single
   * letters or digits ("S.A." is "sa", "I B M" is "ibm"), drops leading "the" and then legal-form
   * suffixes from the end, repeatedly and longest first ("pty ltd", "gmbh and co kg"). When
   * nothing would be left, the folded and joined name is returned whole. Idempotent.
   */
  public static String normalize(String name) {
    String text = name;
    if (text.indexOf('&') >= 0 || text.indexOf('\uFF06') >= 0 || text.indexOf('\uFE60') >= 0) {
      text = text.replace("&", " and ").replace("\uFF06", " and ").replace("\uFE60", " and ");
    }
    String[] tokens = joinSingles(Fold.tokens(Fold.fold(text, "")));
    int from = 0;
    while (from < tokens.length && tokens[from].equals("the")) {
      from++;
    }
    int to = tokens.length;
    while (to > from) {
      int len = LEGAL_FORMS.atEnd(tokens, from, to);
      if (len == 0) {
        break;
      }
      to -= len;
    }
    if (to == from) {
      return Fold.join(tokens, 0, tokens.length);
    }
    return Fold.join(tokens, from, to);
  }

  /** Joins each run of two or more one-character tokens into one token. */
  private static String[] joinSingles(String[] tokens) {
    int singles = 0;
    for (String t : tokens) {
      if (t.length() == 1) {
        singles++;
      }
    }
    if (singles < 2) {
      return tokens;
    }
    String[] out = new String[tokens.length];
    int n = 0;
    for (int i = 0; i < tokens.length; ) {
      if (tokens[i].length() == 1 && i + 1 < tokens.length && tokens[i + 1].length() == 1) {
        StringBuilder run = new StringBuilder();
        while (i < tokens.length && tokens[i].length() == 1) {
          run.append(tokens[i++]);
        }
        out[n++] = run.toString();
      } else {
        out[n++] = tokens[i++];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
