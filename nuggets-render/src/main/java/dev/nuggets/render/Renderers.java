package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.text.FormatLookup;
import dev.nuggets.render.internal.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for writing: a registry of output formats.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.discover();
 * RenderedText html = renderers.renderToString(episode, "html");       // the text and what was reported
 * renderers.render(episode, "markdown", Path.of("episode.md"));        // written whole, then moved into place
 * renderers.render(transcript, "vtt", Path.of("talk.vtt"));
 * try (FeedWriter feed = renderers.openFeed(podcast, "json", Path.of("feed.json"))) {
 *   episodes.forEach(feed::write);                                     // one episode at a time
 * }
 * }</pre>
 *
 * <p>Each method writes one {@linkplain ContentKind kind of content} in a format that writes it. Format names are
 * compared without regard to case and may be aliases ({@code md}, {@code htm}). Nothing a renderer reports is lost:
 * every method returns the diagnostics. Writing to a {@link Path} is atomic: the file is written beside its target
 * and moved into place, so a failure or a kill never leaves a half-written file.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class Renderers {
  private final List<FormatRenderer> formats;

  private Renderers(Builder builder) {
    List<FormatRenderer> discovered = new ArrayList<>();
    if (builder.discover) {
      ServiceLoader<FormatRenderer> loader =
          builder.classLoader != null
              ? ServiceLoader.load(FormatRenderer.class, builder.classLoader)
              : ServiceLoader.load(FormatRenderer.class);
      loader.forEach(discovered::add);
    }
    this.formats = FormatLookup.merge(builder.registered, discovered, FormatRenderer::format);
  }

  /** Every format found through {@link ServiceLoader}. */
  public static Renderers discover() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The registered formats: explicit registrations first, then discovered ones by name. */
  public List<FormatRenderer> formats() {
    return formats;
  }

  /** The registered formats that write this kind of content. */
  public List<FormatRenderer> formats(ContentKind kind) {
    return formats.stream().filter(r -> r.format().writes(kind)).collect(Collectors.toUnmodifiableList());
  }

  /** The format with this name or alias, in any case. */
  public Optional<FormatRenderer> format(String nameOrAlias) {
    return FormatLookup.find(formats, FormatRenderer::format, Objects.requireNonNull(nameOrAlias, "nameOrAlias"));
  }

  // Episodes

  /**
   * Writes the episode to {@code out}.
   *
   * @throws IllegalArgumentException if no format has that name, or it does not write episodes
   * @throws NuggetsRenderException if the format cannot represent the episode
   * @throws UncheckedIOException if {@code out} fails
   */
  public RenderResult render(Episode episode, String format, Appendable out) {
    Objects.requireNonNull(episode, "episode");
    return write(require(format, ContentKind.EPISODE), out, (r, o, c) -> r.renderEpisode(episode, o, c));
  }

  /** Writes the episode to {@code out} as UTF-8; the stream is flushed, not closed. */
  public RenderResult render(Episode episode, String format, OutputStream out) {
    return toStream(out, writer -> render(episode, format, writer));
  }

  /** Writes the episode to a file as UTF-8, replacing it atomically; nothing is written when the format fails. */
  public RenderResult render(Episode episode, String format, Path path) {
    return toFile(path, writer -> render(episode, format, writer));
  }

  /** The episode in the format, with what the renderer reported. */
  public RenderedText renderToString(Episode episode, String format) {
    StringBuilder out = new StringBuilder();
    RenderResult result = render(episode, format, out);
    return new RenderedText(out.toString(), result.format(), result.diagnostics());
  }

  // Transcripts

  /**
   * Writes the transcript to {@code out}.
   *
   * @throws IllegalArgumentException if no format has that name, or it does not write transcripts
   * @throws NuggetsRenderException if the format cannot represent the transcript
   * @throws UncheckedIOException if {@code out} fails
   */
  public RenderResult render(Transcript transcript, String format, Appendable out) {
    Objects.requireNonNull(transcript, "transcript");
    return write(require(format, ContentKind.TRANSCRIPT), out, (r, o, c) -> r.renderTranscript(transcript, o, c));
  }

  /** Writes the transcript to {@code out} as UTF-8; the stream is flushed, not closed. */
  public RenderResult render(Transcript transcript, String format, OutputStream out) {
    return toStream(out, writer -> render(transcript, format, writer));
  }

  /** Writes the transcript to a file as UTF-8, replacing it atomically. */
  public RenderResult render(Transcript transcript, String format, Path path) {
    return toFile(path, writer -> render(transcript, format, writer));
  }

  /** The transcript in the format, with what the renderer reported. */
  public RenderedText renderToString(Transcript transcript, String format) {
    StringBuilder out = new StringBuilder();
    RenderResult result = render(transcript, format, out);
    return new RenderedText(out.toString(), result.format(), result.diagnostics());
  }

  // Feeds

  /**
   * Writes a whole feed to {@code out}; for a feed too large to hold, {@link #openFeed} writes it one episode at a
   * time.
   *
   * @throws IllegalArgumentException if no format has that name, or it does not write feeds
   * @throws UncheckedIOException if {@code out} fails
   */
  public RenderResult render(Feed feed, String format, Appendable out) {
    Objects.requireNonNull(feed, "feed");
    FeedWriter writer = openFeed(feed.podcast(), format, out);
    writer.writeAll(feed.episodes());
    return writer.finish();
  }

  /** Writes a whole feed to {@code out} as UTF-8; the stream is flushed, not closed. */
  public RenderResult render(Feed feed, String format, OutputStream out) {
    return toStream(out, writer -> render(feed, format, writer));
  }

  /** Writes a whole feed to a file as UTF-8, replacing it atomically. */
  public RenderResult render(Feed feed, String format, Path path) {
    return toFile(path, writer -> render(feed, format, writer));
  }

  /** The feed in the format, with what the renderer reported. */
  public RenderedText renderToString(Feed feed, String format) {
    StringBuilder out = new StringBuilder();
    RenderResult result = render(feed, format, out);
    return new RenderedText(out.toString(), result.format(), result.diagnostics());
  }

  /**
   * Starts writing a feed to {@code out}: the show now, then each episode given to the writer, and the end of the
   * feed when it is closed.
   *
   * @throws IllegalArgumentException if no format has that name, or it does not write feeds
   * @throws UncheckedIOException if {@code out} fails
   */
  public FeedWriter openFeed(Podcast podcast, String format, Appendable out) {
    return openFeed(podcast, format, out, succeeded -> {});
  }

  /** Starts writing a feed to {@code out} as UTF-8; closing the writer flushes the stream but does not close it. */
  public FeedWriter openFeed(Podcast podcast, String format, OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return openFeed(podcast, format, writer, succeeded -> writer.flush());
  }

  /**
   * Starts writing a feed to a file as UTF-8. The file is written beside its target and moved into place when the
   * writer is closed, so readers never see half a feed.
   */
  public FeedWriter openFeed(Podcast podcast, String format, Path path) {
    AtomicFile file;
    try {
      file = AtomicFile.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException(AtomicFile.describe(path, e), e);
    }
    try {
      return openFeed(podcast, format, file.writer(), file::finish);
    } catch (RuntimeException e) {
      file.abandon();
      throw e;
    }
  }

  private FeedWriter openFeed(Podcast podcast, String format, Appendable out, FeedWriter.Finisher finisher) {
    Objects.requireNonNull(podcast, "podcast");
    FormatRenderer renderer = require(format, ContentKind.FEED);
    List<Diagnostic> diagnostics = FeedWriter.newDiagnostics();
    try {
      FeedSink sink = renderer.openFeed(podcast, out, diagnostics::add);
      return new FeedWriter(renderer.format().name(), sink, diagnostics, finisher);
    } catch (IOException e) {
      try {
        finisher.finish(false);
      } catch (IOException ignored) {
        // the first failure says what went wrong
      }
      throw new UncheckedIOException(e);
    }
  }

  // Plumbing

  @FunctionalInterface
  private interface Writing {
    void write(FormatRenderer renderer, Appendable out, RenderContext context) throws IOException;
  }

  @FunctionalInterface
  private interface WriterRender {
    RenderResult render(Writer writer);
  }

  private static RenderResult write(FormatRenderer renderer, Appendable out, Writing writing) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      writing.write(renderer, out, diagnostics::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderResult(renderer.format().name(), diagnostics);
  }

  private static RenderResult toStream(OutputStream out, WriterRender render) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    RenderResult result = render.render(writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  private static RenderResult toFile(Path path, WriterRender render) {
    AtomicFile file;
    try {
      file = AtomicFile.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException(AtomicFile.describe(path, e), e);
    }
    RenderResult result;
    try {
      result = render.render(file.writer());
    } catch (RuntimeException e) {
      file.abandon();
      throw e;
    }
    try {
      file.finish(true);
    } catch (IOException e) {
      throw new UncheckedIOException(AtomicFile.describe(path, e), e);
    }
    return result;
  }

  private FormatRenderer require(String format, ContentKind kind) {
    Objects.requireNonNull(format, "format");
    FormatRenderer renderer =
        format(format)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No format named '" + format + "'; registered: "
                            + FormatLookup.names(formats, FormatRenderer::format)));
    if (!renderer.format().writes(kind)) {
      throw new IllegalArgumentException(
          "The " + renderer.format().name() + " format does not write " + kind.label() + "s; formats that do: "
              + FormatLookup.names(formats(kind), FormatRenderer::format));
    }
    return renderer;
  }

  @Override
  public String toString() {
    return "Renderers[" + FormatLookup.names(formats, FormatRenderer::format) + "]";
  }

  /** Builds {@link Renderers}. By default it discovers formats. */
  public static final class Builder {
    private final List<FormatRenderer> registered = new ArrayList<>();
    private boolean discover = true;
    private @Nullable ClassLoader classLoader;

    private Builder() {}

    /**
     * Adds a format. An explicitly registered format takes precedence over a discovered one with the same name
     * (this is how a configured built-in renderer replaces the default one), and over later registrations.
     */
    public Builder register(FormatRenderer renderer) {
      registered.add(Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /** Whether to add the formats found through {@link ServiceLoader}; true by default. */
    public Builder discover(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** The class loader that {@link ServiceLoader} searches; by default the thread's context class loader. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    public Renderers build() {
      return new Renderers(this);
    }
  }
}
