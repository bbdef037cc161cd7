package dev.nuggets.parser;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Large documents of the shapes that cost a parser most memory per input byte, per format: many short lines, many
 * list items, many small sections, deep nesting, long lines. Each is written straight to a {@link Writer} to any
 * size, so a test can hand a parser a file it never held in memory itself.
 */
public record HostileDocuments(String family, String format, String extension, String head, IntFunction<String> unit,
    String tail) {

  /** Every family, for every format that reads episodes. */
  public static final List<HostileDocuments> ALL =
      List.of(
          new HostileDocuments("short lines", "text", "txt", "Title\nKey takeaways\n", i -> "a\n", ""),
          new HostileDocuments(
              "small sections", "text", "txt", "Title\nKey takeaways\nOne.\n", i -> "Heading " + i + "\nA line.\n",
              ""),
          new HostileDocuments("long lines", "text", "txt", "Title\nKey takeaways\n", i -> "word ".repeat(20_000) + "\n",
              ""),
          new HostileDocuments("short paragraphs", "markdown", "md", "# Title\n\n## Section\n\n", i -> "a\n\n", ""),
          new HostileDocuments("list items", "markdown", "md", "# Title\n\n## Key takeaways\n\n", i -> "- a\n", ""),
          new HostileDocuments("small sections", "markdown", "md", "# Title\n\n", i -> "## H" + i + "\n\nP.\n\n", ""),
          new HostileDocuments("nested quotes", "markdown", "md", "# Title\n\n", i -> ">".repeat(i % 200) + " q\n", ""),
          new HostileDocuments("short paragraphs", "html", "html", "<h1>Title</h1><h2>S</h2>", i -> "<p>a</p>\n", ""),
          new HostileDocuments("list items", "html", "html", "<h1>Title</h1><h2>Key takeaways</h2><ul>", i -> "<li>a\n",
              "</ul>"),
          new HostileDocuments("nested elements", "html", "html", "<h1>Title</h1>", i -> i % 400 < 200 ? "<div>" : "</div>",
              ""),
          new HostileDocuments(
              "short paragraphs", "json", "json", "{\"title\": \"T\", \"sections\": [{\"heading\": \"S\", \"paragraphs\": [",
              i -> (i == 0 ? "" : ",") + "\"a\"", "]}]}"),
          new HostileDocuments(
              "small sections", "json", "json", "{\"title\": \"T\", \"sections\": [",
              i -> (i == 0 ? "" : ",") + "{\"heading\":\"h\"}", "]}"),
          new HostileDocuments(
              "small chapters", "chapters", "json", "{\"version\": \"1.2.0\", \"chapters\": [",
              i -> (i == 0 ? "" : ",") + "{\"startTime\":" + i + ",\"title\":\"c\"}", "]}"),
          new HostileDocuments(
              "short paragraphs", "jsonld", "jsonld",
              "{\"@context\": \"https://schema.org\", \"@type\": \"PodcastEpisode\", \"name\": \"T\", \"description\": \"",
              i -> "a\\n", "\"}"));

  /** Writes the document, {@code size} characters or a little more. */
  public void write(Writer out, long size) throws IOException {
    long written = 0;
    out.write(head);
    written += head.length();
    for (int i = 0; written < size; i++) {
      String piece = unit.apply(i);
      out.write(piece);
      written += piece.length();
    }
    out.write(tail);
  }

  @Override
  public String toString() {
    return format + ": " + family;
  }
}
