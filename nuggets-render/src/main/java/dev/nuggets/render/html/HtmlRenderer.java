package dev.nuggets.render.html;

import dev.nuggets.core.Episode;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.HtmlFormat;
import dev.nuggets.render.DocumentRenderer;
import dev.nuggets.render.DocumentWalk;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.internal.UserElement;
import dev.nuggets.render.RenderContext;
import java.io.IOException;
import java.util.Optional;
import java.util.List;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code html} format: an episode as a standalone, readable HTML page ({@code <!DOCTYPE html>}, {@code lang},
 * UTF-8, a title and a small inline stylesheet) or, with {@link Builder#fragment(boolean) fragment(true)}, as one
 * {@code <article>} to embed in a page of your own.
 *
 * <p>The article holds a {@code <header>} (a line with the podcast, {@code <time>} of publication and duration and
 * a link to the episode's page; the {@code <h1>} title; the people as a list), the key takeaways
 * ({@code <section class="takeaways">} with a {@code <ul>}), the table of contents ({@code <nav class="toc">}
 * linking to the sections' anchors) and one {@code <section>} per section with its {@code <h2 id="...">} and
 * {@code <p>} paragraphs. Start times are {@code <time datetime="PT12M34S">00:12:34</time>}; section end times are
 * not shown.
 *
 * <p>Safe by default: all text is escaped ({@code & < > " '}), and a URL is written only when its scheme is http,
 * https or mailto after decoding character references; another is dropped with a
 * {@link dev.nuggets.render.RenderCodes#UNSAFE_LINK} warning. Element renderers ({@link Builder#elementRenderer}) change how one kind of element is written.
 * Immutable and thread-safe.
 */
public final class HtmlRenderer implements FormatRenderer {

  /** Readable on any screen, light or dark; right-to-left text takes its own direction and cannot spill over. */
  private static final String STYLESHEET =
      """
      :root { color-scheme: light dark; --muted: #5f6368; --rule: #d7dbe0; --accent: #1a5fb4; }
      @media (prefers-color-scheme: dark) { :root { --muted: #a8adb3; --rule: #3c4043; --accent: #8ab4f8; } }
      body { margin: 0; padding: 2rem 1.25rem 4rem;
        font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
      article { max-width: 42rem; margin: 0 auto; overflow-wrap: anywhere; }
      h1 { font-size: 2rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
      h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 0.5rem; }
      a { color: var(--accent); }
      time, .episode-meta, .people { color: var(--muted); }
      .episode-meta { margin: 0; font-size: 0.95rem; }
      .people { list-style: none; padding: 0; margin: 0 0 1.5rem; }
      .people li { display: inline; }
      .people li + li::before { content: " · "; }
      .people .name { color: CanvasText; font-weight: 600; }
      .role::after { content: ":"; }
      .takeaways ul, .toc ul { padding-left: 1.25rem; }
      .takeaways li, .toc li { margin: 0.35rem 0; }
      .toc { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule);
        margin-top: 2rem; padding-bottom: 0.75rem; }
      .toc h2 { margin-top: 1rem; }
      li time { font-size: 0.9em; font-variant-numeric: tabular-nums; white-space: nowrap; }
      h1, h2, p { unicode-bidi: plaintext; }
      .podcast, .name, .description, .role, .field, strong, a { unicode-bidi: isolate; }
      """;

  private final boolean fragment;
  private final String language;
  private final DocumentRenderer document;

  /** A standalone page in English with the built-in element renderers; the service-loaded default. */
  public HtmlRenderer() {
    this(builder());
  }

  private HtmlRenderer(Builder builder) {
    this.fragment = builder.fragment;
    this.language = builder.language;
    DocumentRenderer.Builder document =
        DocumentRenderer.builder(HtmlFormat.FORMAT, HtmlEscaper.INSTANCE)
            .walk(builder.walk)
            .anchorPrefix(builder.anchorPrefix.orElse(fragment ? DEFAULT_FRAGMENT_PREFIX : ""));
    builder.userElements.forEach(entry -> entry.addTo(document));
    document.elementRenderer(Element.DOCUMENT, this::page);
    document.elementRenderer(Element.HEADER, (episode, c) -> {
      c.raw("<header>\n");
      c.renderChildren();
      c.raw("</header>\n");
    });
    HtmlElements.addTo(document);
    this.document = document.build();
  }

  /** The prefix of a fragment's ids unless {@link Builder#anchorPrefix} says otherwise. */
  public static final String DEFAULT_FRAGMENT_PREFIX = "ep-";

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Format format() {
    return HtmlFormat.FORMAT;
  }

  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    document.renderEpisode(episode, out, context);
  }

  /** The page around the article, or the article alone for a fragment. */
  private void page(Episode episode, ElementContext<Episode> c) throws IOException {
    if (!fragment) {
      c.raw("<!DOCTYPE html>\n<html lang=\"").text(language).raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
      c.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
      // A page needs a title; one the episode lacks is marked as generated, and the parser does not read it back.
      Optional<String> title = episode.title().or(episode::podcastTitle);
      c.text(title.orElse(UNTITLED)).raw("</title>\n");
      c.raw("<style>\n").raw(STYLESHEET).raw("</style>\n</head>\n<body>\n");
    }
    c.raw("<article class=\"episode\">\n");
    c.renderChildren();
    c.raw("</article>\n");
    if (!fragment) {
      c.raw("</body>\n</html>\n");
    }
  }

  /** The page title of an episode with neither a title nor a podcast title. */
  static final String UNTITLED = "Untitled episode";

  @Override
  public String toString() {
    return "HtmlRenderer(" + (fragment ? "fragment" : "page, lang=" + language) + ")";
  }

  /** Builds an {@link HtmlRenderer}: by default a standalone page in English with the built-in elements. */
  public static final class Builder {
    private final List<UserElement<?>> userElements = new ArrayList<>();
    private DocumentWalk walk = DocumentWalk.standard();
    private boolean fragment;
    private String language = "en";
    private Optional<String> anchorPrefix = Optional.empty();

    private Builder() {}

    /**
     * Adds an element renderer: it renders that element in place of the built-in one and may delegate to it. The
     * first one added for an element is asked first; each delegates to the next, the built-in one comes last.
     */
    public <T> Builder elementRenderer(Element<T> element, ElementRenderer<T> renderer) {
      userElements.add(new UserElement<>(element, renderer));
      return this;
    }

    /** The walk to follow, with parts of your own ({@link DocumentWalk#insertAfter}); the standard one by default. */
    public Builder walk(DocumentWalk walk) {
      this.walk = Objects.requireNonNull(walk, "walk");
      return this;
    }

    /**
     * A prefix for every id the document writes, so that a fragment's ids ({@code config}, {@code __proto__}) cannot
     * clash with a page's own ids and globals. {@value HtmlRenderer#DEFAULT_FRAGMENT_PREFIX} for a fragment and
     * none for a whole page by default; {@code ""} turns it off.
     */
    public Builder anchorPrefix(String prefix) {
      this.anchorPrefix = Optional.of(Objects.requireNonNull(prefix, "prefix"));
      return this;
    }

    /** Whether to write only the {@code <article>}, for embedding; false (a whole page) by default. */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /**
     * The page's language, a BCP 47 tag such as {@code en} or {@code pt-BR}, for {@code <html lang>}; {@code en}
     * by default.
     *
     * @throws IllegalArgumentException if the tag is not well-formed BCP 47
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "language");
      try {
        this.language = new Locale.Builder().setLanguageTag(language).build().toLanguageTag();
      } catch (IllformedLocaleException e) {
        throw new IllegalArgumentException("Not a BCP 47 language tag: '" + language + "'", e);
      }
      if (this.language.equals("und")) {
        throw new IllegalArgumentException("Not a BCP 47 language tag: '" + language + "'");
      }
      return this;
    }

    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
