package dev.nuggets.render.rss;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.feed.Category;
import dev.nuggets.core.feed.Funding;
import dev.nuggets.core.feed.ItemDetails;
import dev.nuggets.core.feed.ShowDetails;
import dev.nuggets.core.feed.Soundbite;
import dev.nuggets.core.feed.XmlElement;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.RssFormat;
import dev.nuggets.core.text.HtmlText;
import dev.nuggets.render.FeedSink;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.AppendableWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The {@code rss} format's renderer: a feed as RSS 2.0 with the {@code itunes:}, {@code podcast:},
 * {@code content:} and {@code atom:} namespaces, written as it streams (the channel, then one item per episode)
 * through the JDK's {@link javax.xml.stream.XMLStreamWriter}. Every typed value goes to its element, every kept
 * extension is written back after them; reading the output gives back an equal feed. See
 * {@code docs/formats/rss.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RssRenderer implements FormatRenderer {
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

  @Override
  public Format format() {
    return RssFormat.FORMAT;
  }

  @Override
  public FeedSink openFeed(Podcast podcast, Appendable out, RenderContext context) throws IOException {
    XmlOut xml;
    try {
      xml = new XmlOut(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(new AppendableWriter(out)),
          context);
      xml.xml().writeStartDocument("UTF-8", "1.0");
      xml.xml().writeCharacters("\n");
      xml.start("", "rss");
      xml.declareAll();
      xml.attribute("version", "2.0");
      xml.start("", "channel");
      show(podcast, xml);
      xml.xml().flush();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    XmlOut writer = xml;
    return new FeedSink() {
      @Override
      public void write(Episode episode) throws IOException {
        try {
          item(episode, writer);
          writer.xml().flush();
        } catch (XMLStreamException e) {
          throw failure(e);
        }
      }

      @Override
      public void close() throws IOException {
        try {
          writer.xml().writeEndElement();
          writer.xml().writeEndElement();
          writer.xml().writeEndDocument();
          writer.xml().writeCharacters("\n");
          writer.xml().flush();
        } catch (XMLStreamException e) {
          throw failure(e);
        }
      }
    };
  }

  private static IOException failure(XMLStreamException e) {
    return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }

  private static void show(Podcast podcast, XmlOut xml) throws XMLStreamException {
    ShowDetails d = podcast.feedDetails();
    xml.element("", "title", podcast.title().map(RssRenderer::titleText));
    xml.element("", "link", xml.safeLink(podcast.link()));
    xml.element("", "description", d.descriptionHtml().or(() -> podcast.description().map(RssRenderer::notes)));
    xml.element("", "language", podcast.language());
    xml.element("", "copyright", d.copyright());
    Optional<String> self = xml.safeLink(podcast.feedUrl());
    if (self.isPresent()) {
      xml.empty(XmlOut.ATOM, "link");
      xml.attribute("href", self.get());
      xml.attribute("rel", "self");
      xml.attribute("type", "application/rss+xml");
    }
    xml.element(XmlOut.ITUNES, "author", podcast.author());
    Optional<String> image = xml.safeLink(podcast.imageUrl());
    if (image.isPresent()) {
      xml.empty(XmlOut.ITUNES, "image");
      xml.attribute("href", image.get());
    }
    xml.element(XmlOut.ITUNES, "explicit", d.explicit().map(String::valueOf));
    xml.element(XmlOut.ITUNES, "type", d.type());
    if (d.complete()) {
      xml.element(XmlOut.ITUNES, "complete", "yes");
    }
    if (d.block()) {
      xml.element(XmlOut.ITUNES, "block", "yes");
    }
    xml.element(XmlOut.ITUNES, "new-feed-url", xml.safeLink(d.newFeedUrl()));
    keywords(d.keywords(), xml);
    if (d.ownerName().isPresent() || d.ownerEmail().isPresent()) {
      xml.start(XmlOut.ITUNES, "owner");
      xml.element(XmlOut.ITUNES, "name", d.ownerName());
      xml.element(XmlOut.ITUNES, "email", d.ownerEmail());
      xml.xml().writeEndElement();
    }
    for (Category category : d.categories()) {
      category(category, xml);
    }
    xml.element(XmlOut.PODCAST, "guid", d.podcastGuid());
    xml.element(XmlOut.PODCAST, "medium", d.medium());
    if (d.locked().isPresent()) {
      xml.start(XmlOut.PODCAST, "locked");
      xml.attribute("owner", d.lockedOwner());
      xml.xml().writeCharacters(d.locked().get() ? "yes" : "no");
      xml.xml().writeEndElement();
    }
    for (Funding funding : d.funding()) {
      Optional<String> url = xml.safeLink(Optional.of(funding.url()));
      if (url.isPresent()) {
        xml.start(XmlOut.PODCAST, "funding");
        xml.attribute("url", url.get());
        xml.xml().writeCharacters(xml.safe(funding.text().orElse("")));
        xml.xml().writeEndElement();
      }
    }
    people(podcast.hosts(), xml);
    kept(d.extensions(), xml);
  }

  private static void item(Episode episode, XmlOut xml) throws XMLStreamException {
    ItemDetails d = episode.feedDetails();
    xml.start("", "item");
    xml.element("", "title", episode.title().map(RssRenderer::titleText));
    xml.element("", "link", xml.safeLink(episode.link()));
    xml.element("", "description", d.descriptionHtml().or(() -> episode.description().map(RssRenderer::notes)));
    xml.element(XmlOut.CONTENT, "encoded", d.contentHtml());
    if (d.guid().isPresent()) {
      xml.start("", "guid");
      xml.attribute("isPermaLink", d.guid().get().permaLink().map(String::valueOf));
      xml.xml().writeCharacters(xml.safe(d.guid().get().value()));
      xml.xml().writeEndElement();
    }
    xml.element("", "pubDate", episode.publishedOn().map(RssRenderer::date));
    if (d.enclosure().isPresent() && xml.safeLink(Optional.of(d.enclosure().get().url())).isPresent()) {
      xml.xml().writeEmptyElement("enclosure");
      xml.attribute("url", d.enclosure().get().url());
      xml.attribute("length", String.valueOf(d.enclosure().get().length().orElse(0L)));
      xml.attribute("type", d.enclosure().get().mediaType());
    }
    xml.element(XmlOut.ITUNES, "duration", episode.duration().map(RssRenderer::seconds));
    if (d.seasonName().isPresent() && d.season().isPresent()) {
      xml.start(XmlOut.PODCAST, "season");
      xml.attribute("name", d.seasonName().get());
      xml.xml().writeCharacters(String.valueOf(d.season().get()));
      xml.xml().writeEndElement();
    } else {
      xml.element(XmlOut.ITUNES, "season", d.season().map(String::valueOf));
    }
    if (d.episodeDisplay().isPresent() && d.episodeNumber().isPresent()) {
      xml.start(XmlOut.PODCAST, "episode");
      xml.attribute("display", d.episodeDisplay().get());
      xml.xml().writeCharacters(xml.safe(d.episodeNumber().get()));
      xml.xml().writeEndElement();
    } else {
      xml.element(XmlOut.ITUNES, "episode", d.episodeNumber());
    }
    xml.element(XmlOut.ITUNES, "episodeType", d.episodeType());
    xml.element(XmlOut.ITUNES, "explicit", d.explicit().map(String::valueOf));
    Optional<String> image = xml.safeLink(d.imageUrl());
    if (image.isPresent()) {
      xml.empty(XmlOut.ITUNES, "image");
      xml.attribute("href", image.get());
    }
    keywords(d.keywords(), xml);
    if (d.block()) {
      xml.element(XmlOut.ITUNES, "block", "yes");
    }
    for (ContentLink link : episode.transcriptLinks()) {
      contentLink("transcript", link, xml);
    }
    if (episode.chaptersLink().isPresent()) {
      contentLink("chapters", episode.chaptersLink().get(), xml);
    }
    people(episode.people(), xml);
    for (Soundbite bite : d.soundbites()) {
      xml.start(XmlOut.PODCAST, "soundbite");
      xml.attribute("startTime", seconds(bite.start()));
      xml.attribute("duration", seconds(bite.duration()));
      xml.xml().writeCharacters(xml.safe(bite.title().orElse("")));
      xml.xml().writeEndElement();
    }
    kept(d.extensions(), xml);
    xml.xml().writeEndElement();
  }

  private static void contentLink(String name, ContentLink link, XmlOut xml) throws XMLStreamException {
    if (xml.safeLink(Optional.of(link.url())).isEmpty()) {
      return;
    }
    xml.empty(XmlOut.PODCAST, name);
    xml.attribute("url", link.url());
    xml.attribute("type", link.mediaType());
    xml.attribute("language", link.language());
    xml.attribute("rel", link.rel());
  }

  private static void people(List<Person> people, XmlOut xml) throws XMLStreamException {
    for (Person person : people) {
      xml.start(XmlOut.PODCAST, "person");
      xml.attribute("role", person.role().name());
      Optional<String> img = xml.safeLink(person.imageUrl());
      xml.attribute("img", img);
      xml.attribute("href", xml.safeLink(person.link()));
      xml.xml().writeCharacters(xml.safe(person.name()));
      xml.xml().writeEndElement();
    }
  }

  private static void category(Category category, XmlOut xml) throws XMLStreamException {
    if (category.subcategories().isEmpty()) {
      xml.empty(XmlOut.ITUNES, "category");
      xml.attribute("text", category.name());
      return;
    }
    xml.start(XmlOut.ITUNES, "category");
    xml.attribute("text", category.name());
    for (Category sub : category.subcategories()) {
      category(sub, xml);
    }
    xml.xml().writeEndElement();
  }

  private static void keywords(List<String> keywords, XmlOut xml) throws XMLStreamException {
    if (!keywords.isEmpty()) {
      xml.element(XmlOut.ITUNES, "keywords", String.join(",", keywords));
    }
  }

  private static void kept(List<XmlElement> elements, XmlOut xml) throws XMLStreamException {
    for (XmlElement element : elements) {
      xml.kept(element);
    }
  }

  /** A date and time as RFC 822 ({@code Sun, 15 Dec 2024 12:15:00 +0100}); a date alone as ISO 8601. */
  private static String date(PublicationDate date) {
    return date.dateTime().map(RFC_822::format).orElse(date.date().toString());
  }

  /** Seconds, with a fraction only when there is one. */
  static String seconds(Duration d) {
    if (d.getNano() == 0) {
      return String.valueOf(d.getSeconds());
    }
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros()
        .toPlainString();
  }

  /** Plain-text show notes that would read as HTML are written as HTML that reads back as the same text. */
  private static String notes(String plain) {
    return HtmlText.readsAsHtml(plain) ? HtmlText.escape(plain) : plain;
  }

  private static String titleText(String title) {
    return notes(title);
  }

  @Override
  public String toString() {
    return "RssRenderer";
  }
}
