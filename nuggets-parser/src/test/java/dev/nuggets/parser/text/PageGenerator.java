package dev.nuggets.parser.text;

import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.text.Spaces;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of page-shaped text: the parts of a Podcast Nuggets page, each present or not, in the usual
 * order or not, with what scraped pages do to them (a glued last table-of-contents entry, entries split over two
 * lines, headings in other case or spacing, missing or repeated sections, unlisted headings), noise lines of hostile
 * text, blank and space-only lines, indentation, and LF, CRLF and CR line ends mixed. The same seed gives the same
 * page, so a failure names its seed and replays exactly.
 */
final class PageGenerator {
  /** The promo lines pages carry at the top; a test exempts exactly these from "nothing lost". */
  static final List<String> PROMO =
      List.of(
          "✨ Podcast Nuggets is now available in the App Store!",
          "✨ Podcast Nuggets is now available in the Play Store!",
          "Discover more podcasts, more insights, more features - exclusively in the app.",
          "- 📌 Save the nuggets you want to keep.",
          "- 🔔 Hear first when a new summary is out.",
          "- 👉 Get the app.",
          "- 🎧 Follow the shows you love.");

  private static final String[] NAMES = {"Priya Raman", "Tom Becker", "Lena Fischer", "Carlos Mendes", "Ana Costa"};
  private static final String[] ROLES = {"Soil Scientist", "Luthier", "Sleep Researcher", "Former Astronaut"};
  private static final String[] HEADING_WORDS = {
    "Carbon", "Under", "Feet", "Cover", "Crops", "Paying", "Farmers", "Fairly", "What", "Comes", "Next", "Launch",
    "Life", "Orbit", "Hardest", "Part", "Coming", "Home", "Stages", "Night", "Dreams", "Memory", "Work", "Better",
    "Sleep", "Choosing", "Wood", "Carving", "Long", "Finish", "Why", "Handmade", "Sells", "2035", "Early", "Days"
  };
  private static final String[] SENTENCE_WORDS = {
    "the", "guest", "explains", "why", "soil", "holds", "carbon", "and", "how", "farmers", "measure", "it", "in",
    "practice", "while", "the", "host", "asks", "about", "costs", "sensors", "rain", "roots", "decade", "markets"
  };

  /** A page and the line numbers (from 1) of its promo block. */
  record Page(String text, Set<Integer> promoLines) {}

  private final long seed;
  private final Random random;
  private final HostileText hostile;
  private final StringBuilder out = new StringBuilder();
  private final Set<Integer> promoLines = new HashSet<>();
  private int line = 1;

  PageGenerator(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.hostile = new HostileText(seed);
  }

