package dev.nuggets.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.Golden;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import dev.nuggets.render.Xss;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

class MarkdownRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final Parser COMMONMARK = Parser.builder().build();
  private static final HtmlRenderer ANCHORED_HTML =
      HtmlRenderer.builder().extensions(List.of(HeadingAnchorExtension.create())).build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "markdown").text();
  }

  @Test
  void matchesTheGoldenFileByteForByte() throws IOException {
    Golden.assertMatches(MarkdownRendererTest.class, "coral-reefs.md", render(SampleEpisodes.coralReefs()));
  }

  @Test
  void emptyEpisodeIsAnEmptyDocument() {
    assertEquals("", render(SampleEpisodes.empty()));
  }

  @Test
  void escapesEveryKindOfMarkup() {
    List<String> texts =
        List.of(
            "*not emphasis* and _not either_", "# not a heading", "## neither", "<b>not html</b>", "[not](a link)",
            "| not | a | table |", "1. not a list", "2035) nor this", "- nor this", "+ nor this", "= not setext",
            "---", "***", "`not code`", "~~not struck~~", "&amp; stays &amp;", "a \\ backslash", "trailing #",
            "ends with two spaces  ", "  starts with spaces", "\u00A0NBSP at the start", "line\nbreak",
            "tab\tinside", "> not a quote", "![not](an image)", "<https://not.an/autolink>", "[ref]: /not-a-def",
            "(01:02:03) not a time", "nor this (12:34)", "1:02:03 - nor this", "nor this - 12:34");
    for (String text : texts) {
      Episode episode =
          Episode.builder()
              .title(text)
              .addTakeaways(Takeaway.builder().label(text).text(text).build())
              .addSections(Section.of(text, text))
              .build();
      assertDocument(episode, render(episode), "text " + text);
    }
  }

  @Test
  void textThatLooksLikeATimeIsEscapedAtItsEnds() {
    Episode episode = Episode.builder().addTakeaways(Takeaway.of("(01:02:03) early"), Takeaway.of("late - 1:02:03"))
        .build();
    String markdown = render(episode);
    assertTrue(markdown.contains("- \\(01:02:03) early\n"), markdown);
    assertTrue(markdown.contains("- late - 1:02:0&#51;\n"), markdown);
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileEpisodesKeepEveryCharacter(long seed) {
    Episode episode = new HostileText(seed).episode();
    assertDocument(episode, render(episode), "seed " + seed);
  }

  @Test
  void xssPayloadsGiveNoRawHtmlAndNoUnsafeLinks() {
    for (String payload : Xss.PAYLOADS) {
      Episode episode = Xss.episode(payload);
      RenderResult result = RENDERERS.render(episode, "markdown", new StringBuilder());
      String markdown = render(episode);
      assertDocument(episode, markdown, "payload " + payload);
      Map<String, Object> frontMatter = frontMatter(markdown);
      boolean safe = payload.startsWith("http");
      assertEquals(safe, frontMatter.containsKey("link"), "payload " + payload);
      assertEquals(
          safe ? List.of() : List.of(RenderCodes.UNSAFE_LINK),
          result.diagnostics().stream().map(Diagnostic::code).toList(),
          "payload " + payload);
      assertFalse(frontMatter(markdown).toString().isEmpty());
      // Even a reader that does not know front matter sees no HTML in it.
      assertNoHtml(COMMONMARK.parse(markdown), "payload " + payload + " (front matter read as Markdown)");
    }
  }

  @Test
  void tableOfContentsLinksResolveToTheAnchorsReadersMake() {
    Episode episode =
        Episode.builder()
            .title("Intro")
            .addTakeaways(Takeaway.of("One."))
            .addSections(Section.of("Intro", "A."), Section.of("Intro", "B."), Section.of("Key takeaways", "C."))
            .addSections(Section.of("Ünïcödé & Ümlauts — 2035?", "D."), Section.of("***", "E."))
            .build();
    String markdown = render(episode);
    assertTrue(markdown.contains("[Intro](#intro-1)"), markdown);
    assertTrue(markdown.contains("[Intro](#intro-2)"), markdown);
    assertTrue(markdown.contains("(#key-takeaways-1)"), markdown);
    assertTrue(markdown.contains("(#ünïcödé--ümlauts--2035)"), markdown);
    assertTrue(markdown.contains("[\\*\\*\\*](#id)"), markdown);
    assertDocument(episode, markdown, "anchors");
  }

  /** Checks the whole document: front matter, then each block's text as commonmark-java reads it. */
  static void assertDocument(Episode episode, String markdown, String where) {
    Map<String, Object> expectedMetadata = Metadata.of(episode).fields();
    Map<String, Object> frontMatter = frontMatter(markdown);
    for (Map.Entry<String, Object> field : expectedMetadata.entrySet()) {
      if (!field.getKey().equals(Metadata.LINK) || field.getValue().toString().startsWith("http")) {
        assertEquals(field.getValue(), frontMatter.get(field.getKey()), where + ": front matter " + field.getKey());
      }
    }
    Node document = COMMONMARK.parse(body(markdown));
    assertNoHtml(document, where);
    assertEquals(expectedBlocks(episode), actualBlocks(document), where);
    assertAnchorsResolve(document, where);
  }

  private static List<String> expectedBlocks(Episode episode) {
    List<String> blocks = new ArrayList<>();
    episode.title().ifPresent(t -> blocks.add("h1 " + t));
    if (!episode.takeaways().isEmpty()) {
      blocks.add("h2 Key takeaways");
      List<String> items = new ArrayList<>();
      for (Takeaway t : episode.takeaways()) {
        items.add(t.label().map(l -> l + ": ").orElse("") + t.text() + t.start().map(s -> " (" + Timecodes.clock(s) + ")").orElse(""));
      }
      blocks.add("ul " + items);
    }
    if (!episode.tableOfContents().isEmpty()) {
      blocks.add("h2 Table of contents");
      List<String> items = new ArrayList<>();
      for (Section s : episode.tableOfContents()) {
        items.add(s.heading() + s.start().map(t -> " (" + Timecodes.clock(t) + ")").orElse(""));
      }
      blocks.add("ul " + items);
    }
    for (Section section : episode.sections()) {
      blocks.add("h2 " + section.heading());
      section.paragraphs().forEach(p -> blocks.add("p " + p));
    }
    return blocks;
  }

  private static List<String> actualBlocks(Node document) {
    List<String> blocks = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        blocks.add("h" + heading.getLevel() + " " + text(heading));
      } else if (node instanceof BulletList list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          items.add(text(item));
        }
        blocks.add("ul " + items);
      } else if (node instanceof Paragraph) {
        blocks.add("p " + text(node));
      } else {
        blocks.add(node.getClass().getSimpleName() + " " + text(node));
      }
    }
    return blocks;
  }

  /** Every link of the table of contents names an id that commonmark-java's heading-anchor extension gives. */
  private static void assertAnchorsResolve(Node document, String where) {
    Document html = Jsoup.parse(ANCHORED_HTML.render(document));
    Set<String> ids = new HashSet<>(html.select("[id]").eachAttr("id"));
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            assertTrue(link.getDestination().startsWith("#"), where + ": " + link.getDestination());
            String id = link.getDestination().substring(1);
            assertTrue(ids.contains(id), where + ": no heading has the id " + id + " of " + text(link) + "; " + ids);
            assertEquals(text(link), html.getElementById(id).wholeText(), where + ": the link's heading");
          }
        });
  }

  static void assertNoHtml(Node document, String where) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline html) {
            throw new AssertionError(where + ": raw inline HTML " + html.getLiteral());
          }

          @Override
          public void visit(HtmlBlock html) {
            throw new AssertionError(where + ": raw HTML block " + html.getLiteral());
          }

          @Override
          public void visit(Image image) {
            throw new AssertionError(where + ": image " + image.getDestination());
          }

          @Override
          public void visit(Link link) {
            assertTrue(link.getDestination().startsWith("#"), where + ": link to " + link.getDestination());
            visitChildren(link);
          }
        });
  }

  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append('\n');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
          }
        });
    return out.toString();
  }

  static Map<String, Object> frontMatter(String markdown) {
    if (!markdown.startsWith("---\n")) {
      return Map.of();
    }
    int end = markdown.indexOf("\n---\n", 3);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = YAML.readValue(markdown.substring(4, end + 1), Map.class);
    return map;
  }

  static String body(String markdown) {
    return markdown.startsWith("---\n") ? markdown.substring(markdown.indexOf("\n---\n", 3) + 5) : markdown;
  }
}
