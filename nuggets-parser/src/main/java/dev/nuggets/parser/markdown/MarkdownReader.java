package dev.nuggets.parser.markdown;

import dev.nuggets.core.formats.MarkdownFormat;

import dev.nuggets.core.text.TimeEdges;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.Anchors;
import dev.nuggets.parser.internal.EpisodeDraft;
import dev.nuggets.parser.internal.LineLimit;
import dev.nuggets.parser.internal.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Markdown document: the front matter, then commonmark-java's block tree, top-level blocks in order,
 * each read according to the heading it stands under. One reader serves one parse.
 */
final class MarkdownReader {
  /** Thread-safe once built (commonmark-java documents its parser as such). */
  private static final Parser COMMONMARK =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final SourceText source;
  private final ParseContext context;
  private final EpisodeDraft draft;
  private final Outline outline;

  MarkdownReader(SourceText source, ParseContext context) {
    this.source = source;
    this.context = context;
    this.draft = new EpisodeDraft(context, EpisodeDraft.Codes.of(MarkdownFormat.FORMAT.name()));
    this.outline = new Outline(source, context, draft, MarkdownCodes.TOC_EMPTY);
  }

  Episode read() {
    Optional<FrontMatter> frontMatter = FrontMatter.find(source, context);
    Optional<FrontMatter.Title> frontTitle = frontMatter.flatMap(f -> f.read(draft.metadata(), context));
    int firstBodyLine = frontMatter.map(f -> f.endLine() + 1).orElse(1);
    Document document = (Document) COMMONMARK.parse(body(firstBodyLine));
    for (Node block = document.getFirstChild(); block != null && !draft.stopped(); block = block.getNext()) {
      if (block instanceof Heading heading) {
        heading(heading);
      } else {
        block(block, 0);
      }
    }
    outline.finish();
    Episode episode = draft.finish();
    if (frontTitle.isPresent()) {
      String title = frontTitle.get().text();
      if (episode.title().isEmpty()) {
        return episode.toBuilder().title(title).build();
      }
      if (!Spaces.landmarkKey(title).equals(Spaces.landmarkKey(episode.title().get()))) {
        context.info(
            MarkdownCodes.TITLE_DIFFERS,
            "the front matter's title " + Spaces.quote(title) + " differs from the heading "
                + Spaces.quote(episode.title().get()) + ", which was kept",
            frontTitle.get().position());
      }
    }
    return episode;
  }

  /**
   * The text commonmark-java reads: the document with the front matter and over-long lines blanked, so that its
   * line numbers stay those of the input.
   */
  private String body(int firstLine) {
    StringBuilder out = new StringBuilder(source.length());
    for (int n = 1; n <= source.lineCount(); n++) {
      if (n > 1) {
        out.append('\n');
      }
      if (LineLimit.exceeded(source, n, context)) {
        continue;
      }
      if (n >= firstLine) {
        out.append(source.text(), source.lineStart(n), source.lineEnd(n));
      }
    }
    return out.toString();
  }

  private void heading(Heading heading) {
    outline.heading(
        InlineText.of(heading, false), heading.getLevel(), List.of(), Optional.empty(), position(heading),
        timeEdges(heading, heading));
  }

  /**
   * Where a start time may be read in the text running from {@code first}'s first character to {@code last}'s
   * last: not at an end whose character the input escapes ({@code \(}, {@code &#49;}), which is how the markdown
   * renderer keeps text that looks like a time from reading as one.
   */
  private TimeEdges timeEdges(@Nullable Node first, @Nullable Node last) {
    @Nullable Text head = first == null ? null : edgeText(first, true);
    @Nullable Text tail = last == null ? null : edgeText(last, false);
    return new TimeEdges(head == null || !escapedAt(head, true), tail == null || !escapedAt(tail, false));
  }

  /** The first (or last) inline leaf of a block, when it is text. */
  private static @Nullable Text edgeText(Node block, boolean first) {
    @Nullable Node leaf = null;
    for (Node n = block.getFirstChild(); n != null; n = InlineText.next(block, n)) {
      if (n.getFirstChild() == null) {
        leaf = n;
        if (first) {
          break;
        }
      }
    }
    return leaf instanceof Text t && !t.getLiteral().isEmpty() ? t : null;
  }

