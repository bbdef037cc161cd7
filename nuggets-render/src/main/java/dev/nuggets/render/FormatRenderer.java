package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import java.io.IOException;

/**
 * One output format: what a format implements to be written by {@link Renderers}. It declares its identity once
 * ({@link #format()}: name, extensions, media type and the {@linkplain Format#writes() kinds of content it writes})
 * and implements the writing method of each kind it writes. A document format can reuse the episode walk, its
 * element renderers and its escaping through {@link DocumentRenderer}.
 *
 * <p>Implementations are immutable and thread-safe: configure them with their builders, then share one instance.
 * Formats are found through {@link java.util.ServiceLoader} ({@code provides dev.nuggets.render.FormatRenderer
 * with ...} in {@code module-info.java}, or a {@code META-INF/services/dev.nuggets.render.FormatRenderer} file on
 * the class path) and can be registered explicitly with {@link Renderers.Builder#register(FormatRenderer)}. A
 * service-loaded format needs a public no-argument constructor.
 */
public interface FormatRenderer {

  /** The format's identity: the same {@link Format} its parser returns. */
  Format format();

  /**
   * Writes an episode. Formats that write {@link ContentKind#EPISODE} implement it.
   *
   * @throws NuggetsRenderException if the format cannot represent the episode at all (nothing usable is written)
   * @throws IOException if {@code out} fails
   * @throws UnsupportedOperationException when the format does not write episodes (never called then)
   */
  default void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    throw new UnsupportedOperationException("the " + format().name() + " format does not write episodes");
  }

  /**
   * Writes a transcript. Formats that write {@link ContentKind#TRANSCRIPT} implement it.
   *
   * @throws NuggetsRenderException if the format cannot represent the transcript at all
   * @throws IOException if {@code out} fails
   * @throws UnsupportedOperationException when the format does not write transcripts (never called then)
   */
  default void renderTranscript(Transcript transcript, Appendable out, RenderContext context) throws IOException {
    throw new UnsupportedOperationException("the " + format().name() + " format does not write transcripts");
  }

  /**
   * Starts writing a feed: writes what comes before the episodes and returns the sink that takes them one at a
   * time, so that a feed of any size is written in constant memory. Formats that write {@link ContentKind#FEED}
   * implement it.
   *
   * @throws IOException if {@code out} fails
   * @throws UnsupportedOperationException when the format does not write feeds (never called then)
   */
  default FeedSink openFeed(Podcast podcast, Appendable out, RenderContext context) throws IOException {
    throw new UnsupportedOperationException("the " + format().name() + " format does not write feeds");
  }
}
