package dev.nuggets.bench;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Section;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A feed written as RSS 2.0 with the iTunes namespace by the JDK's StAX writer (which escapes), for the StAX
 * baseline until Nuggets writes rss itself: a channel with its show's fields, one item per episode with title,
 * link, guid, pubDate, itunes:duration and the sections as the description.
 */
final class RssSample {
  private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy", Locale.US);

  private RssSample() {}

  static String write(Feed feed) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("rss");
      xml.writeAttribute("version", "2.0");
      xml.writeNamespace("itunes", ITUNES);
      xml.writeStartElement("channel");
      Podcast show = feed.podcast();
      element(xml, "title", show.title());
      element(xml, "link", show.link());
      element(xml, "description", show.description());
      element(xml, "language", show.language());
      for (Episode episode : feed.episodes()) {
        xml.writeCharacters("\n");
        xml.writeStartElement("item");
        element(xml, "title", episode.title());
        element(xml, "link", episode.link());
        element(xml, "guid", episode.link());
        element(xml, "pubDate", episode.publishedOn().map(date -> RFC_1123.format(date.date()) + " 00:00:00 GMT"));
        element(xml, "description", Optional.of(description(episode)));
        if (episode.duration().isPresent()) {
          xml.writeStartElement("itunes", "duration", ITUNES);
          xml.writeCharacters(Long.toString(episode.duration().get().toSeconds()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("StAX could not write a feed to memory", e);
    }
    return text.toString();
  }

  private static String description(Episode episode) {
    StringBuilder html = new StringBuilder();
    for (Section section : episode.sections()) {
      html.append("<h2>").append(section.heading()).append("</h2>");
      for (String paragraph : section.paragraphs()) {
        html.append("<p>").append(paragraph).append("</p>");
      }
    }
    return html.toString();
  }

  private static void element(XMLStreamWriter xml, String name, Optional<String> value) throws XMLStreamException {
    if (value.isPresent()) {
      xml.writeStartElement(name);
      xml.writeCharacters(value.get());
      xml.writeEndElement();
    }
  }
}
