package dev.nuggets.parser.markdown;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.MarkdownFormat;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.DocumentShapes;

/**
 * The {@code markdown} format: episode summaries in CommonMark, as the {@code markdown} renderer writes them and as
 * people write them by hand. Built on commonmark-java; diagnostics carry the line:column of commonmark-java's source
 * spans.
 *
 * <h2>Front matter</h2>
 *
 * A leading YAML block between {@code ---} lines holds the metadata. Keys (case-insensitive; the first name is the
 * one the renderer writes, the others are accepted):
 *
 * <pre>{@code
 * ---
 * title: Coral Reefs and the Next Decade   # used when the document has no "#" title
 * podcast: Deep Water Weekly                # also: podcastTitle, show, series
 * people:                                   # also: cast
 *   - name: Sam Okafor
 *     role: host                            # a Podcast Taxonomy role; host when absent
 *   - name: Maya Lindqvist
 *     role: guest
 *     description: Marine Biologist
 * hosts: [Sam Okafor]                       # also: host; guests/guest likewise; "Name (Description)" allowed
 * published: 2026-03-14                     # also: date, publishedOn, datePublished; ISO-8601 date or date-time
 * duration: PT52M17S                        # ISO-8601; also 52:17, 0:52:17 or seconds
 * link: https://deepwater.example/ep/12     # also: url
 * ---
 * }</pre>
 *
 * Other keys are named in an info diagnostic and not kept; a value that cannot be read is a warning at its key.
 *
 * <h2>Body</h2>
 *
 * <ul>
 *   <li>The first {@code #} heading before any other heading is the title.
 *   <li>A heading named "Key takeaways" (also "Takeaways", "Key points", ... in any case, with or without an emoji
 *       or colon) introduces the takeaways: one per list item, bullets or numbers, nested items flattened in order;
 *       without a list, one per line. {@code **Label:** text} (or {@code **Label**: text}) gives a label. Before
 *       the first section, a paragraph that only names a landmark ({@code **Key takeaways:**}, a bare "Table of
 *       contents" line) counts as its heading.
 *   <li>A heading named "Table of contents" (also "Contents", "Chapters", "In this episode") introduces the table of
 *       contents: one entry per list item (or line), linked to a heading's anchor or naming it. Entries are
 *       matched with the sections by anchor (GitHub-style slugs of the heading) or by text; a section no entry
 *       names is {@linkplain dev.nuggets.core.Section#listedInToc() not listed}; an entry with no section is kept as
 *       an empty section, with a warning. A table of contents without any section heading is a chapter list: its
 *       entries are the sections.
 *   <li>Every other heading, at any level, starts a section (sections are flat; a {@code ###} heading is a section
 *       of its own). Its paragraphs are the section's paragraphs; soft line breaks become spaces, hard ones line
 *       feeds. <b>Lists in a section give one paragraph per item</b> (an item's own blocks joined by line feeds,
 *       its nested items following as paragraphs of their own); block quotes give their paragraphs; code blocks
 *       give their text.
 *   <li>A start time at the start or end of a heading, takeaway or entry — {@code (00:12:34)}, {@code [12:34]},
 *       {@code 00:12:34 -}, {@code 1:02:03} — is taken off the text and kept as its start, unless the character at
 *       that end is escaped ({@code \(}, {@code \]}, {@code &#49;}): that is how the {@code markdown} renderer writes
 *       text that only looks like a time.
 *   <li>Between the title and the first section, lines such as {@code Host: Sam Okafor} or
 *       {@code Guests: Maya Lindqvist (Marine Biologist)} name people; any other paragraph there is quoted in a
 *       warning.
 *   <li>Inline markup becomes plain text: emphasis and links keep their text, images their alt text, inline HTML
 *       its text (the spaces around a dropped tag fold into one). A raw HTML block gives its visible text; one with
 *       none (a comment) is named in an info.
 *   <li>Text is kept character for character as CommonMark reads it: runs of spaces, tabs, zero-width joiners and
 *       character references ({@code &#32;}) stay, so that the {@code markdown} renderer's output reads back
 *       exactly. Front-matter values are kept as YAML reads them.
 * </ul>
 *
 * <p>Nothing a reader sees is dropped silently: every non-blank line ends up in the episode or is named in a
 * diagnostic. Limits: {@code maxLineLength} (the line is skipped), {@code maxDepth} (lists and quotes nested
 * deeper are skipped), {@code maxSections}, {@code maxTakeaways}. Stateless and thread-safe.
 */
