package dev.nuggets.render.rss;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.feed.XmlAttribute;
import dev.nuggets.core.feed.XmlElement;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.SafeLinks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The writing of a feed's elements: text made safe for XML 1.0 (characters it cannot carry dropped, once
 * reported), links through {@link SafeLinks}, and kept {@link XmlElement}s written back with their namespaces.
 */
final class XmlOut {
  static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  static final String PODCAST = "https://podcastindex.org/namespace/1.0";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Map<String, String> PREFIXES =
      Map.of(ITUNES, "itunes", PODCAST, "podcast", CONTENT, "content", ATOM, "atom");

  private final XMLStreamWriter xml;
  private final RenderContext context;
  private final Map<String, String> extraPrefixes = new HashMap<>();
  private boolean reported;

  XmlOut(XMLStreamWriter xml, RenderContext context) {
    this.xml = xml;
    this.context = context;
  }

  XMLStreamWriter xml() {
    return xml;
  }

  /** {@code <name>text</name>} in the namespace ({@code ""} for RSS). */
  void element(String namespace, String name, String text) throws XMLStreamException {
    start(namespace, name);
    xml.writeCharacters(safe(text));
    xml.writeEndElement();
  }

  void element(String namespace, String name, Optional<String> text) throws XMLStreamException {
    if (text.isPresent()) {
      element(namespace, name, text.get());
    }
  }

  void start(String namespace, String name) throws XMLStreamException {
    if (namespace.isEmpty()) {
      xml.writeStartElement(name);
    } else {
      xml.writeStartElement(PREFIXES.getOrDefault(namespace, "ns"), name, namespace);
    }
  }

  /** The root's declarations of the namespaces the writer uses. */
  void declareAll() throws XMLStreamException {
    for (String ns : new String[] {ITUNES, PODCAST, CONTENT, ATOM}) {
      xml.writeNamespace(PREFIXES.getOrDefault(ns, "ns"), ns);
      xml.setPrefix(PREFIXES.getOrDefault(ns, "ns"), ns);
    }
  }

  void empty(String namespace, String name) throws XMLStreamException {
    xml.writeEmptyElement(PREFIXES.getOrDefault(namespace, "ns"), name, namespace);
  }

  void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, safe(value));
  }

  void attribute(String name, Optional<String> value) throws XMLStreamException {
    if (value.isPresent()) {
      attribute(name, value.get());
    }
  }

  /** A link as an attribute, when its scheme is safe. */
  void link(String name, String url) throws XMLStreamException {
    Optional<String> safe = SafeLinks.filter(url, context);
    if (safe.isPresent()) {
      attribute(name, safe.get());
    }
  }

  Optional<String> safeLink(Optional<String> url) {
    return url.flatMap(u -> SafeLinks.filter(u, context));
  }

  /** A kept element, as it was read. */
  void kept(XmlElement element) throws XMLStreamException {
    String ns = element.namespace();
    if (ns.isEmpty()) {
      xml.writeStartElement(element.name());
    } else {
      String prefix = prefix(ns, element.prefix());
      xml.writeStartElement(prefix, element.name(), ns);
      declare(prefix, ns);
    }
    for (XmlAttribute a : element.attributes()) {
      if (a.namespace().isEmpty()) {
        xml.writeAttribute(a.name(), safe(a.value()));
      } else {
        String prefix = prefix(a.namespace(), Optional.empty());
        declare(prefix, a.namespace());
        xml.writeAttribute(prefix, a.namespace(), a.name(), safe(a.value()));
      }
    }
    if (!element.text().isEmpty()) {
      xml.writeCharacters(safe(element.text()));
    }
    for (XmlElement child : element.children()) {
      kept(child);
    }
    xml.writeEndElement();
  }

  /** Declares a namespace the root does not on the element being written (again on nested ones: harmless). */
  private void declare(String prefix, String namespace) throws XMLStreamException {
    if (!PREFIXES.containsKey(namespace) && !namespace.equals(javax.xml.XMLConstants.XML_NS_URI)) {
      xml.writeNamespace(prefix, namespace);
    }
  }

  private String prefix(String namespace, Optional<String> wanted) {
    if (namespace.equals(javax.xml.XMLConstants.XML_NS_URI)) {
      return "xml";
    }
    String known = PREFIXES.get(namespace);
    if (known != null) {
      return known;
    }
    return extraPrefixes.computeIfAbsent(namespace, ns -> {
      String p = wanted.filter(w -> !PREFIXES.containsValue(w) && !w.equals("xml") && !w.startsWith("xmlns"))
          .orElse("ns");
      String candidate = p;
      for (int i = 2; extraPrefixes.containsValue(candidate); i++) {
        candidate = p + i;
      }
      return candidate;
    });
  }

  /** The text without the characters XML 1.0 cannot carry. */
  String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n';
      if (!allowed) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (!reported) {
          reported = true;
          context.report(Diagnostic.of(Severity.WARNING, RenderCodes.REPLACED_CHARACTER,
              "characters XML cannot carry (control characters, U+" + Integer.toHexString(c) + ") were dropped"));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
