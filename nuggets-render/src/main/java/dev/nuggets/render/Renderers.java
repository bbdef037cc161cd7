package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for writing episodes: a registry of output formats.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.discover();
 * String json = renderers.renderToString(episode, "json");
 * renderers.render(episode, "json", Path.of("episode.json"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class Renderers {
  private final List<EpisodeRenderer> formats;

  private Renderers(Builder builder) {
    Map<String, EpisodeRenderer> byName = new LinkedHashMap<>();
    for (EpisodeRenderer renderer : builder.registered) {
      byName.putIfAbsent(renderer.format(), renderer);
    }
    if (builder.discover) {
      ServiceLoader<EpisodeRenderer> loader =
          builder.classLoader != null
              ? ServiceLoader.load(EpisodeRenderer.class, builder.classLoader)
              : ServiceLoader.load(EpisodeRenderer.class);
      List<EpisodeRenderer> discovered = new ArrayList<>();
      loader.forEach(discovered::add);
      discovered.sort(Comparator.comparing(EpisodeRenderer::format));
      for (EpisodeRenderer renderer : discovered) {
        byName.putIfAbsent(renderer.format(), renderer);
      }
    }
    this.formats = List.copyOf(byName.values());
  }

  /** Every format found through {@link ServiceLoader}. */
  public static Renderers discover() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The registered formats: explicit registrations first, then discovered ones by name. */
  public List<EpisodeRenderer> formats() {
    return formats;
  }

  /** The format with this name. */
  public Optional<EpisodeRenderer> format(String name) {
    return formats.stream().filter(r -> r.format().equals(name)).findFirst();
  }

  /**
   * Writes the episode to {@code out}.
   *
   * @throws IllegalArgumentException if no format has that name
   * @throws NuggetsRenderException if the format cannot represent the episode
   * @throws UncheckedIOException if {@code out} fails
   */
  public RenderResult render(Episode episode, String format, Appendable out) {
    EpisodeRenderer renderer = require(format);
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      renderer.render(Objects.requireNonNull(episode, "episode"), out, diagnostics::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderResult(renderer.format(), diagnostics);
  }

  /** Writes the episode to {@code out} as UTF-8; the stream is flushed, not closed. */
  public RenderResult render(Episode episode, String format, OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    RenderResult result = render(episode, format, writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  /** Writes the episode to a file as UTF-8, replacing it. Nothing is written when the format fails. */
  public RenderResult render(Episode episode, String format, Path path) {
    StringBuilder out = new StringBuilder();
    RenderResult result = render(episode, format, out);
    try {
      Files.writeString(path, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  /** The episode in the format, as a string; diagnostics are dropped (use {@link #render} to see them). */
  public String renderToString(Episode episode, String format) {
    StringBuilder out = new StringBuilder();
    render(episode, format, out);
    return out.toString();
  }

  private EpisodeRenderer require(String format) {
    Objects.requireNonNull(format, "format");
    return format(format)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No format named '"
                        + format
                        + "'; registered: "
                        + formats.stream().map(EpisodeRenderer::format).collect(Collectors.joining(", "))));
  }

  @Override
  public String toString() {
    return "Renderers" + formats.stream().map(EpisodeRenderer::format).collect(Collectors.toList());
  }

  /** Builds {@link Renderers}. By default it discovers formats. */
  public static final class Builder {
    private final List<EpisodeRenderer> registered = new ArrayList<>();
    private boolean discover = true;
    private @Nullable ClassLoader classLoader;

    private Builder() {}

    /**
     * Adds a format. An explicitly registered format takes precedence over a discovered one with the same name
     * (this is how a configured built-in renderer replaces the default one), and over later registrations.
     */
    public Builder register(EpisodeRenderer renderer) {
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
