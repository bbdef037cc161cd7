package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.fail;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Checks that a parse lost nothing silently: every non-blank input line is found in the episode or named in a
 * diagnostic. For line-oriented formats (text, Markdown), whose lines map to the model's texts.
 *
 * <p>A line is <em>found</em> when the episode's texts (title, podcast title, people, takeaway labels and texts,
 * headings, paragraphs) cover all of it but the format's markup: "Label: text" is covered by a label and a text, a
 * table-of-contents line "• A • B" by two headings, an entry glued to a heading by both. Texts are compared folded
 * (lower case, runs of space as one), as formats match headings that way. A line is <em>named</em> when a
 * diagnostic points at its line, or follows a diagnostic that stopped the reading (a limit), or when diagnostics
 * were dropped past {@code maxDiagnostics} after the last one kept.
 */
public final class NothingLost {
  /** Diagnostics after which the rest of the input is not read, so every later line counts as named. */
  private static final Set<String> STOPS =
      Set.of(
          DiagnosticCodes.LIMIT_SECTIONS,
          DiagnosticCodes.LIMIT_TAKEAWAYS,
          DiagnosticCodes.LIMIT_EPISODES,
          DiagnosticCodes.LIMIT_INPUT_SIZE,
          DiagnosticCodes.LIMIT_MEMORY,
          DiagnosticCodes.INPUT_BINARY,
          DiagnosticCodes.LIMIT_DIAGNOSTICS);

  private final String markup;
  private final Predicate<String> structural;

  /**
   * @param markup the characters a format may use around its texts (bullets, colons, {@code #}); they need not be
   *     covered
   * @param structural lines that are structure rather than content ("Key takeaways"), given folded
   */
  public NothingLost(String markup, Predicate<String> structural) {
    this.markup = markup;
    this.structural = structural;
  }

  /**
   * Fails, naming {@code what} (which should hold the seed of a generated input), when a line of {@code input}
   * that is neither blank nor {@code exempt} (a promo line, by its 1-based number) is neither found nor named.
   */
  public void check(String what, String input, ParseResult<Episode> result, IntPredicate exempt) {
    SourceText source = SourceText.of(input);
    List<String> pieces = pieces(result.value());
    int namedFrom = namedFrom(result.diagnostics());
    Set<Integer> named = namedLines(result.diagnostics());
    List<String> lost = new ArrayList<>();
    for (int n = 1; n <= source.lineCount(); n++) {
      String folded = fold(source.line(n));
      if (folded.isEmpty() || exempt.test(n) || named.contains(n) || n >= namedFrom || structural.test(folded)) {
        continue;
      }
      if (!covered(folded, pieces)) {
        lost.add("line " + n + ": \"" + source.line(n) + "\"");
      }
    }
    if (!lost.isEmpty()) {
      fail(
          what + ": " + lost.size() + " line(s) neither in the episode nor named in a diagnostic:\n  "
              + String.join("\n  ", lost) + "\nepisode: " + result.value() + "\ndiagnostics: "
              + result.diagnostics());
    }
  }

  private boolean covered(String line, List<String> pieces) {
    boolean[] cover = new boolean[line.length()];
    for (String piece : pieces) {
      int at = line.indexOf(piece);
      while (at >= 0) {
        for (int i = at; i < at + piece.length(); i++) {
          cover[i] = true;
        }
        at = line.indexOf(piece, at + 1);
      }
    }
    for (int i = 0; i < line.length(); i++) {
      if (!cover[i] && line.charAt(i) != ' ' && markup.indexOf(line.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static Set<Integer> namedLines(List<Diagnostic> diagnostics) {
    Set<Integer> lines = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      d.position().ifPresent(p -> lines.add(p.line()));
    }
    return lines;
  }

  private static int namedFrom(List<Diagnostic> diagnostics) {
    int from = Integer.MAX_VALUE;
    int lastKept = 1;
    for (Diagnostic d : diagnostics) {
      int line = d.position().map(p -> p.line()).orElse(1);
      if (d.code().equals(DiagnosticCodes.LIMIT_DIAGNOSTICS)) {
        from = Math.min(from, lastKept);
      } else if (STOPS.contains(d.code())) {
        from = Math.min(from, line);
      }
      lastKept = Math.max(lastKept, line);
    }
    return from;
  }

  /** The episode's texts, folded, longest first. */
  static List<String> pieces(Episode episode) {
    List<String> texts = new ArrayList<>();
    episode.title().ifPresent(texts::add);
    episode.podcastTitle().ifPresent(texts::add);
    for (Person person : episode.people()) {
      texts.add(person.name());
      person.description().ifPresent(texts::add);
    }
    for (Takeaway takeaway : episode.takeaways()) {
      texts.add(takeaway.text());
      takeaway.label().ifPresent(texts::add);
    }
    for (Section section : episode.sections()) {
      texts.add(section.heading());
      texts.addAll(section.paragraphs());
    }
    List<String> folded = new ArrayList<>();
    for (String text : texts) {
      String f = fold(text);
      if (!f.isEmpty()) {
        folded.add(f);
      }
    }
    folded.sort(Comparator.comparingInt(String::length).reversed());
    return folded;
  }

  /** Lower case, every run of white space, Unicode space or zero-width character as one ASCII space, trimmed. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
          || c == '\u2060' || c == '\uFEFF' || c == '\u180E') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
