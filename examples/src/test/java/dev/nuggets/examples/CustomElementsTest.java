package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.render.Renderers;
import org.junit.jupiter.api.Test;

class CustomElementsTest {
  private final Renderers renderers = CustomElements.renderers();

  @Test
  void markdownHasTheSeriesFieldANumberedListAndTheFooter() {
    String markdown = renderers.renderToString(SampleEpisodes.coralReefs(), "markdown").text();
    assertTrue(markdown.contains("\nseries: \"Oceans\"\n---\n"), markdown);
    assertTrue(markdown.contains("## Key takeaways\n\n1. Coral bleaching"), markdown);
    assertTrue(markdown.contains("\n3. Heat-tolerant"), markdown);
    assertTrue(markdown.endsWith("\n\nSummarised by Deep Water Weekly \\<deepwater.example\\>\n"), markdown);
  }

  @Test
  void htmlHasSectionClassesANumberedListAndTheFooter() {
    String html = renderers.renderToString(SampleEpisodes.coralReefs(), "html").text();
    assertTrue(html.startsWith("<article class=\"episode\">"), html);
    // A fragment: its ids carry the ep- prefix, so they cannot clash with the page it is embedded in.
    assertTrue(html.contains("<section class=\"chapter\">\n<h2 id=\"ep-what-bleaching-really-is\">"), html);
    assertTrue(html.contains("<a href=\"#ep-what-bleaching-really-is\">"), html);
    assertTrue(html.contains("<ol>\n<li>Coral bleaching"), html);
    assertTrue(html.contains("<footer>Summarised by Deep Water Weekly &lt;deepwater.example&gt;</footer>"), html);
  }

  @Test
  void textHasTheFooterAndOtherFormatsStay() {
    assertTrue(renderers.renderToString(SampleEpisodes.coralReefs(), "text").text().endsWith("\n\nSummarised by Deep Water Weekly <deepwater.example>\n"));
    assertTrue(renderers.format("json").isPresent());
  }
}
