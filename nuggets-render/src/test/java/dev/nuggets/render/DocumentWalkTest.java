package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.render.html.HtmlEscaper;
import dev.nuggets.render.html.HtmlRenderer;
import dev.nuggets.render.markdown.MarkdownEscaper;
import dev.nuggets.render.markdown.MarkdownRenderer;
import dev.nuggets.render.text.TextEscaper;
import dev.nuggets.render.text.TextRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The open document walk: a user's own format built from the walk and an escaper, parts of one's own inserted into
 * the walk of the built-in formats, and elements without a renderer rendering the parts inside them.
 */
class DocumentWalkTest {
  private static final Episode SAMPLE = SampleEpisodes.coralReefs();

  /** A part of our own: the sponsors, a list of names the footer's neighbour shows. */
  private static final Element<List<String>> SPONSORS = Element.of("sponsors");

  private static final DocumentWalk.Part<List<String>> SPONSORS_PART =
      DocumentWalk.Part.one(SPONSORS, episode -> List.of("Reef Fund <2035> & *friends*", "Tide Labs"));

  private static final DocumentWalk WITH_SPONSORS =
      DocumentWalk.standard().insertBefore(Element.FOOTER, SPONSORS_PART);

  private static String render(FormatRenderer renderer, Episode episode) {
    return Renderers.builder().register(renderer).build().renderToString(episode, renderer.format().name()).text();
  }

  // A user's own document format

