package dev.nuggets.parser.rss;

import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.feed.XmlAttribute;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * The JDK's own StAX parser, configured for untrusted feeds, and the reading of one element with everything inside
 * it into an {@link XmlNode}. No document type declaration is processed and no external entity is read
 * ({@code newDefaultFactory()}, never {@code newFactory()}, which picks Woodstox when it is on the class path);
 * entity references are not replaced by the parser but mapped here: XML's five are text, HTML's named entities
 * ({@code &nbsp;}, {@code &iacute;}) are read as HTML means them, with a warning, and any other is dropped.
 */
final class XmlTreeReader {
  private final XMLStreamReader xml;
  private final ParseContext context;
  private final Set<String> reportedEntities = new HashSet<>();

  XmlTreeReader(Reader reader, ParseContext context) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    this.xml = factory.createXMLStreamReader(reader);
    this.context = context;
  }

  XMLStreamReader xml() {
    return xml;
  }

  SourcePosition position() {
    Location l = xml.getLocation();
    return SourcePosition.of(Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
  }

  /**
   * Moves to the next start or end of an element, reporting a document type declaration on the way; false at the
   * end of the document.
   */
  boolean nextTag() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.DTD) {
        doctype();
      }
    }
    return false;
  }

  private void doctype() {
    String text = xml.getText();
    boolean entities = text != null && text.contains("<!ENTITY");
    if (entities) {
      context.error(
          RssCodes.DOCTYPE_IGNORED,
          "the document type declaration declares entities; they are never expanded nor read from files, and "
              + "references to them are dropped",
          position());
    } else {
      context.warning(RssCodes.DOCTYPE_IGNORED, "a document type declaration was ignored", position());
    }
  }

  /** Reads the element the parser is at the start of, with all it holds, and leaves the parser at its end. */
  XmlNode element(int depth) throws XMLStreamException {
    SourcePosition at = position();
    String uri = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
    List<XmlAttribute> attributes = new ArrayList<>(xml.getAttributeCount());
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      attributes.add(
          XmlAttribute.builder()
              .namespace(ns == null ? "" : ns)
              .name(xml.getAttributeLocalName(i))
              .value(xml.getAttributeValue(i))
              .build());
    }
    String name = xml.getLocalName();
    StringBuilder text = new StringBuilder();
    List<XmlNode> children = new ArrayList<>();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (depth + 1 > context.limits().maxDepth()) {
            context.error(
                DiagnosticCodes.LIMIT_DEPTH,
                "elements nested deeper than " + context.limits().maxDepth() + " (maxDepth); the inner ones were"
                    + " skipped",
                position());
            skip();
          } else {
            children.add(element(depth + 1));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.ENTITY_REFERENCE -> text.append(entity(xml.getLocalName()));
        case XMLStreamConstants.END_ELEMENT -> {
          String content = children.isEmpty() || !Namespaces.blank(text.toString()) ? text.toString() : "";
          return new XmlNode(Namespaces.of(uri), uri, name, prefix, List.copyOf(attributes), content,
              List.copyOf(children), at);
        }
        default -> {
          // comments and processing instructions inside an element are not content
        }
      }
    }
  }

  /** Skips the element the parser is at the start of. */
  void skip() throws XMLStreamException {
    int open = 1;
    while (open > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        open++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open--;
      }
    }
  }

  private String entity(String name) {
    String value = switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> Entities.getByName(name);
    };
    boolean xmlOwn = name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")
        || name.equals("apos");
    if (!xmlOwn && reportedEntities.size() < 1000 && reportedEntities.add(name)) {
      if (value.isEmpty()) {
        context.warning(RssCodes.UNKNOWN_ENTITY, "the entity &" + name + "; is neither XML's nor HTML's; dropped",
            position());
      } else {
        context.warning(RssCodes.HTML_ENTITY, "the HTML entity &" + name + "; is not declared in XML; read as HTML"
            + " means it (reported once per entity)", position());
      }
    }
    return value;
  }

  void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing held that needs releasing
    }
  }
}
