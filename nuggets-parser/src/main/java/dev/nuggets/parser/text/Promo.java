package dev.nuggets.parser.text;

import dev.nuggets.core.text.Spaces;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the app-promo block that Podcast Nuggets pages carry near the top: a banner about the app being
 * available in a store, a "Discover more ..." line and emoji bullets ("- 📌 Subscribe ..."). A block is a run of
 * such lines that holds at least one banner or "Discover more" line, so an ordinary emoji bullet is never dropped.
 */
final class Promo {
  private Promo() {}

  /** Marks the promo lines among {@code lines[0..headEnd)}. */
  static boolean[] find(List<PageLine> lines, int headEnd) {
    boolean[] promo = new boolean[lines.size()];
    int i = 0;
    while (i < headEnd) {
      if (!isPromoLike(lines.get(i).text())) {
        i++;
        continue;
      }
      int start = i;
      boolean anchored = false;
      while (i < headEnd && isPromoLike(lines.get(i).text())) {
        anchored |= isAnchor(lines.get(i).text());
        i++;
      }
      if (anchored) {
        for (int j = start; j < i; j++) {
          promo[j] = true;
        }
      }
    }
    return promo;
  }

  private static boolean isPromoLike(String text) {
    return isAnchor(text) || isEmojiBullet(text) || text.toLowerCase(Locale.ROOT).startsWith("download");
  }

  /** A banner ("... is now available in the Play Store!") or a "Discover more ..." line. */
  private static boolean isAnchor(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("play store")
        || lower.contains("app store")
        || lower.contains("google play")
        || (lower.contains("now available") && lower.contains("app"))
        || lower.startsWith("discover more");
  }

  /** "- 📌 text", "• 🔔 text": a bullet whose first character after the marker is an emoji or symbol. */
  private static boolean isEmojiBullet(String text) {
    if (text.length() < 3 || "-•*–".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    int i = Spaces.skip(text, 1);
    if (i == 1 || i >= text.length()) {
      return false;
    }
    int cp = text.codePointAt(i);
    return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || Character.getType(cp) == Character.OTHER_SYMBOL;
  }
}
