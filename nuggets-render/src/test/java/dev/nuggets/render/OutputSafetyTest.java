package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Output safety: every payload of {@link XssPayloads} in every text field of an episode, and every unsafe URL in its
 * link, through every registered renderer. What "safe" means depends on the format and is checked by reading the
 * output back with a real parser: JSON formats parse and keep every text exactly; HTML holds no element or attribute
 * that runs script and no link outside http, https and mailto; Markdown holds no raw HTML and no such link; plain
 * text holds the payload verbatim and nothing else. The check is chosen by the language the format writes, as its
 * media type says ({@code application/json} and {@code application/...+json}, {@code text/html},
 * {@code text/markdown}, {@code text/plain}), so a new format in one of these languages is checked without a change
 * here; a format in another language fails, so that a check for that language is written when it is added.
 */
class OutputSafetyTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Parser MARKDOWN = Parser.builder().build();
  /** Markdown as many apps render it: with commonmark-java's autolink extension (GitHub-like autolinks). */
  private static final Parser MARKDOWN_AUTOLINKS =
      Parser.builder().extensions(List.of(org.commonmark.ext.autolink.AutolinkExtension.create())).build();
  private static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "mailto");
  private static final String PLACEHOLDER = "Placeholder";

  static Stream<String> formats() {
    return RENDERERS.formats(ContentKind.EPISODE).stream().map(r -> r.format().name());
  }

  static Stream<Arguments> formatsAndPayloads() {
    return formats().flatMap(f -> XssPayloads.TEXT.stream().map(p -> Arguments.of(f, p)));
  }

  /** The public XSS lists (DOMPurify's and the OWASP cheat sheet's payloads), when ../shared is beside the checkout. */
  static Stream<Arguments> formatsAndPublicPayloads() {
    List<String> payloads = XssPayloads.shared();
    if (payloads.isEmpty()) {
      return Stream.of(Arguments.of(ABSENT, "")); // one skipped run that says why, not a configuration error
    }
    return formats().flatMap(f -> payloads.stream().map(p -> Arguments.of(f, p)));
  }

  @ParameterizedTest(name = "{0}: public payload {index}")
  @MethodSource("formatsAndPublicPayloads")
  void publicPayloadInEveryTextField(String format, String payload) {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        format.equals(ABSENT), "../shared/fixtures/xss is absent: the public XSS lists are not run");
    payloadInEveryTextField(format, payload);
  }

  private static final String ABSENT = "(public XSS lists absent)";

  static Stream<Arguments> formatsAndUnsafeLinks() {
    return formats().flatMap(f -> XssPayloads.UNSAFE_LINKS.stream().map(l -> Arguments.of(f, l)));
  }

  /** An episode with {@code text} in every text field, timed so that chapter formats can write it. */
  static Episode everywhere(String text) {
    return Episode.builder()
        .title(text)
        .podcastTitle(text)
        .addPeople(Person.builder().name(text).role(Role.GUEST).description(text).build())
        .addPeople(Person.of(text, Role.HOST))
        .addTakeaways(Takeaway.builder().label(text).text(text).start(Duration.ofSeconds(5)).build())
        .addTakeaways(Takeaway.of(text))
        .addSections(
            Section.builder().heading(text).addParagraphs(text, text).start(Duration.ZERO)
                .end(Duration.ofSeconds(60)).build())
        .addSections(Section.builder().heading(text).start(Duration.ofSeconds(60)).build())
        .link("https://example.com/episode")
        .duration(Duration.ofMinutes(10))
        .build();
  }

  private static String render(Episode episode, String format) {
    return RENDERERS.renderToString(episode, format).text();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("formatsAndPayloads")
  void payloadInEveryTextField(String format, String payload) {
    Episode episode = everywhere(payload);
    String output = render(episode, format);
    switch (language(format)) {
      case JSON -> assertJsonKeepsText(format, output, payload);
      case HTML -> assertHtmlInert(output);
      case MARKDOWN -> assertMarkdownInert(output);
      case PLAIN_TEXT -> assertTextVerbatim(format, payload);
      default -> fail("no output-safety check for " + mediaType(format) + ", the media type of the " + format
          + " format, yet: add one to " + getClass());
    }
  }

  /** The languages there is a check for; OTHER for any other. */
  enum Language {
    JSON,
    HTML,
    MARKDOWN,
    PLAIN_TEXT,
    OTHER
  }

  private static String mediaType(String format) {
    return RENDERERS.format(format).orElseThrow().format().mediaType().toLowerCase(Locale.ROOT);
  }

  /** The language a format writes, by its media type (parameters such as a charset aside). */
  static Language language(String format) {
    String type = mediaType(format);
    int parameters = type.indexOf(';');
    String bare = (parameters < 0 ? type : type.substring(0, parameters)).strip();
    if (bare.equals("application/json") || (bare.startsWith("application/") && bare.contains("json"))) {
      return Language.JSON; // application/ld+json, application/json+chapters
    }
    return switch (bare) {
      case "text/html", "application/xhtml+xml" -> Language.HTML;
      case "text/markdown" -> Language.MARKDOWN;
      case "text/plain" -> Language.PLAIN_TEXT;
      default -> Language.OTHER;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theBuiltInFormatsAreCheckedInTheirLanguage(String format) {
    Language expected =
        switch (format) {
          case "json", "jsonld", "chapters" -> Language.JSON;
          case "html" -> Language.HTML;
          case "markdown" -> Language.MARKDOWN;
          case "text" -> Language.PLAIN_TEXT;
          default -> language(format); // a format added later: checked in whatever language it declares
        };
    assertEquals(expected, language(format));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("formatsAndUnsafeLinks")
  void unsafeLinkIsDroppedAndReported(String format, String link) {
    Episode episode = everywhere(PLACEHOLDER).toBuilder().link(link).build();
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(episode, format, out);
    assertFalse(
        out.toString().contains(XssPayloads.UNSAFE_LINK_MARKER),
        () -> format + " wrote the unsafe link " + link + ":\n" + out);
    if (writesLinks(format)) {
      List<String> codes = result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
      assertTrue(codes.contains(RenderCodes.UNSAFE_LINK), () -> format + " dropped " + link + " silently: " + codes);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void safeLinksAreWritten(String format) {
    assumeTrue(writesLinks(format), "skipped: the " + format + " format does not write links");
    for (String link : XssPayloads.SAFE_LINKS) {
      if (format.equals("jsonld") && link.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
        continue; // schema.org's url is the episode's page: jsonld writes http and https addresses only
      }
      StringBuilder out = new StringBuilder();
      RenderResult result = RENDERERS.render(everywhere(PLACEHOLDER).toBuilder().link(link).build(), format, out);
      assertFalse(
          result.diagnostics().stream().anyMatch(d -> d.code().equals(RenderCodes.UNSAFE_LINK)),
          () -> format + " refused the safe link " + link + ": " + result.diagnostics());
      assertTrue(
          out.toString().toLowerCase(Locale.ROOT).contains("example.com"),
          () -> format + " dropped the safe link " + link + ":\n" + out);
    }
  }

  /** The checks themselves catch what they look for, so that they are known to work before a format needs them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unsafeOutputs")
  void checksRejectUnsafeOutput(String format, String output) {
    assertThrows(AssertionError.class, () -> {
      switch (format) {
        case "html" -> assertHtmlInert(output);
        case "markdown" -> assertMarkdownInert(output);
        default -> assertJsonKeepsText(format, output, "<script>alert(1)</script>");
      }
    });
  }

  static Stream<Arguments> unsafeOutputs() {
    return Stream.of(
        Arguments.of("html", "<h1><script>alert(1)</script></h1>"),
        Arguments.of("html", "<p><img src=x onerror=alert(1)></p>"),
        Arguments.of("html", "<a href=\"&#106;avascript:alert(1)\">x</a>"),
        Arguments.of("html", "<a href=\"java\tscript:alert(1)\">x</a>"),
        Arguments.of("html", "<iframe src=\"https://example.com\"></iframe>"),
        Arguments.of("html", "<svg onload=alert(1)></svg>"),
        Arguments.of("markdown", "# Title\n\n<div>raw</div>\n"),
        Arguments.of("markdown", "A <b>bold</b> word.\n"),
        Arguments.of("markdown", "[click](javascript:alert(1))\n"),
        Arguments.of("markdown", "![x](data:image/svg+xml,abc)\n"),
        Arguments.of("markdown", "<javascript:alert(1)>\n"),
        Arguments.of("json", "{\"title\": \"<script>alert(1)</script>\""),
        Arguments.of("json", "{\"title\": \"<script>alert(1)\"}"),
        Arguments.of("jsonld", "{\"name\": \"<script>alert(1)</script>\", \"x\": \"</script><script>\"}"));
  }

  /** Whether a format writes the episode's link at all: does a plainly safe link appear in its output? */
  private static boolean writesLinks(String format) {
    String marker = "https://links.example/written";
    return render(everywhere(PLACEHOLDER).toBuilder().link(marker).build(), format).contains("links.example");
  }

  // JSON, JSON-LD, chapters: valid JSON, every text exactly as given

  private static void assertJsonKeepsText(String format, String output, String payload) {
    JsonNode root;
    try {
      root = JSON.readTree(output);
    } catch (RuntimeException e) {
      throw new AssertionError(format + " wrote broken JSON for " + payload + ":\n" + output, e);
    }
    List<String> strings = new ArrayList<>();
    collectStrings(root, strings);
    List<String> mangled =
        strings.stream()
            .filter(s -> looksLikePayloadPart(s, payload) && !s.contains(payload))
            .collect(Collectors.toList());
    assertEquals(List.of(), mangled, () -> format + " changed the text " + payload);
    assertTrue(strings.stream().anyMatch(s -> s.contains(payload)), () -> format + " lost the text " + payload);
    if (mediaType(format).startsWith("application/ld+json")) { // embedded in <script>: must not be able to close it
      String lower = output.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("</script") || lower.contains("<!--"), () -> "JSON-LD can break out of its script"
          + " element with " + payload + ":\n" + output);
    }
    if (format.equals("json")) {
      assertEquals(payload, root.get("title").asString());
      assertEquals(payload, root.get("podcastTitle").asString());
      for (JsonNode person : root.get("people")) {
        assertEquals(payload, person.get("name").asString());
      }
      assertEquals(payload, root.get("people").get(0).get("description").asString());
      assertEquals(payload, root.get("takeaways").get(0).get("label").asString());
      for (JsonNode takeaway : root.get("takeaways")) {
        assertEquals(payload, takeaway.get("text").asString());
      }
      for (JsonNode section : root.get("sections")) {
        assertEquals(payload, section.get("heading").asString());
      }
      for (JsonNode paragraph : root.get("sections").get(0).get("paragraphs")) {
        assertEquals(payload, paragraph.asString());
      }
    }
  }

  /** A JSON string that holds a long enough piece of the payload to have come from it. */
  private static boolean looksLikePayloadPart(String value, String payload) {
    String head = payload.substring(0, Math.min(8, payload.length()));
    return payload.length() >= 8 && value.contains(head);
  }

  private static void collectStrings(JsonNode node, List<String> into) {
    if (node.isString()) {
      into.add(node.asString());
    }
    for (JsonNode child : node.values()) {
      collectStrings(child, into);
    }
  }

  // HTML: nothing that runs script

  private static final List<String> EXECUTABLE_ELEMENTS =
      List.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "form", "link",
          "style", "svg", "math");
  private static final List<String> URL_ATTRIBUTES =
      List.of("href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "cite", "srcset");

  private static void assertHtmlInert(String output) {
    Document document = Jsoup.parse(output);
    for (Element element : document.getAllElements()) {
      String tag = element.normalName();
      if (EXECUTABLE_ELEMENTS.contains(tag) && !(tag.equals("meta") && isHarmlessMeta(element))
          && !(tag.equals("style") && element.parents().stream().anyMatch(p -> p.normalName().equals("head"))
              && !element.data().toLowerCase(Locale.ROOT).contains("javascript"))
          && !(tag.equals("link") && isHarmlessLink(element))) {
        fail("executable element <" + tag + "> in the HTML output:\n" + element.outerHtml() + "\n\n" + output);
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          fail("event handler attribute " + name + " in the HTML output: " + element.outerHtml());
        }
        if (URL_ATTRIBUTES.contains(name) && !isAllowedUrl(attribute.getValue())) {
          fail("attribute " + name + "=\"" + attribute.getValue() + "\" outside the allow-list: "
              + element.outerHtml());
        }
        if (name.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).contains("url(")) {
          fail("style attribute with a URL: " + element.outerHtml());
        }
      }
    }
  }

  private static boolean isHarmlessMeta(Element meta) {
    return !meta.hasAttr("http-equiv") || !meta.attr("http-equiv").equalsIgnoreCase("refresh");
  }

  private static boolean isHarmlessLink(Element link) {
    return link.parents().stream().anyMatch(p -> p.normalName().equals("head")) && isAllowedUrl(link.attr("href"));
  }

  /** The scheme as a browser reads an attribute value (jsoup has decoded references): http, https or mailto. */
  static boolean isAllowedUrl(String url) {
    StringBuilder cleaned = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c != '\t' && c != '\n' && c != '\r') {
        cleaned.append(c);
      }
    }
    String value = cleaned.toString().strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("#")) {
      return true; // a fragment within the page
    }
    int colon = value.indexOf(':');
    return colon > 0 && ALLOWED_SCHEMES.contains(value.substring(0, colon));
  }

  // Markdown: no raw HTML, no link outside the allow-list

  private static void assertMarkdownInert(String output) {
    assertMarkdownInert(output, MARKDOWN);
    assertMarkdownInert(output, MARKDOWN_AUTOLINKS);
  }

  /**
   * No raw HTML and no link or image outside the allow-list, read by {@code parser} (which, knowing no front matter,
   * reads the front matter as a paragraph too).
   */
  private static void assertMarkdownInert(String output, Parser parser) {
    Node document = parser.parse(output);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock block) {
            fail("raw HTML block in the Markdown output: " + block.getLiteral() + "\n\n" + output);
          }

          @Override
          public void visit(HtmlInline inline) {
            fail("raw inline HTML in the Markdown output: " + inline.getLiteral() + "\n\n" + output);
          }

          @Override
          public void visit(Link link) {
            if (!isAllowedUrl(link.getDestination())) {
              fail("link to " + link.getDestination() + " in the Markdown output:\n" + output);
            }
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            if (!isAllowedUrl(image.getDestination())) {
              fail("image from " + image.getDestination() + " in the Markdown output:\n" + output);
            }
            visitChildren(image);
          }
        });
  }

  // Plain text: the payload verbatim, nothing added

  /**
   * For each field in turn, the output with the payload there equals the output with a placeholder there, once the
   * payload is put back in place of the placeholder: the text format neither escapes nor adds anything, but writes a
   * run of line breaks as one space.
   */
  private static void assertTextVerbatim(String format, String payload) {
    List<Function<String, Episode>> fields =
        List.of(
            text -> Episode.builder().title(text).build(),
            text -> Episode.builder().addTakeaways(Takeaway.of(text)).build(),
            text -> Episode.builder().addSections(Section.of("A Heading", text)).build(),
            text -> Episode.builder().addSections(Section.of(text, "A paragraph longer than its heading.")).build());
    for (Function<String, Episode> field : fields) {
      String withPayload = render(field.apply(payload), format);
      String withPlaceholder = render(field.apply(PLACEHOLDER), format);
      // A one-line layout writes each run of line breaks as one space (and says so); nothing else changes.
      assertEquals(
          withPlaceholder.replace(PLACEHOLDER, payload.replaceAll("[\r\n]+", " ")),
          withPayload,
          "the " + format + " format must write the payload verbatim and add nothing");
    }
  }
}
