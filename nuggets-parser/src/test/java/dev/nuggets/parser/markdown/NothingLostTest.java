package dev.nuggets.parser.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.SourceText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing a reader sees is lost: every non-blank line of each sample either ends up in the episode (each of its
 * words is found there) or is named by a diagnostic at that line. Markup, front-matter keys and landmark headings
 * ("Key takeaways") carry no words of their own and are allowed to vanish.
 */
class NothingLostTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"coral-reefs.md", "sleep-hand-written.md", "odds-and-ends.md"})
  void everyNonBlankLineIsKeptOrNamed(String sample) {
    String text = MarkdownParserTest.sample(sample);
    ParseResult<Episode> result = MarkdownParserTest.parse(text);
    String kept = dump(result.value());
    SourceText source = SourceText.of(text);
    List<String> lost = new ArrayList<>();
    boolean inFrontMatter = false;
    for (int n = 1; n <= source.lineCount(); n++) {
      String line = source.line(n);
      if (n == 1 && line.equals("---")) {
        inFrontMatter = true;
        continue;
      }
      if (inFrontMatter && line.equals("---")) {
        inFrontMatter = false;
        continue;
      }
      String content = inFrontMatter ? afterKey(line) : withoutMarkup(line);
      if (Spaces.isBlank(content) || isLandmark(content) || named(result, n) || allWordsKept(content, kept)) {
        continue;
      }
      lost.add(n + ": " + line);
    }
    assertTrue(lost.isEmpty(), () -> sample + " lost lines " + lost + "\nepisode: " + kept);
  }

  /** Whether a diagnostic stands at the line, or names a range of lines ("(lines 3-5)") that holds it. */
  private static boolean named(ParseResult<?> result, int line) {
    for (Diagnostic d : result.diagnostics()) {
      if (d.position().isEmpty()) {
        continue;
      }
      int first = d.position().get().line();
      int last = first;
      int range = d.message().indexOf("(lines " + first + "-");
      if (range >= 0) {
        int from = range + ("(lines " + first + "-").length();
        last = Integer.parseInt(d.message().substring(from, d.message().indexOf(')', from)));
      }
      if (first <= line && line <= last) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLandmark(String line) {
    String key = Spaces.landmarkKey(line);
    return Landmarks.isTakeaways(key) || Landmarks.isTableOfContents(key);
  }

  /** The line without what a reader never sees: HTML tags and link destinations. */
  private static String withoutMarkup(String line) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int close = c == '<' ? line.indexOf('>', i) : c == ']' && line.startsWith("](", i) ? line.indexOf(')', i) : -1;
      if (close > 0) {
        out.append(' ');
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String afterKey(String line) {
    int colon = line.indexOf(':');
    return colon < 0 ? line : line.substring(colon + 1);
  }

  private static boolean allWordsKept(String line, String kept) {
    for (String word : Spaces.landmarkKey(line).split(" ", -1)) {
      if (!word.isEmpty() && !kept.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Everything the episode holds, in lower case, times written as clocks as well. */
  private static String dump(Episode episode) {
    StringBuilder out = new StringBuilder(episode.toString());
    List<Duration> times = new ArrayList<>();
    episode.takeaways().stream().map(Takeaway::start).forEach(t -> t.ifPresent(times::add));
    episode.sections().stream().map(Section::start).forEach(t -> t.ifPresent(times::add));
    episode.duration().ifPresent(times::add);
    times.forEach(t -> out.append(' ').append(Timecodes.clock(t)));
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
