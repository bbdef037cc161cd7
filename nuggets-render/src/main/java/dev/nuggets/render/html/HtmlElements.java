package dev.nuggets.render.html;

import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.DocumentRenderer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in element renderers of the {@code html} format. */
final class HtmlElements {
  private static final String SEPARATOR = " <span class=\"sep\" aria-hidden=\"true\">·</span> ";

  private HtmlElements() {}

  static void addTo(DocumentRenderer.Builder builder) {
    builder
        .elementRenderer(Element.METADATA, HtmlElements::metadata)
        .elementRenderer(
            Element.TITLE,
            (title, c) -> c.raw("<h1 id=\"").text(c.anchor(Element.TITLE)).raw("\">").text(title).raw("</h1>\n"))
        .elementRenderer(Element.PEOPLE, HtmlElements::people)
        .elementRenderer(Element.TAKEAWAYS, HtmlElements::takeaways)
        .elementRenderer(Element.TAKEAWAY, HtmlElements::takeaway)
        .elementRenderer(Element.TABLE_OF_CONTENTS, HtmlElements::tableOfContents)
        .elementRenderer(Element.SECTION, HtmlElements::section)
        .elementRenderer(Element.PARAGRAPH, (paragraph, c) -> c.raw("<p>").text(paragraph).raw("</p>\n"))
        .elementRenderer(Element.FOOTER, (episode, c) -> {});
  }

  /**
   * One line above the title: podcast, date, duration, link, then any other scalar fields. People have an element
   * of their own.
   */
  private static void metadata(Metadata metadata, ElementContext<Metadata> c) throws IOException {
    boolean first = true;
    for (Map.Entry<String, Object> field : metadata.fields().entrySet()) {
      String name = field.getKey();
      Object value = field.getValue();
      if (name.equals(Metadata.PEOPLE)) {
        continue;
      }
      Optional<String> link =
          name.equals(Metadata.LINK) && value instanceof String url ? c.safeUrl(url) : Optional.empty();
      if (name.equals(Metadata.LINK) && link.isEmpty()) {
        continue;
      }
      String text = display(value);
      if (text.isEmpty()) {
        continue;
      }
      c.raw(first ? "<p class=\"episode-meta\">" : SEPARATOR);
      first = false;
      switch (name) {
        case Metadata.PODCAST -> c.raw("<span class=\"podcast\">").text(text).raw("</span>");
        case Metadata.DATE -> c.raw("<time datetime=\"").text(text).raw("\">").text(text).raw("</time>");
        case Metadata.DURATION -> duration(text, c);
        case Metadata.LINK -> c.raw("<a href=\"").text(link.orElseThrow()).raw("\">Episode page</a>");
        default -> c.raw("<span class=\"field\" data-field=\"").text(name).raw("\">").text(text).raw("</span>");
      }
    }
    if (!first) {
      c.raw("</p>\n");
    }
  }

  private static void duration(String text, ElementContext<Metadata> c) throws IOException {
    try {
      String clock = c.time(Duration.parse(text));
      c.raw("<time datetime=\"").text(text).raw("\">").text(clock).raw("</time>");
    } catch (DateTimeParseException e) {
      c.raw("<span class=\"duration\">").text(text).raw("</span>");
    }
  }

  /** A scalar as text, a list of scalars joined with commas; maps and nested lists give nothing. */
  private static String display(Object value) {
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder();
      for (Object element : list) {
        if (!(element instanceof List || element instanceof Map)) {
          out.append(out.length() > 0 ? ", " : "").append(element);
        }
      }
      return out.toString();
    }
    return value instanceof Map ? "" : value.toString();
  }

  private static void people(List<Person> people, ElementContext<List<Person>> c) throws IOException {
    if (people.isEmpty()) {
      return;
    }
    c.raw("<ul class=\"people\">\n");
    for (Person person : people) {
      c.raw("<li><span class=\"role\">").text(person.role().displayName()).raw("</span> ");
      c.raw("<span class=\"name\">").text(person.name()).raw("</span>");
      if (person.description().isPresent()) {
        c.raw(", <span class=\"description\">").text(person.description().get()).raw("</span>");
      }
      c.raw("</li>\n");
    }
    c.raw("</ul>\n");
  }

  private static void takeaways(List<Takeaway> takeaways, ElementContext<List<Takeaway>> c) throws IOException {
    if (takeaways.isEmpty()) {
      return;
    }
    String id = c.anchor(Element.TAKEAWAYS);
    c.raw("<section class=\"takeaways\" aria-labelledby=\"").text(id).raw("\">\n");
    c.raw("<h2 id=\"").text(id).raw("\">").text(Landmarks.TAKEAWAYS_HEADING).raw("</h2>\n<ul>\n");
    for (Takeaway takeaway : takeaways) {
      c.render(Element.TAKEAWAY, takeaway);
    }
    c.raw("</ul>\n</section>\n");
  }

  private static void takeaway(Takeaway takeaway, ElementContext<Takeaway> c) throws IOException {
    c.raw("<li>");
    if (takeaway.label().isPresent()) {
      c.raw("<strong>").text(takeaway.label().get()).raw(":</strong> ");
    }
    c.text(takeaway.text());
    if (takeaway.start().isPresent()) {
      c.raw(" ");
      time(takeaway.start().get(), c);
    }
    c.raw("</li>\n");
  }

  private static void tableOfContents(List<Section> sections, ElementContext<List<Section>> c) throws IOException {
    if (sections.isEmpty()) {
      return;
    }
    String id = c.anchor(Element.TABLE_OF_CONTENTS);
    c.raw("<nav class=\"toc\" aria-labelledby=\"").text(id).raw("\">\n");
    c.raw("<h2 id=\"").text(id).raw("\">").text(Landmarks.TOC_HEADING).raw("</h2>\n<ul>\n");
    for (Section section : sections) {
      c.raw("<li><a href=\"#").text(c.anchor(section)).raw("\">").text(section.heading()).raw("</a>");
      if (section.start().isPresent()) {
        c.raw(" ");
        time(section.start().get(), c);
      }
      c.raw("</li>\n");
    }
    c.raw("</ul>\n</nav>\n");
  }

  private static void section(Section section, ElementContext<Section> c) throws IOException {
    c.raw("<section>\n<h2 id=\"").text(c.anchor(section)).raw("\">").text(section.heading()).raw("</h2>\n");
    for (String paragraph : section.paragraphs()) {
      c.render(Element.PARAGRAPH, paragraph);
    }
    c.raw("</section>\n");
  }

  private static void time(Duration time, ElementContext<?> c) throws IOException {
    c.raw("<time datetime=\"").text(time.toString()).raw("\">").text(c.time(time)).raw("</time>");
  }
}
