package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import java.io.IOException;

/**
 * One input format: what a format implements to be read by {@link Parsers}. It declares its identity once
 * ({@link #format()}: name, extensions, and the {@linkplain Format#reads() kinds of content it reads}) and
 * implements the reading method of each kind it reads.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every parse, concurrently. They never throw
 * for bad input; they keep what they can read and {@linkplain ParseContext#report report} the rest. Decoding,
 * size limits, strictness, detection and catching their own bugs are done by {@link Parsers}, not by the format.
 *
 * <p>Formats are found through {@link java.util.ServiceLoader} ({@code provides dev.nuggets.parser.FormatParser
 * with ...} in {@code module-info.java}, or a {@code META-INF/services/dev.nuggets.parser.FormatParser} file on the
 * class path) and can be registered explicitly with {@link Parsers.Builder#register(FormatParser)}. A
 * service-loaded format needs a public no-argument constructor.
 */
public interface FormatParser {

  /** The format's identity: the same {@link Format} its renderer returns. */
  Format format();

  /**
   * How sure this format is that the input holds {@code kind} written in it, from 0 (it does not: another format,
   * or another kind) to 100 (certain). Only asked for kinds the format {@linkplain Format#reads() reads}. Looks at
   * the {@linkplain InputPrefix start of the input} only, in time linear in it. A format that can read anything
   * (plain text) answers low rather than 0, and 0 for what is clearly something else (XML, JSON).
   */
  int confidence(ContentKind kind, InputPrefix prefix);

  /**
   * Reads an episode. Formats that read {@link ContentKind#EPISODE} implement it.
   *
   * @throws UnsupportedOperationException when the format does not read episodes (never called then)
   */
  default Episode readEpisode(SourceText source, ParseContext context) {
    throw new UnsupportedOperationException("the " + format().name() + " format does not read episodes");
  }

  /**
   * Reads a transcript. Formats that read {@link ContentKind#TRANSCRIPT} implement it.
   *
   * @throws UnsupportedOperationException when the format does not read transcripts (never called then)
   */
  default Transcript readTranscript(SourceText source, ParseContext context) {
    throw new UnsupportedOperationException("the " + format().name() + " format does not read transcripts");
  }

  /**
   * Starts reading a feed: the returned cursor gives the show, then each episode as it is read, so that a feed of
   * any size is read in constant memory. Formats that read {@link ContentKind#FEED} implement it; one that needs
   * the whole document reads it with {@link CharInput#readAll()} and returns {@link FeedCursor#of}.
   *
   * @throws IOException when reading the input fails (the parse reports it)
   * @throws UnsupportedOperationException when the format does not read feeds (never called then)
   */
  default FeedCursor readFeed(CharInput input, ParseContext context) throws IOException {
    throw new UnsupportedOperationException("the " + format().name() + " format does not read feeds");
  }
}
