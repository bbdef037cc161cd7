package dev.nuggets.render.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.FeedWriter;
import dev.nuggets.render.Renderers;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RssRendererTest {
  private static final Parsers PARSERS = Parsers.discover();
  private static final Renderers RENDERERS = Renderers.discover();

  static String render(Feed feed) {
    StringBuilder out = new StringBuilder();
    try (FeedWriter writer = RENDERERS.openFeed(feed.podcast(), "rss", out)) {
      writer.writeAll(feed.episodes());
    }
    return out.toString();
  }

  static ParseResult<Feed> read(String xml) {
    return PARSERS.readFeed(Input.ofText(xml).named("feed.xml"), "rss").readAll();
  }

  /** Real feeds survive parse, render, parse: every typed value and every kept element comes back. */
  @ParameterizedTest
  @ValueSource(strings = {"podcastindex-namespace-example-feed.xml", "rome-itunes-legacy-feed-leshow.xml"})
  void publicFeedsSurviveParseRenderParse(String name) {
    Feed first = PARSERS.readFeed(SharedFixtures.require("fixtures/public/" + name)).readAll().value();
    String rendered = render(first);
    ParseResult<Feed> again = read(rendered);
    assertEquals(first, again.value(), rendered);
    assertTrue(again.diagnostics().stream().noneMatch(d -> d.code().equals("rss.syntax")), rendered);
  }

  @Test
  void unsafeLinksAreNotWritten() {
    Podcast show = Podcast.builder().title("T").link("javascript:alert(1)").build();
    Episode episode = Episode.builder().title("E").link("javascript:alert(2)").build();
    String rendered = render(Feed.of(show, List.of(episode)));
    assertFalse(rendered.contains("javascript:"), rendered);
  }

  @Test
  void controlCharactersAreDroppedSoTheFeedStaysXml() {
    Podcast show = Podcast.builder().title("A\u0001B").build();
    String rendered = render(Feed.of(show, List.of()));
    assertEquals("AB", read(rendered).value().podcast().title().orElseThrow(), rendered);
  }

  @Test
  void theFeedDeclaresTheNamespacesAndIsRss2() {
    String rendered = render(Feed.of(Podcast.of("T"), List.of(Episode.builder().title("E").build())));
    assertTrue(rendered.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), rendered);
    for (String ns : List.of("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"",
        "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"", "version=\"2.0\"")) {
      assertTrue(rendered.contains(ns), rendered);
    }
  }
}