public final class MarkdownParser implements FormatParser {


  private static final int SCAN_LINES = 200;

  @Override
  public Format format() {
    return MarkdownFormat.FORMAT;
  }


  /**
   * 95 for YAML front matter; 85 for headings ({@code # Title}, or a line underlined with {@code ===} or
   * {@code ---}) on the first line or on two lines; 60 for one heading; 30 for links or strong emphasis in Markdown
   * syntax; 3 for list items alone (below the {@code text} format's 5, since dashes start lines in any text); 95
   * for Hugo's JSON front matter; 0 for markup, JSON, WebVTT and SRT; else 1, since any other text is Markdown. Looks at the first 200 lines. A plain-text Podcast Nuggets page ("Key takeaways" lines, "•" bullets) stays
   * below the {@code text} format's 80; an HTML document has no Markdown headings.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    if (DocumentShapes.hasTextAfterJsonFrontMatter(prefix)) {
      return 95;
    }
    if (DocumentShapes.isOtherThanMarkdown(prefix)) {
      return 0;
    }
    SourceText source = prefix.source();
    int lines = Math.min(source.lineCount(), SCAN_LINES);
    int firstLine = 0;
    while (firstLine < lines && source.line(firstLine + 1).isBlank()) {
      firstLine++;
    }
    if (firstLine == 0 && lines > 2 && source.line(1).stripTrailing().equals("---")
        && source.line(2).indexOf(':') > 0) {
      return 95;
    }
    int headings = 0;
    boolean firstIsHeading = false;
    boolean inlineMarkup = false;
    boolean listItems = false;
    for (int n = 1; n <= lines; n++) {
      String line = source.line(n);
      if (line.length() > 10_000) {
        continue;
      }
      if (isAtxHeading(line) || (n > 1 && isSetextUnderline(line) && !source.line(n - 1).isBlank())) {
        headings++;
        firstIsHeading |= n == firstLine + 1 || (n == firstLine + 2 && !isAtxHeading(line));
      } else if (line.contains("](") || line.contains("**")) {
        inlineMarkup = true;
      } else if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("1. ")) {
        listItems = true;
      }
    }
    if (headings >= 2 || firstIsHeading) {
      return 85;
    }
    if (headings == 1) {
      return 60;
    }
    return inlineMarkup ? 30 : listItems ? 3 : 1;
  }

  /** {@code ===} or {@code ---} alone on a line (up to three spaces before): the underline of a heading. */
  private static boolean isSetextUnderline(String line) {
    String s = line.strip();
    if (s.length() < 2 || line.length() - line.stripLeading().length() > 3) {
      return false;
    }
    char c = s.charAt(0);
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != c) {
        return false;
      }
    }
    return c == '=' || c == '-';
  }

  private static boolean isAtxHeading(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    int hashes = 0;
    while (i < line.length() && line.charAt(i) == '#') {
      hashes++;
      i++;
    }
    return hashes >= 1 && hashes <= 6 && i < line.length() && line.charAt(i) == ' '
        && !line.substring(i).isBlank();
  }

  @Override
  public Episode readEpisode(SourceText source, ParseContext context) {
    return new MarkdownReader(source, context).read();
  }

  @Override
  public String toString() {
    return "MarkdownParser";
  }
}
