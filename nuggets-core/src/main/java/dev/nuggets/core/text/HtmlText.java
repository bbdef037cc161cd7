package dev.nuggets.core.text;

/**
 * The rule feeds share for text that may be HTML (show notes, descriptions, titles): when text is read as HTML,
 * and how plain text is written so that it reads back as the same plain text. The reader and the writer of a
 * format both use it, so the two can never disagree.
 */
public final class HtmlText {
  private HtmlText() {}

  /**
   * Whether the text is to be read as HTML: it holds a tag (a {@code <} followed by a letter, {@code /} or
   * {@code !}), or an entity or character reference ({@code &amp;}, {@code &#39;}; feeds that escape twice write
   * them).
   */
  public static boolean readsAsHtml(String text) {
    return hasTag(text) || hasReference(text);
  }

  private static boolean hasTag(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (Character.isLetter(next) || next == '/' || next == '!') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReference(String text) {
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      int j = i + 1;
      if (j < text.length() && text.charAt(j) == '#') {
        j++;
      }
      int start = j;
      while (j < text.length() && j - start < 32 && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      if (j > start && j < text.length() && text.charAt(j) == ';') {
        return true;
      }
    }
    return false;
  }

  /** Plain text as HTML that reads back as the same text: {@code & < >} escaped, line ends as {@code <br>}. */
  public static String escape(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\n' -> out.append("<br>");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
