package dev.nuggets.parser.rss;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.RssFormat;
import dev.nuggets.parser.CharInput;
import dev.nuggets.parser.FeedCursor;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;

/**
 * The {@code rss} format: podcast feeds in RSS 2.0 with Apple's {@code itunes:} tags, Podcasting 2.0's
 * {@code podcast:} tags, {@code content:encoded} and {@code atom:link}, read as they stream (the show, then one
 * item at a time, in memory proportional to one item).
 *
 * <ul>
 *   <li>Namespaces are matched by URI with any prefix: both Podcasting 2.0 URIs, the iTunes URI in any letter case.
 *   <li>Elements the model types go to {@link dev.nuggets.core.Podcast}, {@link dev.nuggets.core.Episode} and their
 *       {@code feedDetails()}; every other element, of any namespace, is kept losslessly as an
 *       {@link dev.nuggets.core.feed.XmlElement} in the details' {@code extensions()} and written back.
 *   <li>Damage never loses a feed: HTML entities ({@code &nbsp;}), a lone {@code &} or {@code <}, control
 *       characters, and bad dates, durations and numbers are read as well as they can be, with a positioned warning
 *       ({@link RssCodes}). XML broken beyond repair ends the feed with {@code rss.syntax}; what was read is kept.
 *   <li>No DTD is processed and no external entity read: XXE probes read nothing, nested entities expand nothing.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class RssParser implements FormatParser {

  @Override
  public Format format() {
    return RssFormat.FORMAT;
  }

  /** 95 for a document whose first element is {@code <rss>}, 0 for anything else. */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    if (kind != ContentKind.FEED) {
      return 0;
    }
    String text = prefix.text();
    int i = 0;
    while (i < text.length()) {
      int lt = text.indexOf('<', i);
      if (lt < 0 || lt + 1 >= text.length()) {
        return 0;
      }
      char next = text.charAt(lt + 1);
      if (next == '?' || next == '!') {
        int end = text.indexOf('>', lt);
        if (end < 0) {
          return 0;
        }
        i = end + 1;
        continue;
      }
      return text.startsWith("rss", lt + 1) && lt + 4 < text.length()
          && !Character.isLetterOrDigit(text.charAt(lt + 4)) ? 95 : 0;
    }
    return 0;
  }

  @Override
  public FeedCursor readFeed(CharInput input, ParseContext context) {
    return RssCursor.open(input, context);
  }

  @Override
  public String toString() {
    return "RssParser";
  }
}
