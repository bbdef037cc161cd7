package dev.nuggets.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.Golden;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import dev.nuggets.render.Xss;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "html").text();
  }

  /** HTML holds no raw control character: NUL becomes U+FFFD (as a browser shows it) with a warning, others references. */
  @Test
  void controlCharactersNeverReachThePageRaw() {
    Episode episode =
        Episode.builder().title("Nul\u0000here").addSections(Section.of("Bell\u0007and\u001Bescape", "C1\u0085x"))
            .build();
    dev.nuggets.render.RenderedText page = RENDERERS.renderToString(episode, "html");
    assertTrue(page.text().chars().noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)), page.text());
    assertTrue(page.text().contains("Nul\uFFFDhere"), page.text());
    assertTrue(page.text().contains("Bell&#x7;and&#x1B;escape"), page.text());
    assertEquals(
        List.of(dev.nuggets.render.RenderCodes.REPLACED_CHARACTER),
        page.diagnostics().stream().map(d -> d.code()).distinct().toList());
    org.jsoup.nodes.Document read = org.jsoup.Jsoup.parse(page.text());
    assertEquals("Bell\u0007and\u001Bescape", read.select("section h2").last().text(), "references read back as the characters");
  }

  @Test
  void pageMatchesTheGoldenFileByteForByte() throws IOException {
    Golden.assertMatches(HtmlRendererTest.class, "coral-reefs.html", render(SampleEpisodes.coralReefs()));
  }

  @Test
  void fragmentMatchesTheGoldenFileByteForByte() throws IOException {
    Renderers fragment = Renderers.builder().register(HtmlRenderer.builder().fragment(true).build()).build();
    Golden.assertMatches(
        HtmlRendererTest.class,
        "coral-reefs.fragment.html",
        fragment.renderToString(SampleEpisodes.coralReefs(), "html").text());
  }

  /** A fragment's ids all carry the ep- prefix (and so do the table of contents' links); "" turns it off. */
  @Test
  void fragmentIdsArePrefixedUnlessTurnedOff() {
    Episode sample = SampleEpisodes.coralReefs();
    Document prefixed =
        Jsoup.parse(Renderers.builder().register(HtmlRenderer.builder().fragment(true).build()).build()
            .renderToString(sample, "html").text());
    List<String> ids = prefixed.select("[id]").eachAttr("id");
    assertFalse(ids.isEmpty());
    assertTrue(ids.stream().allMatch(id -> id.startsWith(HtmlRenderer.DEFAULT_FRAGMENT_PREFIX)), ids::toString);
    for (String href : prefixed.select("nav a").eachAttr("href")) {
      assertTrue(href.startsWith("#ep-") && prefixed.getElementById(href.substring(1)) != null, href);
    }
    Document bare =
        Jsoup.parse(Renderers.builder().register(HtmlRenderer.builder().fragment(true).anchorPrefix("").build())
            .build().renderToString(sample, "html").text());
    assertEquals(ids.stream().map(id -> id.substring(3)).toList(), bare.select("[id]").eachAttr("id"));
    Document page = Jsoup.parse(render(sample));
    assertEquals(bare.select("[id]").eachAttr("id"), page.select("[id]").eachAttr("id"), "a page has no prefix");
  }

  @Test
  void aStandalonePageWithLanguageCharsetTitleAndStylesheet() {
    Document page = Jsoup.parse(render(SampleEpisodes.coralReefs()));
    assertEquals("html", page.documentType().name());
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals("utf-8", page.selectFirst("head > meta[charset]").attr("charset"));
    assertEquals(SampleEpisodes.coralReefs().title().orElseThrow(), page.title());
    assertFalse(page.select("head > style").html().isBlank());
    assertNotNull(page.selectFirst("body > article > header > h1"));
    assertEquals(
        List.of("2026-03-14", "PT52M17S"), page.select("header .episode-meta time").eachAttr("datetime"));
    assertEquals(
        "https://deepwater.example/episodes/coral-reefs", page.selectFirst("header .episode-meta a").attr("href"));
    assertEquals(List.of("Host Sam Okafor", "Guest Maya Lindqvist, Marine Biologist"), page.select(".people li").eachText());
    assertEquals(3, page.select("nav a[href^=#]").size());
    assertEquals(4, page.select("article > section:not(.takeaways)").size());
  }

  @Test
  void languageIsABcp47Tag() {
    String html =
        Renderers.builder()
            .register(HtmlRenderer.builder().language("pt-br").build())
            .build()
            .renderToString(SampleEpisodes.empty(), "html")
            .text();
    assertEquals("pt-BR", Jsoup.parse(html).selectFirst("html").attr("lang"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().language("en\"><script>"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().language(""));
  }

  @Test
  void emptyEpisodeIsAnEmptyArticle() {
    Document page = Jsoup.parse(render(SampleEpisodes.empty()));
    assertEquals(HtmlRenderer.UNTITLED, page.title());
    assertEquals("", page.selectFirst("article").text());
  }

  /**
   * A page needs a {@code <title>}: an episode without a title gets the podcast title there, or "Untitled episode".
   * Neither is the episode's title, and the page reads back without one: the {@code <h1>} of the article the
   * renderer wrote is the only title read.
   */
  @Test
  void anEpisodeWithoutATitleReadsBackWithoutOne() {
    Parsers parsers = Parsers.discover();
    Episode untitled = Episode.builder().addSections(Section.of("Intro", "Text.")).build();
    Episode ofAPodcast = untitled.toBuilder().podcastTitle("Deep Water Weekly").build();
    assertEquals("Untitled episode", Jsoup.parse(render(untitled)).title());
    assertEquals("Deep Water Weekly", Jsoup.parse(render(ofAPodcast)).title());
    for (Episode episode : List.of(untitled, ofAPodcast, SampleEpisodes.empty())) {
      Episode read = parsers.readEpisode(Input.ofText(render(episode)), "html").value();
      assertEquals(episode, read, render(episode));
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileEpisodesKeepEveryCharacter(long seed) {
    Episode episode = new HostileText(seed).episode();
    assertPage(episode, Jsoup.parse(render(episode)), "seed " + seed);
  }

  @Test
  void xssPayloadsGiveNoExecutableContent() {
    for (String payload : Xss.PAYLOADS) {
      Episode episode = Xss.episode(payload);
      StringBuilder out = new StringBuilder();
      RenderResult result = RENDERERS.render(episode, "html", out);
      Document page = Jsoup.parse(out.toString());
      String where = "payload " + payload;
      assertPage(episode, page, where);
      assertTrue(page.select("script, iframe, object, embed, img, svg, math, base, form, link, meta[http-equiv]").isEmpty(), where);
      assertEquals(1, page.select("style").size(), where);
      for (Element element : page.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), where + ": " + element);
          if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
            String url = attribute.getValue().toLowerCase(Locale.ROOT);
            assertTrue(url.startsWith("#") || url.startsWith("http:") || url.startsWith("https:") || url.startsWith("mailto:"), where + ": " + element);
          }
        }
      }
      boolean safe = payload.startsWith("http");
      assertEquals(safe ? 1 : 0, page.select(".episode-meta a").size(), where);
      assertEquals(
          safe ? List.of() : List.of(RenderCodes.UNSAFE_LINK),
          result.diagnostics().stream().map(Diagnostic::code).toList(),
          where);
    }
  }

  @Test
  void keepsSafeUrlsAsTheBrowserReadsThem() {
    for (String url : List.of("https://a.example/?q=1&x=2", "http://a.example", "mailto:host@a.example", "HTTPS://A.EXAMPLE")) {
      Document page = Jsoup.parse(render(Episode.builder().link(url).build()));
      String href = page.selectFirst(".episode-meta a").attr("href");
      assertTrue(href.toLowerCase(Locale.ROOT).matches("(https?|mailto):.+"), url + " -> " + href);
    }
    for (String url : List.of("//evil.example", "/relative", "ftp://a.example", "https:", "x")) {
      assertTrue(Jsoup.parse(render(Episode.builder().link(url).build())).select(".episode-meta a").isEmpty(), url);
    }
  }

  /** Every text field of the episode, character for character, where it belongs in the page. */
  static void assertPage(Episode episode, Document page, String where) {
    Element article = page.selectFirst("article");
    assertNotNull(article, where);
    assertEquals(episode.title().orElse(null), text(article.selectFirst("header > h1")), where + ": title");
    assertEquals(
        episode.title().or(episode::podcastTitle).orElse(HtmlRenderer.UNTITLED), page.selectFirst("title").wholeText(),
        where);
    assertEquals(episode.podcastTitle().orElse(null), text(article.selectFirst("header .podcast")), where);
    Elements people = article.select("header .people > li");
    assertEquals(episode.people().size(), people.size(), where);
    for (int i = 0; i < people.size(); i++) {
      Person person = episode.people().get(i);
      assertEquals(
          person.role().displayName() + " " + person.name() + person.description().map(d -> ", " + d).orElse(""),
          people.get(i).wholeText(),
          where);
    }
    Elements takeaways = article.select("section.takeaways > ul > li");
    assertEquals(episode.takeaways().size(), takeaways.size(), where);
    for (int i = 0; i < takeaways.size(); i++) {
      Takeaway t = episode.takeaways().get(i);
      assertEquals(
          t.label().map(l -> l + ": ").orElse("") + t.text() + t.start().map(s -> " " + Timecodes.clock(s)).orElse(""),
          takeaways.get(i).wholeText(),
          where);
    }
    Elements entries = article.select("nav.toc > ul > li > a");
    assertEquals(episode.tableOfContents().size(), entries.size(), where);
    for (int i = 0; i < entries.size(); i++) {
      String href = entries.get(i).attr("href");
      Element target = page.getElementById(href.substring(1));
      assertNotNull(target, where + ": no element with the id of " + href);
      assertEquals(episode.tableOfContents().get(i).heading(), target.wholeText(), where);
      assertEquals(episode.tableOfContents().get(i).heading(), entries.get(i).wholeText(), where);
    }
    Elements sections = article.select("article > section:not(.takeaways)");
    assertEquals(episode.sections().size(), sections.size(), where);
    for (int i = 0; i < sections.size(); i++) {
      Section section = episode.sections().get(i);
      assertEquals(section.heading(), sections.get(i).selectFirst("h2").wholeText(), where);
      assertEquals(section.paragraphs(), sections.get(i).select("p").stream().map(Element::wholeText).toList(), where);
    }
    List<String> ids = page.select("[id]").eachAttr("id");
    assertEquals(ids.size(), ids.stream().distinct().count(), where + ": repeated ids " + ids);
  }

  private static String text(Element element) {
    return element == null ? null : element.wholeText();
  }
}
