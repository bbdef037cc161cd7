package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import java.util.List;

/**
 * One kind of element of a rendered document, typed by the value its {@link ElementRenderer} receives.
 *
 * <p>The document renderers walk an episode as {@link DocumentWalk#standard()} lays it out, and ask the element
 * renderers registered for each part:
 *
 * <ol>
 *   <li>{@link #DOCUMENT}: the whole document (a page's head and body); its children follow;
 *   <li>{@link #HEADER}: the header, holding {@link #METADATA} (podcast title, people, date, duration and link,
 *       always), {@link #TITLE} (when the episode has one) and {@link #PEOPLE} (always, possibly empty);
 *   <li>{@link #TAKEAWAYS}: the key takeaways, always (possibly empty); its default renders each one as a
 *       {@link #TAKEAWAY};
 *   <li>{@link #TABLE_OF_CONTENTS}: the sections listed in the table of contents, always (possibly empty);
 *   <li>{@link #SECTION}: each section in reading order; its default renders each paragraph as a
 *       {@link #PARAGRAPH};
 *   <li>{@link #FOOTER}: the whole episode, always; the built-in footers write nothing.
 * </ol>
 *
 * <p>The walk is open: a format or a user adds parts of their own ({@link DocumentWalk#insertAfter}) with elements
 * of their own ({@link #of(String)}). The built-in element renderers write nothing for an empty list, so an element
 * renderer that adds something (a footer, a list heading) always gets the chance to. An element that no renderer
 * handles renders its children, if it has any, and otherwise nothing.
 *
 * @param <T> the value an element renderer of this kind receives
 */
@SuppressWarnings("UnusedTypeParameter") // T types the value of an element renderer, at compile time only
public final class Element<T> {
  /** The whole document: a page's head and body around its children; the built-in text formats add nothing. */
  public static final Element<Episode> DOCUMENT = new Element<>("document");

  /** The header: metadata, title and people; HTML wraps it in {@code <header>}. */
  public static final Element<Episode> HEADER = new Element<>("header");

  /** Podcast title, people, date, duration and link: Markdown's YAML front matter, the HTML page's header line. */
  public static final Element<Metadata> METADATA = new Element<>("metadata");

  /** The episode's title. */
  public static final Element<String> TITLE = new Element<>("title");

  /**
   * The people who take part, in order: a list in the HTML page's header. Markdown writes them in the front matter
   * (with {@link #METADATA}) and text names only the guest in the title, so their built-in people renderers write
   * nothing.
   */
  public static final Element<List<Person>> PEOPLE = new Element<>("people");

  /** The key takeaways with their heading; the default renders each one through {@link #TAKEAWAY}. */
  public static final Element<List<Takeaway>> TAKEAWAYS = new Element<>("takeaways");

  /** One key takeaway: a list item in Markdown and HTML, a line in text. */
  public static final Element<Takeaway> TAKEAWAY = new Element<>("takeaway");

  /** The table of contents with its heading: the sections listed in it ({@link Episode#tableOfContents()}). */
  public static final Element<List<Section>> TABLE_OF_CONTENTS = new Element<>("table-of-contents");

  /** One section: its heading, then each paragraph through {@link #PARAGRAPH}. */
  public static final Element<Section> SECTION = new Element<>("section");

  /** One paragraph of a section. */
  public static final Element<String> PARAGRAPH = new Element<>("paragraph");

  /** After everything else; the built-in renderers write no footer. */
  public static final Element<Episode> FOOTER = new Element<>("footer");

  private final String name;

  private Element(String name) {
    this.name = name;
  }

  /**
   * An element of a format's or a user's own, for a part added to the walk. Elements are told apart by identity:
   * keep the one instance in a constant.
   *
   * @param name a name for messages, in lower-case kebab case
   */
  public static <T> Element<T> of(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("Element name must not be blank");
    }
    return new Element<>(name);
  }

  /** The element's name in lower-case kebab case, such as {@code table-of-contents}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
