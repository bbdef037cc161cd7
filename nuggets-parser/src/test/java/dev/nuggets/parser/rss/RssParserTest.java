package dev.nuggets.parser.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Role;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.feed.Category;
import dev.nuggets.core.feed.Enclosure;
import dev.nuggets.core.feed.ItemDetails;
import dev.nuggets.core.feed.XmlElement;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssParserTest {
  static final Parsers PARSERS = Parsers.discover();

  static final String NS =
      " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
          + " xmlns:podcast=\"https://podcastindex.org/namespace/1.0\""
          + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
          + " xmlns:atom=\"http://www.w3.org/2005/Atom\"";

  static ParseResult<Feed> read(String document) {
    return PARSERS.readFeed(Input.ofText(document).named("feed.xml"), "rss").readAll();
  }

  static String feed(String channel) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"" + NS + ">\n<channel>\n" + channel
        + "\n</channel>\n</rss>\n";
  }

  static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void readsTheShowAndItsItems() {
    ParseResult<Feed> result = read(feed("""
        <title>Example Show</title>
        <link>https://example.org/show</link>
        <description>All about examples.</description>
        <language>en-us</language>
        <copyright>2026 Example</copyright>
        <atom:link href="https://example.org/feed.xml" rel="self" type="application/rss+xml"/>
        <itunes:author>Ann Example</itunes:author>
        <itunes:image href="https://example.org/art.jpg"/>
        <itunes:explicit>clean</itunes:explicit>
        <itunes:type>serial</itunes:type>
        <itunes:category text="Technology"/>
        <itunes:category text="News"><itunes:category text="Tech News"/></itunes:category>
        <itunes:owner><itunes:name>Ann</itunes:name><itunes:email>ann@example.org</itunes:email></itunes:owner>
        <itunes:keywords>one, two ,,three</itunes:keywords>
        <podcast:guid>abc-123</podcast:guid>
        <podcast:locked owner="ann@example.org">yes</podcast:locked>
        <podcast:person role="host" img="https://example.org/ann.jpg">Ann Example</podcast:person>
        <podcast:updateFrequency rrule="FREQ=WEEKLY">Weekly</podcast:updateFrequency>
        <item>
          <title>First</title>
          <guid isPermaLink="false">ep-1</guid>
          <pubDate>Sun, 15 Dec 2024 12:15:00 +0000</pubDate>
          <enclosure url="https://example.org/1.mp3" length="123" type="audio/mpeg"/>
          <itunes:duration>1:02:03</itunes:duration>
          <itunes:season>2</itunes:season>
          <itunes:episode>7</itunes:episode>
          <itunes:episodeType>full</itunes:episodeType>
          <description><![CDATA[<p>Notes with <a href="https://example.org/x">a link</a>.</p>]]></description>
          <content:encoded><![CDATA[<p>Full notes</p>]]></content:encoded>
          <podcast:transcript url="https://example.org/1.vtt" type="text/vtt" rel="captions"/>
          <podcast:transcript url="https://example.org/1.srt" type="application/srt" language="en"/>
          <podcast:chapters url="https://example.org/1.json" type="application/json+chapters"/>
          <podcast:person role="guest" href="https://example.org/bob">Bob</podcast:person>
          <podcast:soundbite startTime="73.5" duration="60">Best bit</podcast:soundbite>
          <podcast:alternateEnclosure type="audio/opus" length="1"><podcast:source uri="https://example.org/1.opus"/></podcast:alternateEnclosure>
        </item>
        <item><title>Second</title><enclosure url="https://example.org/2.mp3" length="0" type="audio/mpeg"/></item>
        """));
    Feed feed = result.value();
    Podcast show = feed.podcast();
    assertEquals("Example Show", show.title().orElseThrow());
    assertEquals("https://example.org/feed.xml", show.feedUrl().orElseThrow());
    assertEquals("https://example.org/art.jpg", show.imageUrl().orElseThrow());
    assertEquals("Ann Example", show.author().orElseThrow());
    assertEquals(false, show.feedDetails().explicit().orElseThrow());
    assertEquals(List.of("one", "two", "three"), show.feedDetails().keywords());
    assertEquals(
        List.of(Category.of("Technology"), Category.builder().name("News").addSubcategories(Category.of("Tech News"))
            .build()),
        show.feedDetails().categories());
    assertEquals("ann@example.org", show.feedDetails().ownerEmail().orElseThrow());
    assertEquals(true, show.feedDetails().locked().orElseThrow());
    assertEquals("https://example.org/ann.jpg", show.hosts().get(0).imageUrl().orElseThrow());
    XmlElement kept = show.feedDetails().extensions().get(0);
    assertEquals("updateFrequency", kept.name());
    assertEquals("https://podcastindex.org/namespace/1.0", kept.namespace());
    assertEquals("FREQ=WEEKLY", kept.attribute("rrule").orElseThrow());

    Episode first = feed.episodes().get(0);
    ItemDetails item = first.feedDetails();
    assertEquals("ep-1", item.guid().orElseThrow().value());
    assertEquals(false, item.guid().orElseThrow().permaLink().orElseThrow());
    assertEquals(LocalDate.of(2024, 12, 15), first.publishedOn().orElseThrow().date());
    assertEquals(Enclosure.of("https://example.org/1.mp3", 123, "audio/mpeg"), item.enclosure().orElseThrow());
    assertEquals(Duration.ofSeconds(3723), first.duration().orElseThrow());
    assertEquals(2, item.season().orElseThrow());
    assertEquals("7", item.episodeNumber().orElseThrow());
    assertEquals("Notes with a link (https://example.org/x).", first.description().orElseThrow());
    assertTrue(item.descriptionHtml().orElseThrow().contains("<a href"));
    assertEquals("<p>Full notes</p>", item.contentHtml().orElseThrow());
    assertEquals(2, first.transcriptLinks().size());
    assertEquals("captions", first.transcriptLinks().get(0).rel().orElseThrow());
    assertEquals(ContentLink.of("https://example.org/1.json", "application/json+chapters"),
        first.chaptersLink().orElseThrow());
    assertEquals(Role.GUEST, first.people().get(0).role());
    assertEquals(Duration.ofMillis(73_500), item.soundbites().get(0).start());
    assertEquals("alternateEnclosure", item.extensions().get(0).name());
    assertEquals("source", item.extensions().get(0).children().get(0).name());

    Episode second = feed.episodes().get(1);
    assertTrue(second.feedDetails().enclosure().orElseThrow().length().isEmpty(), "length 0 means unknown");
    assertTrue(codes(result).contains(RssCodes.MISSING_GUID), () -> codes(result).toString());
  }

  @Test
  void namespacesAreMatchedByUriNotPrefix() {
    String document = "<rss version=\"2.0\" xmlns:i=\"http://www.itunes.com/DTDs/Podcast-1.0.dtd\""
        + " xmlns:pi=\"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md\""
        + " xmlns:itunes=\"urn:not-itunes\"><channel><title>T</title><i:author>Real</i:author>"
        + "<itunes:author>Fake</itunes:author><pi:guid>g</pi:guid></channel></rss>";
    Podcast show = read(document).value().podcast();
    assertEquals("Real", show.author().orElseThrow());
    assertEquals("g", show.feedDetails().podcastGuid().orElseThrow());
    assertEquals("urn:not-itunes", show.feedDetails().extensions().get(0).namespace());
  }

  @Test
  void damagedTextIsReadWithWarnings() {
    ParseResult<Feed> result = read(feed("<title>Caf&eacute;&nbsp;Talk & Friends \u0001</title>\n"
        + "<item><title>a < b</title><link>https://example.org/?a=1&b=2</link><guid>x</guid>"
        + "<pubDate>Sun, 15 Dec 2024 12:15 PM</pubDate><itunes:duration>garbage</itunes:duration>"
        + "<itunes:category text=\"\"/></item>"));
    Feed feed = result.value();
    assertEquals("Café\u00A0Talk & Friends", feed.podcast().title().orElseThrow());
    Episode episode = feed.episodes().get(0);
    assertEquals("a < b", episode.title().orElseThrow());
    assertEquals("https://example.org/?a=1&b=2", episode.link().orElseThrow());
    assertTrue(episode.publishedOn().isPresent());
    assertTrue(episode.duration().isEmpty());
    List<String> codes = codes(result);
    for (String code : List.of(RssCodes.HTML_ENTITY, RssCodes.LONE_AMPERSAND, RssCodes.CONTROL_CHARACTER,
        RssCodes.LONE_LESS_THAN, RssCodes.BAD_VALUE)) {
      assertTrue(codes.contains(code), () -> code + " in " + result.diagnostics());
    }
    result.diagnostics().forEach(d -> assertTrue(d.position().isPresent(), () -> "positioned: " + d));
  }

  @Test
  void brokenXmlKeepsWhatWasRead() {
    ParseResult<Feed> result = read(feed("<title>T</title><item><title>One</title></item><item><title>Two</oops>"));
    assertEquals(1, result.value().episodes().size());
    assertTrue(codes(result).contains(RssCodes.SYNTAX));
  }

  @Test
  void repeatedGuidsAreReported() {
    ParseResult<Feed> result = read(feed("<item><guid>a</guid></item><item><guid>a</guid></item>"));
    assertEquals(2, result.value().episodes().size());
    assertTrue(codes(result).contains(RssCodes.DUPLICATE_GUID));
  }

  @Test
  void notRssIsAnError() {
    ParseResult<Feed> result = read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
    assertTrue(codes(result).contains(RssCodes.NOT_RSS), () -> codes(result).toString());
  }

  @Test
  void publicFeedsAreRead() {
    for (String name : List.of("podcastindex-namespace-example-feed.xml", "rome-itunes-legacy-feed-leshow.xml")) {
      Path path = SharedFixtures.require("fixtures/public/" + name);
      ParseResult<Feed> result = PARSERS.readFeed(path).readAll();
      Feed feed = result.value();
      assertTrue(feed.podcast().title().isPresent(), name);
      assertFalse(feed.episodes().isEmpty(), name);
      assertFalse(codes(result).contains(RssCodes.SYNTAX), () -> name + ": " + result.diagnostics());
    }
    Feed example = PARSERS.readFeed(SharedFixtures.require("fixtures/public/podcastindex-namespace-example-feed.xml"))
        .readAll().value();
    assertTrue(example.episodes().stream().anyMatch(e -> !e.transcriptLinks().isEmpty()));
    assertTrue(example.episodes().stream().anyMatch(e -> !e.feedDetails().soundbites().isEmpty()));
    assertTrue(example.podcast().feedDetails().locked().orElseThrow());
  }
}
