package dev.nuggets.render.html;

import dev.nuggets.render.Escaper;
import dev.nuggets.render.RenderContext;
import java.io.IOException;

/** Escapes {@code & < > " '}, so text is safe in element content and in quoted attribute values alike. */
public final class HtmlEscaper implements Escaper {
  /** The one instance: it holds no state. */
  public static final HtmlEscaper INSTANCE = new HtmlEscaper();

  private HtmlEscaper() {}

  @Override
  public void escape(CharSequence text, Appendable out, RenderContext context) throws IOException {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      String replacement = replacement(text.charAt(i));
      if (replacement != null) {
        out.append(text, start, i).append(replacement);
        start = i + 1;
      }
    }
    out.append(text, start, text.length());
  }

  private static @org.jspecify.annotations.Nullable String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    try {
      INSTANCE.escape(text, out, diagnostic -> {});
    } catch (IOException e) {
      throw new AssertionError(e); // a StringBuilder does not fail
    }
    return out.toString();
  }
}
