package dev.nuggets.render.text;

import dev.nuggets.core.Episode;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.render.EpisodeRenderer;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.BlockOutput;
import dev.nuggets.render.internal.DocumentWriter;
import dev.nuggets.render.internal.ElementRenderers;
import java.io.IOException;

/**
 * The {@code text} format: an episode as a Podcast Nuggets page in plain text, without the app-promo block, which
 * the {@code text} parser reads back.
 *
 * <pre>
 * Maya Lindqvist (Marine Biologist) - Coral Reefs
 *
 * Key takeaways
 * Coral bleaching is a stress response.
 * Restoration Buys Time: nurseries help reefs recover.
 *
 * Table of contents
 * • What Bleaching Really Is • Can Reefs Recover by 2035?
 *
 * What Bleaching Really Is
 * Corals live in partnership with algae.
 * </pre>
 *
 * <p>The title; "Key takeaways" with one takeaway per line ("Label: text" when it has a label); "Table of
 * contents" with its entries on one "• ..." line; then each section's heading line and its paragraphs, one per
 * line. A section not listed in the table of contents is written in its place without an entry. Blocks are
 * separated by a blank line; lines end with {@code \n}. A heading with nothing under it (no takeaways, no listed
 * section) is left out.
 *
 * <h2>What the layout holds</h2>
 *
 * The layout has no place for the podcast title, date, duration, link, or any time; it names people only through
 * the title. Each of these is left out with a warning ({@link TextRenderCodes}), and a line break inside a text
 * field is written as a space, with a warning. Every other line that the {@code text} parser would read otherwise
 * than written is reported with {@link TextRenderCodes#NOT_READ_BACK} (the checks assume the built-in element
 * renderers). So a render without warnings reads back as an equal episode; that holds exactly when the episode keeps
 * to what the layout can hold:
 *
 * <ul>
 *   <li>no podcast title, date, duration, link or times;
 *   <li>people: none, or exactly the guest that a title shaped "Name (Description) - Topic" names (role guest, that
 *       name and description); a title of that shape always names its guest, and the description is at most 120 characters;
 *   <li>every text field is one line, with no space at either end (Unicode spaces and zero-width characters
 *       included), and no line ({@code "Key takeaways"}, {@code "Table of contents"}, a heading) repeats another
 *       that has a meaning of its own, compared ignoring case, runs of space and a trailing colon: the title,
 *       takeaways and paragraphs differ from "Key takeaways", "Takeaways", "Table of contents" and from every
 *       listed heading;
 *   <li>the title is at most 300 characters and does not end with a full stop;
 *   <li>a takeaway does not start with "•"; an unlabelled takeaway has no "Lead-in: " that reads as a label; a label
 *       reads as one (at most 80 characters, at most three words or up to eight in title case, none of
 *       {@code . ! ? : ; "} and no space but the ASCII one);
 *   <li>listed headings hold no "•" and differ from one another;
 *   <li>no paragraph is shaped like a heading (short, starting with a capital or digit, no closing punctuation,
 *       mostly title case);
 *   <li>a section not listed in the table of contents needs a table of contents (some listed section), a heading
 *       shaped like one, and a first paragraph longer than its heading.
 * </ul>
 *
 * <p>Element renderers ({@link Builder#elementRenderer}) change how one kind of element is written. Immutable and
 * thread-safe.
 */
public final class TextRenderer implements EpisodeRenderer {

  /** The format's name, {@value}. */
  public static final String FORMAT = "text";

  private final ElementRenderers elements;

  /** The built-in element renderers; the service-loaded default. */
  public TextRenderer() {
    this(builder());
  }

  private TextRenderer(Builder builder) {
    ElementRenderers.Builder elements = builder.elements.copy();
    TextElements.addTo(elements);
    this.elements = elements.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public void render(Episode episode, Appendable out, RenderContext context) throws IOException {
    BlockOutput blocks = new BlockOutput(out);
    DocumentWriter writer =
        new DocumentWriter(
            FORMAT, episode, blocks, context, new TextEscaper(context), elements);
    TextLayout.check(episode, context);
    writer.renderEpisode(() -> {});
    blocks.finish();
  }

  @Override
  public String toString() {
    return "TextRenderer";
  }

  /** Builds a {@link TextRenderer}. */
  public static final class Builder {
    private final ElementRenderers.Builder elements = ElementRenderers.builder();

    private Builder() {}

    /**
     * Adds an element renderer: it renders that element in place of the built-in one and may delegate to it. The
     * first one added for an element is asked first; each delegates to the next, the built-in one comes last.
     */
    public <T> Builder elementRenderer(Element<T> element, ElementRenderer<T> renderer) {
      elements.add(element, renderer);
      return this;
    }

    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }
}
