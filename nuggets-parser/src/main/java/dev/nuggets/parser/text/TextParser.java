package dev.nuggets.parser.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Takeaway;
import dev.nuggets.parser.EpisodeParser;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code text} format: Podcast Nuggets summary pages as plain text, read by their structure.
 *
 * <ul>
 *   <li>The app-promo block near the top (a "... now available in the Play Store!" banner, "Discover more ..." and
 *       emoji bullets) is recognised and dropped.
 *   <li>The first line is the title. A title shaped "Name (Description) - Topic" also names a guest.
 *   <li>Lines after a "Key takeaways" heading are takeaways, one per line ("Label: text" gives a label). Without the
 *       heading, the lines between the title and the table of contents are.
 *   <li>"Table of contents" is followed by a line of "• Entry • Entry" entries. When the last entry runs into the
 *       next heading or paragraph with no separator, it is split where a heading of the page ends.
 *   <li>A line equal to an entry (ignoring case and runs of space) starts a section, even before the table of
 *       contents; the lines after it are its paragraphs.
 *   <li>A heading-like line not in the table of contents starts an unlisted section, with a warning; an entry with
 *       no heading becomes an empty section, with a warning.
 *   <li>Lines end with LF, CR or CRLF; blank lines, NBSP and other Unicode spaces are handled anywhere.
 * </ul>
 *
 * <p>Nothing read is dropped silently: a line that fits nowhere is quoted in a warning. Stateless and thread-safe.
 */
public final class TextParser implements EpisodeParser {

  /** The format's name, {@value}. */
  public static final String FORMAT = "text";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("txt", "text");
  }

  /**
   * 80 when one of the first 200 lines is "Key takeaways" or "Table of contents"; otherwise 5, since any text can
   * be read as a page, just not well.
   */
  @Override
  public int confidence(SourceText source) {
    int lines = Math.min(source.lineCount(), 200);
    for (int n = 1; n <= lines; n++) {
      if (source.lineLength(n) > 40) {
        continue;
      }
      String key = Spaces.key(source.line(n));
      if (key.equals("key takeaways") || key.equals("table of contents")) {
        return 80;
      }
    }
    return source.text().startsWith("{") ? 1 : 5; // looks at one character, not a lower-case copy of the input
  }

  @Override
  public Episode parse(SourceText source, ParseContext context) {
    return new PageReader(source, context).read();
  }

  /**
   * Reads one takeaway line as this format does: space at the ends and a leading "•" bullet are dropped, and a
   * short lead-in followed by ": " becomes the label when it looks like one rather than the start of a sentence (at
   * most three words, or up to eight in title case, no sentence punctuation): "Planning Beats Guessing: the guest
   * explains why" has a label, "Coral bleaching is a stress response: when..." has none. Other formats that carry
   * takeaways as "Label: text" lines (the {@code jsonld} format's {@code abstract}) read them with this rule too.
   *
   * @return the takeaway, or empty when the line is blank
   */
  public static Optional<Takeaway> takeaway(String line) {
    String text = Spaces.strip(line);
    return text.isEmpty() ? Optional.empty() : Optional.of(Takeaways.read(text));
  }

  @Override
  public String toString() {
    return "TextParser";
  }
}
