package dev.nuggets.parser.rss;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.CharInput;
import dev.nuggets.parser.FeedCursor;
import dev.nuggets.parser.ParseContext;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS feed as it streams: the channel's elements up to its first item make the show, each item is read
 * whole (one item's elements at a time, never the feed's) and given as an episode, and the channel's elements after
 * the items complete the show. XML too damaged to go on ends the feed with an error; what was read is kept.
 */
final class RssCursor implements FeedCursor {
  private final ParseContext context;
  private final ShowReader show;
  private final ItemReader items;
  private @Nullable XmlTreeReader xml;
  private boolean atItem;
  private boolean done;

  private RssCursor(ParseContext context) {
    this.context = context;
    this.show = new ShowReader(context);
    this.items = new ItemReader(context);
  }

  static RssCursor open(CharInput input, ParseContext context) {
    RssCursor cursor = new RssCursor(context);
    try {
      XmlTreeReader xml = new XmlTreeReader(new XmlRepairReader(input.reader(), context), context);
      cursor.xml = xml;
      cursor.start(xml);
    } catch (XMLStreamException e) {
      cursor.syntax(e);
    }
    return cursor;
  }

  /** Moves into {@code <rss><channel>} and reads the show up to the first item. */
  private void start(XmlTreeReader xml) throws XMLStreamException {
    XMLStreamReader r = xml.xml();
    if (!xml.nextTag() || !r.isStartElement() || !r.getLocalName().equals("rss")) {
      context.error(RssCodes.NOT_RSS, "the document is not an RSS feed: it does not start with <rss>",
          xml.position());
      done = true;
      return;
    }
    while (xml.nextTag()) {
      if (r.isStartElement() && r.getLocalName().equals("channel") && Namespaces.of(uri(r)) == Namespaces.Space.RSS) {
        advance(xml);
        return;
      }
      if (r.isStartElement()) {
        xml.skip();
      }
    }
    context.error(RssCodes.NOT_RSS, "the RSS document has no <channel>", xml.position());
    done = true;
  }

  private static String uri(XMLStreamReader r) {
    return r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
  }

  /** Reads the channel's elements until the next item (then {@link #atItem}) or the channel's end. */
  private void advance(XmlTreeReader xml) throws XMLStreamException {
    XMLStreamReader r = xml.xml();
    while (xml.nextTag()) {
      if (r.isEndElement()) {
        done = true; // </channel>; what follows is not read
        return;
      }
      if (r.getLocalName().equals("item") && Namespaces.of(uri(r)) == Namespaces.Space.RSS) {
        atItem = true;
        return;
      }
      show.read(xml.element(2));
    }
    done = true;
  }

  @Override
  public Podcast podcast() {
    return show.podcast();
  }

  @Override
  public Optional<Episode> next() {
    XmlTreeReader xml = this.xml;
    if (done || !atItem || xml == null) {
      return Optional.empty();
    }
    try {
      XmlNode item = xml.element(2);
      atItem = false;
      Episode episode = items.read(item);
      advance(xml);
      return Optional.of(episode);
    } catch (XMLStreamException e) {
      syntax(e);
      return Optional.empty();
    }
  }

  private void syntax(XMLStreamException e) {
    done = true;
    Location l = e.getLocation();
    SourcePosition at = l == null ? SourcePosition.of(1, 1)
        : SourcePosition.of(Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int cut = message.indexOf("Message: ");
    context.error(RssCodes.SYNTAX, "the feed's XML is malformed here, and reading stopped: "
        + (cut >= 0 ? message.substring(cut + 9) : message), at);
  }

  @Override
  public void close() {
    XmlTreeReader xml = this.xml;
    if (xml != null) {
      xml.close();
    }
  }
}
