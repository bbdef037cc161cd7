package dev.nuggets.parser.html;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.HtmlFormat;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.internal.DocumentShapes;
import dev.nuggets.parser.internal.InputSketch;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code html} format: episode summaries as the {@code html} renderer writes them and ordinary article pages,
 * whole documents or fragments. Built on jsoup; diagnostics carry the line:column of jsoup's source positions.
 *
 * <h2>What it reads</h2>
 *
 * <ul>
 *   <li>The episode is in the first {@code <article>} that holds an {@code <h1>} (else the first article, else
 *       {@code <main>}, else the body). Page chrome is ignored: {@code header} (unless it holds the {@code <h1>}),
 *       {@code footer}, {@code aside}, a {@code nav} that is not a table of contents, elements with the
 *       navigation/banner/contentinfo/complementary role, {@code hidden} or {@code aria-hidden} elements, and
 *       never-content elements (scripts, styles, noscript, templates, forms and their controls, iframes, SVG).
 *   <li>The first {@code <h1>} is the title; without one, the JSON-LD {@code name}, else {@code <title>}.
 *   <li>People: an element whose class is {@code people} (also {@code hosts}, {@code guests}, {@code cast},
 *       {@code credits}) lists one person per {@code <li>}: marked up as
 *       {@code <li><span class="name">Maya Lindqvist</span> <span class="role">guest</span>
 *       <span class="description">Marine Biologist</span></li>} ({@code itemprop="name"/"roleName"/"description"}
 *       also work), or written {@code Name (Role, Description)}, {@code Name, Role, Description},
 *       {@code Name — Description} or {@code Role: Name}. Between the title and the
 *       first section, lines such as {@code Host: Sam Okafor} also name people.
 *   <li>A heading ({@code h1}-{@code h6}) named "Key takeaways" (or "Takeaways", "Key points", ...) introduces the
 *       takeaways: one per {@code <li>} (nested items flattened), or one per line of a paragraph;
 *       {@code <li><strong>Label:</strong> text</li>} gives a label. Before the first section, a paragraph that
 *       only names a landmark ({@code <p><strong>Key takeaways</strong></p>}) counts as its heading.
 *   <li>The table of contents is a {@code <nav>} named so (id, class, aria-label or heading with "toc",
 *       "contents", "chapters") or whose links mostly stay on the page, or a list under a "Table of contents"
 *       heading. Entries are matched with the sections by link fragment ({@code href="#id"} against a heading's
 *       {@code id}, its {@code <section id>} or the slug of its text) or by text; a section no entry names is
 *       {@linkplain dev.nuggets.core.Section#listedInToc() not listed}; an entry with no section becomes an empty
 *       section, with a warning.
 *   <li>Every other heading starts a section. Its paragraphs are {@code <p>}, {@code <pre>}, {@code <dt>},
 *       {@code <dd>}, {@code <figcaption>}, table rows (cells joined by " | "), block quotes, loose text between
 *       blocks, and <b>one paragraph per list item</b> (nested items following as their own).
 *   <li>Start times: {@code <time datetime="PT12M34S">} inside a heading, list item or entry; else a time written
 *       at either end of the text ({@code (00:12:34)}, {@code [12:34]}, {@code 00:12:34 -}). In a page
 *       the {@code html} renderer wrote ({@code <article class="episode">}), which marks up every start, a time
 *       written in the text is text.
 *   <li>The metadata line the {@code html} renderer writes above the title, an element with class
 *       {@code episode-meta}: the podcast ({@code <span class="podcast">}), the publication date and the duration
 *       (each a {@code <time datetime>}: an ISO-8601 date or date-time, or an ISO-8601 duration such as
 *       {@code PT52M17S}) and the episode's page (its first link that leaves the page). It is metadata, never a
 *       paragraph, and what it says wins over the JSON-LD block.
 *   <li>A schema.org {@code PodcastEpisode} in a {@code <script type="application/ld+json">} block (the first
 *       block that holds one) is read as the {@code jsonld} format reads it
 *       ({@link dev.nuggets.parser.jsonld.JsonLdReader}, diagnostics {@code jsonld.*} at their line:column in the
 *       page). The page takes from it the metadata ({@code name} when the page has no {@code <h1>},
 *       {@code partOfSeries.name}, {@code datePublished}, {@code timeRequired} or {@code duration}, {@code url})
 *       and its people when the page names none. Its {@code description}, {@code abstract} and clips stand beside
 *       the page's own text and are named in an info ({@code html.jsonld-not-kept}).
 *   <li>Text becomes plain text: runs of HTML white space (space, tab, line feed, form feed, carriage return)
 *       folded to one space, other spaces (no-break, zero-width joiners) kept, {@code <br>} a line feed, images
 *       their alt text.
 * </ul>
 *
 * <p>Limits: {@code maxDepth} (elements nested deeper are skipped, reported once), {@code maxSections},
 * {@code maxTakeaways}. Unclosed and misnested tags are repaired as browsers do. Stateless and thread-safe.
 */
public final class HtmlParser implements FormatParser {



  @Override
  public Format format() {
    return HtmlFormat.FORMAT;
  }


  /**
   * 100 for {@code <!DOCTYPE html>}; 95 for a document whose root is {@code <html>}; 90 for one starting with
   * {@code <head>}, {@code <body>}, {@code <article>}, {@code <main>} or {@code <section>}; 85 for another HTML
   * element when closing block tags ({@code </p>}, {@code </h2>}, {@code </li>}, ...) follow; 40 for an HTML element
   * alone; 20 for text holding closing block tags; 0 for an XML document whose root is not an HTML element (an RSS
   * feed, an Atom feed, a TTML file) and for anything else.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    String head = prefix.afterLeadingSpace().toLowerCase(Locale.ROOT);
    boolean closingBlocks =
        head.contains("</p>") || head.contains("</h1>") || head.contains("</h2>") || head.contains("</li>")
            || head.contains("</div>") || head.contains("</section>") || head.contains("</article>");
    if (head.startsWith("<!doctype html")) {
      return 100;
    }
    Optional<InputSketch.Root> root = head.startsWith("<") ? InputSketch.root(head, 0) : Optional.empty();
    if (root.isPresent()) {
      String name = root.get().localName();
      if (name.equals("html")) {
        return 95;
      }
      if (!DocumentShapes.isHtmlElement(name) || root.get().name().indexOf(':') > 0) {
        return 0;
      }
      if (Set.of("head", "body", "article", "main", "section").contains(name)) {
        return 90;
      }
      return closingBlocks ? 85 : 40;
    }
    if (head.startsWith("<?xml") || head.startsWith("<!")) {
      return 0;
    }
    return closingBlocks ? 20 : 0;
  }


  @Override
  public Episode readEpisode(SourceText source, ParseContext context) {
    return new HtmlReader(source, context).read();
  }

  @Override
  public String toString() {
    return "HtmlParser";
  }
}