  /** Whether the input writes a text node's first (or last) character as an escape or a character reference. */
  private boolean escapedAt(Text text, boolean start) {
    List<SourceSpan> spans = text.getSourceSpans();
    if (spans.isEmpty()) {
      return false;
    }
    SourceSpan span = spans.get(start ? 0 : spans.size() - 1);
    int line = span.getLineIndex() + 1;
    if (line > source.lineCount()) {
      return false;
    }
    int from = source.lineStart(line) + span.getColumnIndex();
    int to = Math.min(from + span.getLength(), source.lineEnd(line));
    if (from >= to) {
      return false;
    }
    String literal = text.getLiteral();
    CharSequence input = source.text();
    if (start) {
      return input.charAt(from) != literal.charAt(0);
    }
    if (input.charAt(to - 1) != literal.charAt(literal.length() - 1)) {
      return true;
    }
    int backslashes = 0;
    for (int i = to - 2; i >= from && input.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** Reads a block that is not a top-level heading, at list and quote nesting {@code depth}. */
  private void block(Node block, int depth) {
    if (draft.stopped()) {
      return;
    }
    if (depth > context.limits().maxDepth()) {
      context.error(
          DiagnosticCodes.LIMIT_DEPTH,
          "lists and quotes nested deeper than the limit maxDepth = " + context.limits().maxDepth()
              + "; the deeper content was skipped",
          position(block));
      return;
    }
    if (block instanceof ListBlock) {
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        listItem(item, depth + 1);
      }
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth + 1);
      }
    } else if (block instanceof ThematicBreak) {
      // a rule: nothing to read
    } else if (block instanceof LinkReferenceDefinition) {
      invisible(block, "a link reference definition");
    } else {
      Optional<String> text = text(block);
      @Nullable Paragraph paragraph = block instanceof Paragraph p ? p : null;
      text.ifPresent(t -> unit(t, paragraph, false, block, timeEdges(paragraph, paragraph)));
    }
  }

  /**
   * One list item: its own blocks make one unit (a takeaway, an entry, a paragraph), read before the lists nested
   * in it, which give units of their own.
   */
  private void listItem(Node item, int depth) {
    if (depth > context.limits().maxDepth()) {
      block(item, depth);
      return;
    }
    List<String> texts = new ArrayList<>();
    @Nullable Paragraph first = null;
    @Nullable Node last = null;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof ListBlock || child instanceof BlockQuote) {
        continue;
      }
      if (first == null && texts.isEmpty() && child instanceof Paragraph p) {
        first = p;
      }
      if (child instanceof LinkReferenceDefinition) {
        invisible(child, "a link reference definition");
      } else {
        Optional<String> text = text(child);
        if (text.isPresent()) {
          texts.add(text.get());
          last = child;
        }
      }
    }
    if (!texts.isEmpty()) {
      unit(String.join("\n", texts), first, true, item, timeEdges(first, last instanceof Paragraph ? last : null));
    }
    for (Node child = item.getFirstChild(); child != null && !draft.stopped(); child = child.getNext()) {
      if (child instanceof ListBlock || child instanceof BlockQuote) {
        block(child, depth);
      }
    }
  }

  /** The visible text of a leaf block, or empty (reported) when it has none. */
  private Optional<String> text(Node block) {
    String text;
    if (block instanceof Paragraph || block instanceof Heading) {
      for (Node n = block.getFirstChild(); n != null; n = InlineText.next(block, n)) {
        if (InlineText.isComment(n)) {
          invisible(n, "an HTML comment");
        }
      }
      text = InlineText.of(block, outline.part() != Outline.Part.SECTION);
    } else if (block instanceof FencedCodeBlock code) {
      text = code.getLiteral().stripTrailing();
    } else if (block instanceof IndentedCodeBlock code) {
      text = code.getLiteral().stripTrailing();
    } else if (block instanceof HtmlBlock html) {
      text = visibleText(html.getLiteral());
      if (Spaces.isBlank(text)) {
        invisible(block, "raw HTML with no visible text");
      }
    } else if (block instanceof Block) {
      StringBuilder all = new StringBuilder();
      for (Node n = block.getFirstChild(); n != null; n = InlineText.next(block, n)) {
        if (n instanceof Text t) {
          all.append(t.getLiteral()).append(' ');
        }
      }
      text = Spaces.collapse(all);
    } else {
      text = "";
    }
    return Spaces.isBlank(text) ? Optional.empty() : Optional.of(text);
  }

  /** What a reader sees of raw HTML: its text, or the alt text of its images. */
  private static String visibleText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    String text = body.text();
    if (Spaces.isBlank(text)) {
      List<String> alts = new ArrayList<>();
      for (Element img : body.select("img[alt]")) {
        alts.add(img.attr("alt"));
      }
      text = String.join(" ", alts);
    }
    return Spaces.collapse(text);
  }

  /** One piece of text, read according to the part of the document it stands in. */
  private void unit(String text, @Nullable Paragraph paragraph, boolean listItem, Node node, TimeEdges edges) {
    Optional<String> lead = Optional.empty();
    Optional<String> anchor = Optional.empty();
    if (paragraph != null) {
      lead = strongLead(paragraph);
      anchor = firstAnchor(paragraph);
    }
    outline.unit(
        new Outline.Unit(text, position(node), lastLine(node), listItem, lead, anchor, Optional.empty(), edges));
  }

  /**
   * The text of the strong emphasis a paragraph opens with ({@code **Label:** text}), after a start time if one
   * comes first.
   */
  private static Optional<String> strongLead(Paragraph paragraph) {
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof StrongEmphasis strong) {
        return Optional.of(InlineText.of(strong, false));
      }
      if (!(n instanceof Text t) || !Timecodes.isTimeOrSpace(t.getLiteral())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The fragment of the first in-page link in a paragraph ({@code [Entry](#entry)}). */
  private static Optional<String> firstAnchor(Paragraph paragraph) {
    for (Node n = paragraph.getFirstChild(); n != null; n = InlineText.next(paragraph, n)) {
      if (n instanceof Link link) {
        return Anchors.fragment(link.getDestination());
      }
    }
    return Optional.empty();
  }

  private void invisible(Node block, String what) {
    SourcePosition at = position(block);
    context.info(
        MarkdownCodes.INVISIBLE_TEXT,
        what + Spaces.lineRange(at.line(), lastLine(block)) + " is not shown to readers and was not kept: "
            + Spaces.quote(source.line(at.line())),
        at);
  }

  /** The last input line a node covers. */
  private int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? position(node).line() : Math.min(spans.get(spans.size() - 1).getLineIndex() + 1,
        source.lineCount());
  }

  /** Where a node starts in the input, from its source span (or its parent's). */
  private SourcePosition position(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        SourceSpan span = spans.get(0);
        int line = Math.min(span.getLineIndex() + 1, source.lineCount());
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        int offset = Math.min(start + span.getColumnIndex(), end);
        while (offset < end && (source.text().charAt(offset) == ' ' || source.text().charAt(offset) == '\t')) {
          offset++; // point at what the reader sees, not at the indentation
        }
        return source.position(offset);
      }
    }
    return SourcePosition.START;
  }
}
