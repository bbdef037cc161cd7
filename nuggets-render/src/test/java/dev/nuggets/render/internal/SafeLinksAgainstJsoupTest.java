package dev.nuggets.render.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SafeLinks} decodes only the character references that can stand in a scheme; jsoup decodes the whole HTML5
 * table as a browser does. Over seeded URLs built from schemes, references and controls, every URL that SafeLinks
 * allows must also have an allowed scheme as a browser reads it: the shorter table never lets through what a full
 * one would read as another scheme.
 */
class SafeLinksAgainstJsoupTest {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
  private static final String[] PIECES = {
    "h", "t", "p", "s", "j", "a", "v", "c", "r", "i", "m", "l", "o", ":", "//", "&colon;", "&Tab;", "&NewLine;",
    "&#58;", "&#x3A;", "&#104;", "&#x68;", "&#0000104", "&#116", "&#x74", "&amp;", "&lt;", "&nbsp;", "&Jopf;",
    "&period;", "&plus;", "&hyphen;", "&#128;", "&#0;", "&#xD800;", "\t", "\n", "\r", " ", "\u0001", "&", "#", ";",
    "javascript", "http", "https", "mailto", "data", "x", "&#106;", "&#x6A;avascript", "script", "&colon", "&Colon;"
  };

  static Stream<Long> seeds() {
    return LongStream.range(0, 4000).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverAllowsWhatABrowserReadsAsAnotherScheme(long seed) {
    Random random = new Random(seed);
    String candidate = seed % 2 == 0 ? pieces(random) : disguised(random);
    if (SafeLinks.isAllowed(candidate)) {
      String browser = browserScheme(Parser.unescapeEntities(candidate, true));
      assertTrue(ALLOWED.contains(browser),
          () -> "seed " + seed + ": allowed " + candidate + " though a browser reads the scheme " + browser);
    }
  }

  /** Pieces at random: schemes, references, controls. */
  private static String pieces(Random random) {
    StringBuilder url = new StringBuilder();
    int pieces = 1 + random.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      url.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return url.append("example.com/x").toString();
  }

  /** A scheme with some of its characters (or its colon) written as references of every kind. */
  private static String disguised(Random random) {
    String[] schemes = {"https://", "http://", "mailto:", "javascript:", "data:", "vbscript:"};
    String scheme = schemes[random.nextInt(schemes.length)];
    StringBuilder url = new StringBuilder();
    for (char c : scheme.toCharArray()) {
      switch (random.nextInt(6)) {
        case 0 -> url.append("&#").append((int) c).append(random.nextBoolean() ? ";" : "");
        case 1 -> url.append("&#x").append(Integer.toHexString(c)).append(";");
        case 2 -> url.append(NAMES[random.nextInt(NAMES.length)]);
        case 3 -> url.append(random.nextBoolean() ? '\t' : '\n').append(c);
        default -> url.append(c);
      }
    }
    return url.append("example.com/x").toString();
  }

  /** Named references, those SafeLinks decodes and others. */
  private static final String[] NAMES = {
    "&colon;", "&Tab;", "&NewLine;", "&plus;", "&period;", "&nbsp;", "&Jopf;", "&amp;", "&sol;", "&hyphen;",
    "&excl;", "&num;", "&lowbar;", "&Colon;", "&colon", "&nbsp", "&amp", "&lt;", "&quest;", "&equals;"
  };

  /** The scheme as a browser finds it in decoded text: leading controls and spaces, tabs and line breaks dropped. */
  private static String browserScheme(String decoded) {
    StringBuilder scheme = new StringBuilder();
    int i = 0;
    while (i < decoded.length() && decoded.charAt(i) <= ' ') {
      i++;
    }
    for (; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c == ':') {
        return scheme.toString().toLowerCase(Locale.ROOT);
      }
      scheme.append(c);
    }
    return "";
  }
}
