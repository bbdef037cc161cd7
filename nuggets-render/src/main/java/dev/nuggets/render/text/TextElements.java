package dev.nuggets.render.text;

import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.text.TextPage;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.DocumentRenderer;
import dev.nuggets.core.text.Spaces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in element renderers of the {@code text} format. Every block ends with a blank line. */
final class TextElements {
  static final String TAKEAWAYS_HEADING = Landmarks.TAKEAWAYS_HEADING;
  static final String TOC_HEADING = Landmarks.TOC_HEADING;

  private TextElements() {}

  static void addTo(DocumentRenderer.Builder builder) {
    builder
        .elementRenderer(Element.METADATA, TextElements::metadata)
        .elementRenderer(Element.TITLE, (title, c) -> c.text(title).raw("\n\n"))
        .elementRenderer(Element.PEOPLE, TextElements::people)
        .elementRenderer(Element.TAKEAWAYS, TextElements::takeaways)
        .elementRenderer(Element.TAKEAWAY, TextElements::takeaway)
        .elementRenderer(Element.TABLE_OF_CONTENTS, TextElements::tableOfContents)
        .elementRenderer(Element.SECTION, TextElements::section)
        .elementRenderer(Element.PARAGRAPH, (paragraph, c) -> c.text(paragraph).raw("\n"))
        .elementRenderer(Element.FOOTER, (episode, c) -> {});
  }

  /**
   * Writes nothing: the layout has no place for metadata, nor for the transcript and the links to transcripts and
   * chapters kept elsewhere. Says which were dropped.
   */
  private static void metadata(Metadata metadata, ElementContext<Metadata> c) {
    List<String> dropped = new ArrayList<>(metadata.fields().keySet());
    dropped.remove(Metadata.PEOPLE); // the people element reports them, one by one
    Episode episode = c.episode();
    if (episode.transcript().isPresent()) {
      dropped.add("transcript");
    }
    if (!episode.transcriptLinks().isEmpty()) {
      dropped.add("transcript links");
    }
    if (episode.chaptersLink().isPresent()) {
      dropped.add("chapters link");
    }
    if (!dropped.isEmpty()) {
      c.renderContext()
          .warning(
              TextRenderCodes.METADATA_DROPPED,
              "the text layout has no place for " + String.join(", ", dropped) + "; not written");
    }
  }

  /** Writes nothing: the title names the one guest the layout can hold. Reports everyone else. */
  private static void people(List<Person> people, ElementContext<List<Person>> c) {
    Optional<Person> implied = c.episode().title().flatMap(TextPage::guestNamedBy);
    for (Person person : people) {
      if (implied.isPresent() && implied.get().equals(person)) {
        implied = Optional.empty(); // only the first such person: the parser reads one guest
        continue;
      }
      c.renderContext()
          .warning(
              TextRenderCodes.PERSON_DROPPED,
              "the " + person.role().displayName().toLowerCase(java.util.Locale.ROOT) + " "
                  + Spaces.quote(person.name())
                  + " was not written: the text layout names only a guest whose title reads"
                  + " \"Name (Description) - Topic\"");
    }
  }

  private static void takeaways(List<Takeaway> takeaways, ElementContext<List<Takeaway>> c) throws IOException {
    if (takeaways.isEmpty()) {
      return;
    }
    c.raw(TAKEAWAYS_HEADING).raw("\n");
    for (Takeaway takeaway : takeaways) {
      c.render(Element.TAKEAWAY, takeaway);
    }
    c.raw("\n");
  }

  private static void takeaway(Takeaway takeaway, ElementContext<Takeaway> c) throws IOException {
    if (takeaway.label().isPresent()) {
      c.text(takeaway.label().get()).raw(": ");
    }
    c.text(takeaway.text()).raw("\n");
    if (takeaway.start().isPresent()) {
      c.renderContext()
          .warning(
              TextRenderCodes.TIME_DROPPED,
              "the start time " + c.time(takeaway.start().get()) + " of the takeaway "
                  + Spaces.quote(takeaway.text()) + " was not written");
    }
  }

  private static void tableOfContents(List<Section> sections, ElementContext<List<Section>> c) throws IOException {
    if (sections.isEmpty()) {
      return;
    }
    c.raw(TOC_HEADING).raw("\n");
    for (int i = 0; i < sections.size(); i++) {
      c.raw(i == 0 ? "• " : " • ").text(sections.get(i).heading());
    }
    c.raw("\n\n");
  }

  private static void section(Section section, ElementContext<Section> c) throws IOException {
    c.text(section.heading()).raw("\n");
    for (String paragraph : section.paragraphs()) {
      c.render(Element.PARAGRAPH, paragraph);
    }
    c.raw("\n");
    if (section.start().isPresent() || section.end().isPresent()) {
      c.renderContext()
          .warning(
              TextRenderCodes.TIME_DROPPED,
              "the times of the section " + Spaces.quote(section.heading()) + " were not written");
    }
  }
}
