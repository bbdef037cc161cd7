package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.render.html.HtmlRenderer;
import dev.nuggets.render.markdown.MarkdownRenderer;
import dev.nuggets.render.text.TextRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The element-renderer API, through the four changes it is made for, in every document format. */
class ElementRendererTest {
  private static final Episode SAMPLE = SampleEpisodes.coralReefs();

  private static String render(FormatRenderer renderer, Episode episode) {
    return Renderers.builder().register(renderer).build().renderToString(episode, renderer.format().name()).text();
  }

  /** Takeaways as a numbered list: the list element rewritten, each item still the built-in takeaway. */
  @Test
  void takeawaysAsANumberedListInMarkdown() {
    MarkdownRenderer markdown =
        MarkdownRenderer.builder()
            .elementRenderer(
                Element.TAKEAWAYS,
                (takeaways, c) -> {
                  c.raw("## Key takeaways\n\n");
                  for (int i = 0; i < takeaways.size(); i++) {
                    c.raw((i + 1) + ". ").text(takeaways.get(i).text()).raw("\n");
                  }
                  c.raw("\n");
                })
            .build();
    Node document = Parser.builder().build().parse(render(markdown, SAMPLE));
    List<OrderedList> lists = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof OrderedList list) {
        lists.add(list);
      }
    }
    assertEquals(1, lists.size());
    List<String> items = new ArrayList<>();
    for (Node item = lists.get(0).getFirstChild(); item != null; item = item.getNext()) {
      items.add(dev.nuggets.render.markdown.MarkdownText.of((ListItem) item));
    }
    assertEquals(SAMPLE.takeaways().stream().map(Takeaway::text).toList(), items);
  }

  @Test
  void takeawaysAsANumberedListInHtmlDelegatingEachItem() {
    HtmlRenderer html =
        HtmlRenderer.builder()
            .elementRenderer(
                Element.TAKEAWAYS,
                (takeaways, c) -> {
                  c.raw("<section class=\"takeaways\"><h2 id=\"").text(c.anchor(Element.TAKEAWAYS));
                  c.raw("\">Key takeaways</h2>\n<ol>\n");
                  for (Takeaway takeaway : takeaways) {
                    c.render(Element.TAKEAWAY, takeaway);
                  }
                  c.raw("</ol></section>\n");
                })
            .build();
    Document page = Jsoup.parse(render(html, SAMPLE));
    assertEquals(3, page.select("section.takeaways > ol > li").size());
    assertEquals("key-takeaways", page.selectFirst("section.takeaways h2").id());
    assertTrue(page.select("section.takeaways ul").isEmpty());
    assertEquals("Restoration Buys Time:", page.selectFirst("ol li strong").text());
  }

  @Test
  void takeawaysNumberedInText() {
    TextRenderer text =
        TextRenderer.builder()
            .elementRenderer(
                Element.TAKEAWAY,
                (takeaway, c) ->
                    c.raw((c.episode().takeaways().indexOf(takeaway) + 1) + ". ").text(takeaway.text()).raw("\n"))
            .build();
    String page = render(text, SAMPLE);
    assertTrue(page.contains("\nKey takeaways\n1. Coral bleaching is a stress response:"), page);
    assertTrue(page.contains("\n3. Heat-tolerant strains"), page);
  }

  /** A CSS class on sections: the section rewritten around the built-in paragraphs and the format's anchor. */
  @Test
  void aCssClassOnSections() {
    HtmlRenderer html =
        HtmlRenderer.builder()
            .elementRenderer(
                Element.SECTION,
                (section, c) -> {
                  c.raw("<section class=\"chapter\">\n<h2 id=\"").text(c.anchor(section)).raw("\">");
                  c.text(section.heading()).raw("</h2>\n");
                  for (String paragraph : section.paragraphs()) {
                    c.render(Element.PARAGRAPH, paragraph);
                  }
                  c.raw("</section>\n");
                })
            .build();
    Document page = Jsoup.parse(render(html, SAMPLE));
    assertEquals(SAMPLE.sections().size(), page.select("section.chapter").size());
    for (String href : page.select("nav a").eachAttr("href")) {
      assertEquals(1, page.select("section.chapter > h2" + href).size(), href);
    }
    assertEquals(5, page.select("section.chapter > p").size());
  }

  /** An extra footer, after the default one, in every format; its text is escaped by the format. */
  @Test
  void anExtraFooterInEveryFormat() {
    ElementRenderer<Episode> footer =
        (episode, c) -> {
          c.renderDefault();
          c.raw(c.format().equals("html") ? "<footer>" : "").text("Summary by <Deep Water> & *friends*");
          c.raw(c.format().equals("html") ? "</footer>\n" : "\n");
        };
    Document page = Jsoup.parse(render(HtmlRenderer.builder().elementRenderer(Element.FOOTER, footer).build(), SAMPLE));
    assertEquals("Summary by <Deep Water> & *friends*", page.selectFirst("article > footer").text());
    String markdown = render(MarkdownRenderer.builder().elementRenderer(Element.FOOTER, footer).build(), SAMPLE);
    assertTrue(markdown.endsWith("\n\nSummary by \\<Deep Water\\> & \\*friends\\*\n"), markdown);
    String text = render(TextRenderer.builder().elementRenderer(Element.FOOTER, footer).build(), SAMPLE);
    assertTrue(text.endsWith("than that.\n\nSummary by <Deep Water> & *friends*\n"), text);
  }

  /** A custom front-matter field: the metadata passed on with one more field, quoted by the format. */
  @Test
  void aCustomFrontMatterField() {
    ElementRenderer<Metadata> series = (metadata, c) -> c.renderDefault(metadata.with("series", "Oceans: <Part 2>"));
    String markdown = render(MarkdownRenderer.builder().elementRenderer(Element.METADATA, series).build(), SAMPLE);
    Map<?, ?> frontMatter =
        YAMLMapper.builder().build().readValue(markdown.substring(4, markdown.indexOf("\n---\n") + 1), Map.class);
    assertEquals("Oceans: <Part 2>", frontMatter.get("series"));
    assertEquals("Deep Water Weekly", frontMatter.get("podcast"));
    assertEquals(List.of("podcast", "people", "date", "duration", "link", "series"), List.copyOf(frontMatter.keySet()));
    Document page = Jsoup.parse(render(HtmlRenderer.builder().elementRenderer(Element.METADATA, series).build(), SAMPLE));
    assertEquals("Oceans: <Part 2>", page.selectFirst(".episode-meta [data-field=series]").text());
  }

  @Test
  void theFirstRegisteredWinsAndEachDelegatesToTheNext() {
    List<String> calls = new ArrayList<>();
    HtmlRenderer html =
        HtmlRenderer.builder()
            .fragment(true)
            .elementRenderer(
                Element.TITLE,
                (title, c) -> {
                  calls.add("first " + title);
                  c.renderDefault(title.toUpperCase(java.util.Locale.ROOT));
                })
            .elementRenderer(
                Element.TITLE,
                (title, c) -> {
                  calls.add("second " + title);
                  c.raw("<p>before</p>");
                  c.renderDefault();
                })
            .build();
    String fragment = render(html, Episode.builder().title("Reefs").build());
    assertEquals(List.of("first Reefs", "second REEFS"), calls);
    // A fragment's ids carry the ep- prefix by default, so they cannot clash with the page's own.
    assertTrue(fragment.contains("<p>before</p><h1 id=\"ep-reefs\">REEFS</h1>\n"), fragment);
  }

  @Test
  void aConfiguredRendererReplacesTheDiscoveredOne() {
    HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
    Renderers renderers = Renderers.builder().register(fragment).build();
    assertSame(fragment, renderers.format("html").orElseThrow());
    assertTrue(renderers.renderToString(SAMPLE, "html").text().startsWith("<article"));
    assertTrue(Renderers.discover().renderToString(SAMPLE, "html").text().startsWith("<!DOCTYPE html>"));
  }

  @Test
  void userTextIsEscapedAndOnlyRawIsMarkup() {
    HtmlRenderer html =
        HtmlRenderer.builder()
            .fragment(true)
            .elementRenderer(Element.PARAGRAPH, (p, c) -> c.raw("<p class=\"x\">").text(p).raw("</p>"))
            .build();
    String fragment = render(html, Episode.builder().addSections(Section.of("H", "<script>alert(1)</script>")).build());
    assertTrue(fragment.contains("<p class=\"x\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"), fragment);
  }

  @Test
  void safeUrlReportsWhatItDrops() {
    List<String> kept = new ArrayList<>();
    HtmlRenderer html =
        HtmlRenderer.builder()
            .elementRenderer(
                Element.FOOTER,
                (episode, c) -> {
                  c.safeUrl("java&#x73;cript:alert(1)").ifPresent(kept::add);
                  c.safeUrl("https://deepwater.example").ifPresent(kept::add);
                })
            .build();
    RenderResult result = Renderers.builder().register(html).build().render(SAMPLE, "html", new StringBuilder());
    assertEquals(List.of("https://deepwater.example"), kept);
    assertEquals(1, result.diagnostics().size());
    assertTrue(result.diagnostics().get(0).message().contains("java&#x73;cript:alert(1)"));
  }

  @Test
  void elementRenderersMayFailWithTheOutput() {
    HtmlRenderer html =
        HtmlRenderer.builder()
            .elementRenderer(Element.TITLE, (t, c) -> {
              throw new IOException("disk full");
            })
            .build();
    assertThrows(java.io.UncheckedIOException.class, () -> render(html, SAMPLE));
  }

  @Test
  void oneRendererServesManyThreadsAtOnce() {
    Renderers renderers =
        Renderers.builder()
            .register(HtmlRenderer.builder().elementRenderer(Element.FOOTER, (e, c) -> c.text(c.anchor(Element.TITLE))).build())
            .build();
    List<Episode> episodes =
        java.util.stream.LongStream.range(0, 200).mapToObj(s -> new dev.nuggets.core.testing.HostileText(s).episode()).toList();
    for (String format : List.of("text", "markdown", "html")) {
      List<RenderedText> sequential = episodes.stream().map(e -> renderers.renderToString(e, format)).toList();
      List<RenderedText> parallel = episodes.parallelStream().map(e -> renderers.renderToString(e, format)).toList();
      assertEquals(sequential, parallel, format);
    }
  }

  @Test
  void metadataIsAnOrderedImmutableMap() {
    Metadata metadata = Metadata.of(SAMPLE).with("season", 3).with("tags", List.of("reefs", Map.of("k", true)));
    assertEquals(List.of("podcast", "people", "date", "duration", "link", "season", "tags"), List.copyOf(metadata.fields().keySet()));
    assertEquals(List.of("podcast", "date"), List.copyOf(metadata.without("people").without("duration").without("link").without("season").without("tags").fields().keySet()));
    assertEquals(metadata.with("podcast", "Other").fields().keySet(), metadata.fields().keySet());
    assertThrows(UnsupportedOperationException.class, () -> metadata.fields().put("x", "y"));
    assertThrows(IllegalArgumentException.class, () -> metadata.with("---", "x"));
    assertThrows(IllegalArgumentException.class, () -> metadata.with("ok", new Object()));
    assertThrows(IllegalArgumentException.class, () -> metadata.with("ok", Map.of("bad key", 1)));
    assertEquals(Metadata.empty(), Metadata.of(SampleEpisodes.empty()));
  }
}
