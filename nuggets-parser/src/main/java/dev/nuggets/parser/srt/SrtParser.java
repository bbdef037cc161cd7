package dev.nuggets.parser.srt;

import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.SrtFormat;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.CueTiming;

/**
 * The {@code srt} format: SubRip transcripts. Each numbered block becomes a {@link dev.nuggets.core.Cue} with its
 * start, end and text:
 *
 * <ul>
 *   <li>A {@code Name:} at the start of a cue's text ({@code Travis: When you first...}) names the speaker and is
 *       taken off the text; cues that continue a turn name no one (see {@link Transcript#turns()}).
 *   <li>Times are {@code hh:mm:ss,ttt}; a full stop before the milliseconds, missing hours or one-digit fields are
 *       read with a warning. Formatting tags ({@code <i>}, {@code <font>}, {@code {\an8}}) are taken out, their text
 *       kept; SubRip has no escapes, so other text is kept as it is. Line breaks within a cue are kept.
 *   <li>Sequence numbers are not kept: missing ones and ones out of sequence are tolerated, with a warning counted
 *       once. Blank-line damage (a cue's text split by a blank line) joins the text to its cue; a cue that starts
 *       right after another's text, with no blank line, is read as the next cue. A byte order mark, CRLF and CR
 *       line ends are read.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class SrtParser implements FormatParser {

  @Override
  public Format format() {
    return SrtFormat.FORMAT;
  }

  /**
   * 95 for text whose first line is a sequence number and whose second is a timing line; 30 for other text with a
   * timing line ({@code -->}) that does not start with {@code WEBVTT}, markup or JSON; 0 for anything else.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    String text = prefix.text().replace("\uFEFF", "").stripLeading();
    if (text.startsWith("WEBVTT") || text.startsWith("<") || text.startsWith("{") || text.startsWith("[")
        || !CueTiming.isTimingLine(text)) {
      return 0;
    }
    int firstEnd = lineEnd(text, 0);
    int secondStart = firstEnd < text.length() && text.charAt(firstEnd) == '\r' ? firstEnd + 1 : firstEnd;
    secondStart = secondStart < text.length() && text.charAt(secondStart) == '\n' ? secondStart + 1 : secondStart;
    String second = text.substring(Math.min(secondStart, text.length()), lineEnd(text, secondStart));
    boolean numbered = SrtReader.isNumber(text.substring(0, firstEnd)) && CueTiming.isTimingLine(second);
    return numbered ? 95 : 30;
  }

  private static int lineEnd(String text, int from) {
    int i = Math.min(from, text.length());
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  @Override
  public Transcript readTranscript(SourceText source, ParseContext context) {
    return new SrtReader(source, context).read();
  }

  @Override
  public String toString() {
    return "SrtParser";
  }
}
