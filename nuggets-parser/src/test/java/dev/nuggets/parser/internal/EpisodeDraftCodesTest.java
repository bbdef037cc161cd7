package dev.nuggets.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.parser.html.HtmlCodes;
import dev.nuggets.parser.markdown.MarkdownCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks that Markdown and HTML share ({@link EpisodeDraft}) report each format's own, documented codes. */
class EpisodeDraftCodesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"markdown", "html"})
  void theSharedChecksReportTheFormatsOwnCodes(String format) {
    EpisodeDraft.Codes codes = EpisodeDraft.Codes.of(format);
    boolean markdown = format.equals("markdown");
    assertEquals(
        markdown ? MarkdownCodes.PARAGRAPH_WITHOUT_SECTION : HtmlCodes.PARAGRAPH_WITHOUT_SECTION,
        codes.paragraphWithoutSection());
    assertEquals(
        markdown ? MarkdownCodes.TOC_ENTRY_WITHOUT_SECTION : HtmlCodes.TOC_ENTRY_WITHOUT_SECTION,
        codes.tocEntryWithoutSection());
    assertEquals(markdown ? MarkdownCodes.TOC_ORDER : HtmlCodes.TOC_ORDER, codes.tocOrder());
    assertEquals(markdown ? MarkdownCodes.TOC_AS_SECTIONS : HtmlCodes.TOC_AS_SECTIONS, codes.tocAsSections());
  }
}
