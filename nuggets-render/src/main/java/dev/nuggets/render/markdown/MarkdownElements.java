package dev.nuggets.render.markdown;

import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.DocumentRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The built-in element renderers of the {@code markdown} format. Every block ends with a blank line. */
final class MarkdownElements {
  private MarkdownElements() {}

  static void addTo(DocumentRenderer.Builder builder) {
    builder
        .elementRenderer(Element.METADATA, MarkdownElements::metadata)
        .elementRenderer(Element.TITLE, (title, c) -> c.raw("# ").text(title).raw("\n\n"))
        .elementRenderer(Element.PEOPLE, (people, c) -> {}) // in the front matter, with their roles
        .elementRenderer(Element.TAKEAWAYS, MarkdownElements::takeaways)
        .elementRenderer(Element.TAKEAWAY, MarkdownElements::takeaway)
        .elementRenderer(Element.TABLE_OF_CONTENTS, MarkdownElements::tableOfContents)
        .elementRenderer(Element.SECTION, MarkdownElements::section)
        .elementRenderer(Element.PARAGRAPH, (paragraph, c) -> c.text(paragraph).raw("\n\n"))
        .elementRenderer(Element.FOOTER, (episode, c) -> {});
  }

  private static void metadata(Metadata metadata, ElementContext<Metadata> c) throws IOException {
    Metadata written = metadata;
    Optional<Object> link = metadata.get(Metadata.LINK);
    if (link.isPresent() && link.get() instanceof String url && c.safeUrl(url).isEmpty()) {
      written = metadata.without(Metadata.LINK);
    }
    if (!written.isEmpty()) {
      StringBuilder block = new StringBuilder();
      FrontMatter.write(written.fields(), block);
      c.raw(block);
    }
  }

  private static void takeaways(List<Takeaway> takeaways, ElementContext<List<Takeaway>> c) throws IOException {
    if (takeaways.isEmpty()) {
      return;
    }
    c.raw("## ").text(Landmarks.TAKEAWAYS_HEADING).raw("\n\n");
    for (Takeaway takeaway : takeaways) {
      c.render(Element.TAKEAWAY, takeaway);
    }
    c.raw("\n");
  }

  private static void takeaway(Takeaway takeaway, ElementContext<Takeaway> c) throws IOException {
    c.raw("- ");
    if (takeaway.label().isPresent()) {
      c.raw("**").text(takeaway.label().get()).raw(":** ");
    }
    c.text(takeaway.text());
    if (takeaway.start().isPresent()) {
      c.raw(" (").raw(c.time(takeaway.start().get())).raw(")");
    }
    c.raw("\n");
  }

  private static void tableOfContents(List<Section> sections, ElementContext<List<Section>> c) throws IOException {
    if (sections.isEmpty()) {
      return;
    }
    c.raw("## ").text(Landmarks.TOC_HEADING).raw("\n\n");
    for (Section section : sections) {
      c.raw("- [").text(section.heading()).raw("](#").raw(c.anchor(section)).raw(")");
      if (section.start().isPresent()) {
        c.raw(" (").raw(c.time(section.start().get())).raw(")");
      }
      c.raw("\n");
    }
    c.raw("\n");
  }

  private static void section(Section section, ElementContext<Section> c) throws IOException {
    c.raw("## ").text(section.heading()).raw("\n\n");
    for (String paragraph : section.paragraphs()) {
      c.render(Element.PARAGRAPH, paragraph);
    }
  }
}
