package dev.nuggets.parser.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.TextFormat;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.DocumentShapes;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.text.TextPage;

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
public final class TextParser implements FormatParser {


  @Override
  public Format format() {
    return TextFormat.FORMAT;
  }


  /**
   * 80 when one of the first 200 lines is "Key takeaways" or "Table of contents"; 0 for what is clearly another
   * format ({@linkplain DocumentShapes#isOtherFormat markup, JSON, WebVTT, SRT}); otherwise 5, since any other text can
   * be read as a page, just not well.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    // A file named as text (page.txt) is text unless it is a whole document of another format (an XML declaration
    // or root, a doctype, JSON, WebVTT, SRT): a page may start with a line that looks like a tag, such as a title
    // quoting <script>. Without the extension any start of markup says it is not a text page.
    boolean namedAsText = !TextFormat.FORMAT.matchingExtension(prefix.name()).isEmpty();
    if (namedAsText ? DocumentShapes.isOtherThanMarkdown(prefix) : DocumentShapes.isOtherFormat(prefix)) {
      return 0;
    }
    SourceText source = prefix.source();
    int lines = Math.min(source.lineCount(), 200);
    for (int n = 1; n <= lines; n++) {
      if (source.lineLength(n) > 40) {
        continue;
      }
      String key = Spaces.lineKey(source.line(n));
      if (TextPage.TAKEAWAY_HEADINGS.contains(key) || TextPage.TOC_HEADINGS.contains(key)) {
        return 80;
      }
    }
    return 5;
  }

  @Override
  public Episode readEpisode(SourceText source, ParseContext context) {
    return new PageReader(source, context).read();
  }

  @Override
  public String toString() {
    return "TextParser";
  }
}
