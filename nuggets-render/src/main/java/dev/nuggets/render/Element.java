package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import java.util.List;

/**
 * One kind of element of a rendered episode, typed by the value its {@link ElementRenderer} receives.
 *
 * <p>The document renderers ({@code text}, {@code markdown}, {@code html}) walk an episode in this fixed order and
 * ask the element renderer registered for each part:
 *
 * <ol>
 *   <li>{@link #METADATA}: podcast title, people, date, duration and link ({@link Metadata}), always;
 *   <li>{@link #TITLE}: the episode's title, when it has one;
 *   <li>{@link #PEOPLE}: the people, always (possibly an empty list);
 *   <li>{@link #TAKEAWAYS}: the list of key takeaways, always (possibly empty); its default renders each one as a
 *       {@link #TAKEAWAY};
 *   <li>{@link #TABLE_OF_CONTENTS}: the sections listed in the table of contents, always (possibly empty);
 *   <li>{@link #SECTION}: each section in reading order; its default renders each paragraph as a
 *       {@link #PARAGRAPH};
 *   <li>{@link #FOOTER}: the whole episode, always; the built-in footers write nothing.
 * </ol>
 *
 * <p>The built-in element renderers write nothing for an empty list, so an element renderer that adds something
 * (a footer, a list heading) always gets the chance to.
 *
 * @param <T> the value an element renderer of this kind receives
 */
@SuppressWarnings("UnusedTypeParameter") // T types the value of an element renderer, at compile time only
public final class Element<T> {
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

  private static final List<Element<?>> ALL =
      List.of(METADATA, TITLE, PEOPLE, TAKEAWAYS, TAKEAWAY, TABLE_OF_CONTENTS, SECTION, PARAGRAPH, FOOTER);

  private final String name;

  private Element(String name) {
    this.name = name;
  }

  /** Every kind of element, in the order a renderer meets them. */
  public static List<Element<?>> values() {
    return ALL;
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
