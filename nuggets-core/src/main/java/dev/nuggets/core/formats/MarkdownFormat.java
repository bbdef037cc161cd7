package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code markdown} format: Markdown summaries (CommonMark, YAML front matter). */
public final class MarkdownFormat {
  /** The {@code markdown} format. */
  public static final Format FORMAT =
      Format.builder("markdown")
          .aliases("md", "commonmark")
          .fileExtensions("md", "markdown", "mdown", "mkd")
          .mediaType("text/markdown")
          .reads(ContentKind.EPISODE)
          .writes(ContentKind.EPISODE)
          .description("Markdown summaries (CommonMark, YAML front matter)")
          .build();

  private MarkdownFormat() {}
}
