package dev.nuggets.render.text;

import dev.nuggets.core.Episode;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.TextFormat;
import dev.nuggets.render.DocumentRenderer;
import dev.nuggets.render.DocumentWalk;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.internal.UserElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.nuggets.render.RenderContext;
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
 * The layout has no place for the podcast title, date, duration, link, or any time, nor for the transcript and
 * the links to transcripts and chapters; it names people only through the title. Each of these is left out with a warning ({@link TextRenderCodes}), and a line break inside a text
 * field is written as a space, with a warning. Every other line that the {@code text} parser would read otherwise
 * than written is reported with {@link TextRenderCodes#NOT_READ_BACK} (the checks assume the built-in element
 * renderers). So a render without warnings reads back as an equal episode; that holds exactly when the episode keeps
 * to what the layout can hold:
 *
 * <ul>
 *   <li>no podcast title, date, duration, link or times, no transcript, transcript links or chapters link;
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
public final class TextRenderer implements FormatRenderer {

  private final DocumentRenderer document;

  /** The built-in element renderers; the service-loaded default. */
  public TextRenderer() {
    this(builder());
  }

  private TextRenderer(Builder builder) {
    DocumentRenderer.Builder document =
        DocumentRenderer.builder(TextFormat.FORMAT, TextEscaper.INSTANCE).walk(builder.walk).blocks(true);
    builder.userElements.forEach(entry -> entry.addTo(document));
    TextElements.addTo(document);
    this.document = document.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Format format() {
    return TextFormat.FORMAT;
  }

  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    TextLayout.check(episode, context);
    document.renderEpisode(episode, out, context);
  }

  @Override
  public String toString() {
    return "TextRenderer";
  }

  /** Builds a {@link TextRenderer}. */
  public static final class Builder {
    private final List<UserElement<?>> userElements = new ArrayList<>();
    private DocumentWalk walk = DocumentWalk.standard();

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

    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }
}