  /** A tiny AsciiDoc: {@code *}, {@code _}, {@code #} and {@code +} as attribute references; one line per text. */
  static final class AsciidocEscaper implements Escaper {
    @Override
    public void escape(CharSequence text, Appendable out, RenderContext context) throws IOException {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '*' -> out.append("{asterisk}");
          case '_' -> out.append("{underscore}");
          case '#' -> out.append("{hash}");
          case '+' -> out.append("{plus}");
          case '\n', '\r' -> out.append(' ');
          default -> out.append(c);
        }
      }
    }
  }

  static final Format ASCIIDOC =
      Format.builder("asciidoc").aliases("adoc").fileExtensions("adoc", "asciidoc").mediaType("text/asciidoc")
          .writes(ContentKind.EPISODE).description("A tiny AsciiDoc, for this test").build();

  static DocumentRenderer asciidoc() {
    return DocumentRenderer.builder(ASCIIDOC, new AsciidocEscaper())
        .blocks(true)
        .elementRenderer(Element.TITLE, (title, c) -> c.raw("= ").text(title).raw("\n\n"))
        .elementRenderer(Element.PEOPLE, (people, c) -> {
          for (Person person : people) {
            c.raw(":").text(person.role().name()).raw(": ").text(person.name()).raw("\n");
          }
          c.raw("\n");
        })
        .elementRenderer(Element.SECTION, (section, c) -> {
          c.raw("[[").raw(c.anchor(section)).raw("]]\n== ").text(section.heading()).raw("\n\n");
          for (String paragraph : section.paragraphs()) {
            c.render(Element.PARAGRAPH, paragraph);
          }
        })
        .elementRenderer(Element.PARAGRAPH, (paragraph, c) -> c.text(paragraph).raw("\n\n"))
        .build();
  }

  @Test
  void aUsersOwnFormatRendersTitleAndSections() {
    Episode episode =
        Episode.builder()
            .title("Reefs *after* the #heatwave")
            .addPeople(Person.of("Sam Okafor", Role.HOST))
            .addTakeaways(Takeaway.of("Not written: the format has no takeaways renderer."))
            .addSections(Section.of("What_Bleaching Is", "Corals live with algae.", "Heat + light\nbreak it."))
            .addSections(Section.of("What_Bleaching Is", "Twice."))
            .build();
    DocumentRenderer asciidoc = asciidoc();
    assertEquals(ASCIIDOC, asciidoc.format());
    assertEquals(
        "= Reefs {asterisk}after{asterisk} the {hash}heatwave\n\n"
            + ":host: Sam Okafor\n\n"
            + "[[what_bleaching-is]]\n== What{underscore}Bleaching Is\n\n"
            + "Corals live with algae.\n\nHeat {plus} light break it.\n\n"
            + "[[what_bleaching-is-1]]\n== What{underscore}Bleaching Is\n\nTwice.\n",
        render(asciidoc, episode));
    Renderers renderers = Renderers.builder().register(asciidoc).build();
    assertEquals(render(asciidoc, episode), renderers.renderToString(episode, "ADOC").text(), "found by its alias");
    assertEquals("", render(asciidoc, SampleEpisodes.empty()), "an empty episode is an empty document");
  }

  @Test
  void theBuiltInEscapersArePublic() throws IOException {
    StringBuilder out = new StringBuilder();
    List<String> codes = new ArrayList<>();
    RenderContext context = d -> codes.add(d.code());
    HtmlEscaper.INSTANCE.escape("<a href='x'>&</a>", out, context);
    out.append('|');
    MarkdownEscaper.INSTANCE.escape("*not* # a heading", out, context);
    out.append('|');
    TextEscaper.INSTANCE.escape("two\nlines", out, context);
    assertEquals("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;|\\*not\\* \\# a heading|two lines", out.toString());
    assertEquals(List.of("text.line-break-joined"), codes);
  }

  @Test
  void aDocumentRendererWritesEpisodesOnly() {
    Format feeds = Format.builder("feeds-only").writes(ContentKind.FEED).build();
    assertThrows(IllegalArgumentException.class, () -> DocumentRenderer.builder(feeds, new AsciidocEscaper()));
  }

  // Parts of one's own in the built-in formats

  @Test
  void aPartInsertedBeforeTheFooterIsRenderedInHtml() {
    HtmlRenderer html =
        HtmlRenderer.builder()
            .walk(WITH_SPONSORS)
            .elementRenderer(SPONSORS, (sponsors, c) -> {
              c.raw("<aside class=\"sponsors\"><ul>\n");
              for (String sponsor : sponsors) {
                c.raw("<li>").text(sponsor).raw("</li>\n");
              }
              c.raw("</ul></aside>\n");
            })
            .elementRenderer(Element.FOOTER, (episode, c) -> c.raw("<footer>the end</footer>\n"))
            .build();
    String page = render(html, SAMPLE);
    Document document = Jsoup.parse(page);
    assertEquals(List.of("Reef Fund <2035> & *friends*", "Tide Labs"), document.select("aside.sponsors li").eachText());
    assertNotNull(document.selectFirst("article > section:last-of-type + aside.sponsors + footer"), page);
    assertTrue(page.contains("<li>Reef Fund &lt;2035&gt; &amp; *friends*</li>"), "text is escaped for the format");
  }

  @Test
  void aPartInsertedBeforeTheFooterIsRenderedInMarkdownAndText() {
    ElementRenderer<List<String>> line = (sponsors, c) -> c.raw("Sponsored by ").text(String.join(", ", sponsors)).raw("\n\n");
    String markdown = render(MarkdownRenderer.builder().walk(WITH_SPONSORS).elementRenderer(SPONSORS, line).build(), SAMPLE);
    assertTrue(
        markdown.endsWith("than that.\n\nSponsored by Reef Fund \\<2035\\> & \\*friends\\*, Tide Labs\n"), markdown);
    String text = render(TextRenderer.builder().walk(WITH_SPONSORS).elementRenderer(SPONSORS, line).build(), SAMPLE);
    assertTrue(text.endsWith("than that.\n\nSponsored by Reef Fund <2035> & *friends*, Tide Labs\n"), text);
  }

  @Test
  void aPartWithoutARendererRendersNothing() {
    assertEquals(render(new MarkdownRenderer(), SAMPLE), render(MarkdownRenderer.builder().walk(WITH_SPONSORS).build(), SAMPLE));
    assertEquals(render(new HtmlRenderer(), SAMPLE), render(HtmlRenderer.builder().walk(WITH_SPONSORS).build(), SAMPLE));
  }

  @Test
  void aPartAppendedToTheHeaderIsRenderedInsideIt() {
    DocumentWalk walk = DocumentWalk.standard().append(Element.HEADER, SPONSORS_PART);
    HtmlRenderer html =
        HtmlRenderer.builder().walk(walk)
            .elementRenderer(SPONSORS, (sponsors, c) -> c.raw("<p class=\"sponsors\">").text(sponsors.get(1)).raw("</p>\n"))
            .build();
    Document page = Jsoup.parse(render(html, SAMPLE));
    assertNotNull(page.selectFirst("article > header > ul.people + p.sponsors"), page::toString);
  }

  // Elements without a renderer render the parts inside them

  @Test
  void aHeaderWithoutARendererStillRendersMetadataTitleAndPeople() {
    List<String> order = new ArrayList<>();
    DocumentRenderer renderer =
        DocumentRenderer.builder(ASCIIDOC, new AsciidocEscaper())
            .elementRenderer(Element.METADATA, (metadata, c) -> order.add("metadata " + metadata.fields().keySet()))
            .elementRenderer(Element.TITLE, (title, c) -> order.add("title " + title))
            .elementRenderer(Element.PEOPLE, (people, c) -> order.add("people " + people.size()))
            .elementRenderer(Element.FOOTER, (episode, c) -> order.add("footer"))
            .build();
    render(renderer, SAMPLE);
    assertEquals(
        List.of(
            "metadata [podcast, people, date, duration, link]", "title " + SAMPLE.title().orElseThrow(), "people 2",
            "footer"),
        order);
  }

  @Test
  void anElementRendererRendersThePartsInsideItWithRenderChildren() {
    HtmlRenderer html =
        HtmlRenderer.builder()
            .fragment(true)
            .elementRenderer(Element.HEADER, (episode, c) -> {
              c.raw("<div class=\"top\">\n");
              c.renderChildren();
              c.raw("</div>\n");
            })
            .build();
    Document fragment = Jsoup.parse(render(html, SAMPLE));
    assertNotNull(fragment.selectFirst("article > div.top > p.episode-meta + h1 + ul.people"), fragment::toString);
    assertTrue(fragment.select("header").isEmpty(), "the built-in header was replaced");

    HtmlRenderer noTitle =
        HtmlRenderer.builder().fragment(true).elementRenderer(Element.HEADER, (episode, c) -> {}).build();
    Document bare = Jsoup.parse(render(noTitle, SAMPLE));
    assertTrue(bare.select("h1, header, .people").isEmpty(), "without renderChildren the parts inside are skipped");
    assertEquals(4, bare.select("article > section:not(.takeaways)").size());
  }

  // The walk itself

  @Test
  void theStandardWalkListsItsElementsInOrder() {
    assertEquals(
        List.of(
            Element.DOCUMENT, Element.HEADER, Element.METADATA, Element.TITLE, Element.PEOPLE, Element.TAKEAWAYS,
            Element.TABLE_OF_CONTENTS, Element.SECTION, Element.FOOTER),
        DocumentWalk.standard().elements());
    List<Element<?>> inserted = WITH_SPONSORS.elements();
    assertEquals(SPONSORS, inserted.get(inserted.indexOf(Element.FOOTER) - 1));
  }

  @Test
  void insertingBesideAnUnknownElementOrTheRootIsRefused() {
    Element<String> nowhere = Element.of("nowhere");
    DocumentWalk walk = DocumentWalk.standard();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> walk.insertAfter(nowhere, SPONSORS_PART));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> walk.insertBefore(nowhere, SPONSORS_PART));
    assertThrows(IllegalArgumentException.class, () -> walk.append(nowhere, SPONSORS_PART));
    assertThrows(IllegalArgumentException.class, () -> walk.insertAfter(Element.DOCUMENT, SPONSORS_PART));
    assertThrows(IllegalArgumentException.class, () -> Element.of(" "));
  }

  @Test
  void walksAreImmutable() {
    DocumentWalk standard = DocumentWalk.standard();
    DocumentWalk after = standard.insertAfter(Element.TITLE, SPONSORS_PART);
    assertNotSame(standard, after);
    assertTrue(standard.part(SPONSORS).isEmpty());
    assertEquals(SPONSORS, after.part(Element.HEADER).orElseThrow().children().get(2).element());
    assertEquals(List.of(List.of("Reef Fund <2035> & *friends*", "Tide Labs")), SPONSORS_PART.values(SAMPLE));
  }
}
