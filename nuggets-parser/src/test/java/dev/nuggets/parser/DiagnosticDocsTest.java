package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.parser.html.HtmlCodes;
import dev.nuggets.parser.internal.EpisodeDraft;
import dev.nuggets.parser.markdown.MarkdownCodes;
import dev.nuggets.parser.text.TextCodes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every diagnostic code a format declares is documented in docs/diagnostics.md, and is the one it reports. */
class DiagnosticDocsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {DiagnosticCodes.class, TextCodes.class, MarkdownCodes.class, HtmlCodes.class})
  void everyCodeIsDocumented(Class<?> codes) throws IOException, IllegalAccessException {
    String docs = Files.readString(Path.of("..", "docs", "diagnostics.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Field field : codes.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String code = (String) field.get(null);
        if (!docs.contains("| `" + code + "` |")) {
          missing.add(code);
        }
      }
    }
    assertTrue(missing.isEmpty(), () -> "not in docs/diagnostics.md: " + missing);
  }

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