  Page page() {
    boolean promo = chance(50);
    if (promo) {
      promo();
    }
    if (promo || chance(85)) { // after the promo block always a title: a line shaped like promo would join it
      emit(title());
    }
    if (chance(70)) {
      emit(pick("Key takeaways", "Key takeaways:", "KEY TAKEAWAYS", "Takeaways", "Key Takeaways"));
    }
    int takeaways = random.nextInt(6);
    for (int i = 0; i < takeaways; i++) {
      emit(takeaway());
    }
    List<String> headings = headings();
    boolean toc = chance(75);
    boolean glued = false;
    if (toc) {
      emit(pick("Table of contents", "Table of Contents", "TABLE OF CONTENTS", "Table of contents:"));
      glued = tocLines(headings);
    }
    List<String> order = new ArrayList<>(headings);
    if (chance(10)) {
      Collections.shuffle(order, random);
    }
    for (int i = 0; i < order.size(); i++) {
      boolean skipHeading = (i == 0 && glued) || chance(10);
      if (!skipHeading) {
        emit(variant(order.get(i)));
      }
      int paragraphs = random.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        emit(chance(8) ? hostile.text(10) : sentence());
      }
      if (chance(12)) {
        emit(heading()); // a heading the table of contents does not list
        emit(sentence());
      }
    }
    return new Page(out.toString(), Set.copyOf(promoLines));
  }

  private void promo() {
    emitPromo(PROMO.get(random.nextInt(2)));
    if (chance(80)) {
      emitPromo(PROMO.get(2));
    }
    for (int i = 3; i < PROMO.size(); i++) {
      if (chance(60)) {
        emitPromo(PROMO.get(i));
      }
    }
  }

  private String title() {
    if (promoLines.isEmpty() && chance(10)) {
      return hostile.text(6);
    }
    String topic = heading();
    return chance(70) ? pick(NAMES) + " (" + pick(ROLES) + ") - " + topic : topic;
  }

  private String takeaway() {
    int kind = random.nextInt(10);
    if (kind < 3) {
      return heading() + ": " + sentence();
    } else if (kind < 5) {
      return "• " + sentence();
    } else if (kind == 5) {
      return hostile.text(8);
    }
    return sentence();
  }

  /** Unique headings (by folded text), so the page's sections are unambiguous. */
  private List<String> headings() {
    Set<String> keys = new HashSet<>();
    Set<String> headings = new LinkedHashSet<>();
    int count = random.nextInt(7);
    while (headings.size() < count) {
      String heading = heading();
      if (keys.add(Spaces.lineKey(heading))) {
        headings.add(heading);
      }
    }
    return new ArrayList<>(headings);
  }

  /** The entries on one or two lines; true when the last entry is glued to the first heading. */
  private boolean tocLines(List<String> headings) {
    if (headings.isEmpty()) {
      return false;
    }
    boolean glue = chance(30);
    int split = chance(15) ? random.nextInt(headings.size()) : headings.size();
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < headings.size(); i++) {
      if (i == split && entries.length() > 0) {
        emit(entries.toString());
        entries.setLength(0);
      }
      entries.append(entries.length() > 0 ? pick(" ", "  ", "") : "");
      entries.append(pick("• ", "•", "•  ")).append(headings.get(i));
    }
    if (glue) {
      entries.append(headings.get(0));
    }
    emit(entries.toString());
    return glue;
  }

  private String heading() {
    int words = 2 + random.nextInt(4);
    StringBuilder heading = new StringBuilder(pick(HEADING_WORDS));
    for (int i = 1; i < words; i++) {
      heading.append(' ').append(pick(HEADING_WORDS));
    }
    if (chance(10)) {
      heading.append('?');
    }
    return heading.toString();
  }

  private String variant(String heading) {
    if (chance(10)) {
      return heading.toUpperCase(java.util.Locale.ROOT);
    }
    if (chance(10)) {
      return heading.replace(" ", "  ");
    }
    return heading;
  }

  private String sentence() {
    int words = 12 + random.nextInt(20);
    StringBuilder sentence = new StringBuilder("The");
    for (int i = 1; i < words; i++) {
      sentence.append(' ').append(pick(SENTENCE_WORDS));
    }
    return sentence.append('.').toString();
  }

  private void emitPromo(String text) {
    promoLines.add(emit(text));
  }

  /** Writes a line, perhaps after a blank one; returns its line number. */
  private int emit(String text) {
    if (chance(10)) {
      lineEnd();
      if (chance(50)) {
        out.append(pick(" ", "\u00A0", "\t \u2003"));
      }
      lineEnd();
    }
    if (chance(8)) {
      out.append(pick(" ", "  ", "\u00A0", "\t"));
    }
    int number = line;
    out.append(text);
    if (chance(5)) {
      out.append(pick(" ", "\u00A0"));
    }
    lineEnd();
    return number;
  }

  private void lineEnd() {
    int kind = random.nextInt(20);
    boolean afterCr = out.length() > 0 && out.charAt(out.length() - 1) == '\r';
    // a bare CR followed by LF would read as one CRLF line end, so after a CR only CR or CRLF follow
    out.append(kind == 0 ? "\r\n" : kind == 1 || afterCr ? "\r" : "\n");
    line++;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  @Override
  public String toString() {
    return "PageGenerator(seed " + seed + ")";
  }
}
