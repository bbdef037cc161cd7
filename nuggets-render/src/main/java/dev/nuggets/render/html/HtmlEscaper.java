package dev.nuggets.render.html;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.render.Escaper;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.LoneSurrogates;
import java.io.IOException;

/**
 * Escapes {@code & < > " '}, so text is safe in element content and in quoted attribute values alike. Control
 * characters other than tab and line breaks (which HTML does not allow raw) are written as character references; a
 * NUL, which a browser shows as U+FFFD whatever is written, is written as U+FFFD and reported as
 * {@link dev.nuggets.render.RenderCodes#REPLACED_CHARACTER}.
 */
public final class HtmlEscaper implements Escaper {
  /** The one instance: it holds no state. */
  public static final HtmlEscaper INSTANCE = new HtmlEscaper();

  private HtmlEscaper() {}

  @Override
  public void escape(CharSequence given, Appendable out, RenderContext context) throws IOException {
    CharSequence text = LoneSurrogates.replaced(given, context);
    int start = 0;
    boolean replacedNul = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement == null && isControl(c)) {
        replacement = c == 0 ? "\uFFFD" : "&#x" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ";";
        replacedNul |= c == 0;
      }
      if (replacement != null) {
        out.append(text, start, i).append(replacement);
        start = i + 1;
      }
    }
    out.append(text, start, text.length());
    if (replacedNul) {
      context.warning(
          RenderCodes.REPLACED_CHARACTER,
          "a NUL character, which HTML cannot hold, was written as U+FFFD in " + Spaces.quote(text));
    }
  }

  /** C0 controls but tab, line feed, form feed and carriage return; DEL; C1 controls. */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
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
