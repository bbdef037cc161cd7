package dev.nuggets.parser.vtt;

import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.VttFormat;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.CueTiming;

/**
 * The {@code vtt} format: WebVTT transcripts. Each cue becomes a {@link dev.nuggets.core.Cue} with its start, end
 * and text:
 *
 * <ul>
 *   <li>A voice span {@code <v Name>} (with or without classes, {@code <v.loud Name>}) names the speaker. A cue
 *       with several voice spans gives one cue per span, each with the cue's times, so that no one's words are
 *       given to another; text outside any span is a cue without a speaker.
 *   <li>Other tags ({@code <b>}, {@code <i>}, {@code <c.x>}, ruby, inner timestamps) are taken out and their text
 *       kept; character references ({@code &amp;}, {@code &lt;}, {@code &nbsp;}, numeric ones) are decoded. Line
 *       breaks within a cue are kept.
 *   <li>Hour-less times ({@code 01:02.500}) are read as the specification allows; times that break the grammar but
 *       can be read (a comma before the milliseconds, one-digit fields) are read with a warning.
 *   <li>NOTE, STYLE and REGION blocks are skipped, cue identifiers and settings dropped, each reported once as
 *       information with how many; a byte order mark, CRLF and CR line ends are read.
 *   <li>Damage: a cue's text after a blank line is joined to the cue with a warning, a timing line right after a
 *       cue's text starts the next cue, an unreadable timing line skips its cue with an error.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class VttParser implements FormatParser {

  @Override
  public Format format() {
    return VttFormat.FORMAT;
  }

  /**
   * 100 for a file that starts with {@code WEBVTT}; 30 for text with a timing line ({@code -->}) and no such
   * header, so that a damaged {@code .vtt} file is still read by its extension; 0 for anything else.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    String text = prefix.text();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.startsWith("WEBVTT")
        && (text.length() == 6 || " \t\r\n".indexOf(text.charAt(6)) >= 0)) {
      return 100;
    }
    return CueTiming.isTimingLine(text) && !text.stripLeading().startsWith("<")
        && !text.stripLeading().startsWith("{") ? 30 : 0;
  }

  @Override
  public Transcript readTranscript(SourceText source, ParseContext context) {
    return new VttReader(source, context).read();
  }

  @Override
  public String toString() {
    return "VttParser";
  }
}
