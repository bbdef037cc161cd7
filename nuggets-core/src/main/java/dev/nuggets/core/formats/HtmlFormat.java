package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code html} format: HTML summary pages and articles, whole pages or fragments. */
public final class HtmlFormat {
  /** The {@code html} format. */
  public static final Format FORMAT =
      Format.builder("html")
          .aliases("htm", "xhtml")
          .fileExtensions("html", "htm", "xhtml")
          .mediaType("text/html")
          .reads(ContentKind.EPISODE)
          .writes(ContentKind.EPISODE)
          .description("HTML summary pages and articles, whole pages or fragments")
          .build();

  private HtmlFormat() {}
}
