package dev.nuggets.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {
  static final JsonReadCodes CODES =
      new JsonReadCodes("t.syntax", "t.tolerated", "t.duplicate", "t.type", "t.blank", "t.missing", "t.time", "t.date");

  private DiagnosticCollector collector = new DiagnosticCollector(ParseLimits.defaults());

  private Optional<JsonValue> read(String json) {
    return JsonTreeReader.read(SourceText.of(json), collector, CODES);
  }

  private List<String> codes() {
    return collector.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private SourcePosition at(int index) {
    return collector.diagnostics().get(index).position().orElseThrow();
  }

  @Test
  void valuesKnowWhereTheyStart() {
    String json = "{\n  \"a\": [1, \"two\", true, null],\n  \"😀\": {\"b\": 2.5}\n}";
    SourceText source = SourceText.of(json);
    JsonValue.Obj root = (JsonValue.Obj) JsonTreeReader.read(source, collector, CODES).orElseThrow();
    assertEquals(List.of(), collector.diagnostics());
    JsonValue.Arr a = (JsonValue.Arr) root.member("a").orElseThrow().value();
    assertEquals(SourcePosition.of(2, 8), source.position(a.offset()));
    assertEquals(SourcePosition.of(2, 12), source.position(a.items().get(1).offset()));
    assertEquals("two", ((JsonValue.Str) a.items().get(1)).value());
    assertInstanceOf(JsonValue.Null.class, a.items().get(3));
    JsonValue.Member emoji = root.member("😀").orElseThrow();
    assertEquals(SourcePosition.of(3, 3), source.position(emoji.offset()));
    JsonValue.Obj inner = (JsonValue.Obj) emoji.value();
    JsonValue.Num b = (JsonValue.Num) inner.member("b").orElseThrow().value();
    assertEquals("2.5", b.text());
    assertEquals(SourcePosition.of(3, 14), source.position(b.offset()));
  }

  @Test
  void syntaxErrorIsReportedAtItsPositionAndWhatCameBeforeIsKept() {
    JsonValue.Obj root = (JsonValue.Obj) read("{\"a\": \"kept\",\n \"b\": [1, 2,, 3]}").orElseThrow();
    assertEquals(List.of("t.syntax"), codes());
    assertEquals(SourcePosition.of(2, 13), at(0));
    assertTrue(collector.diagnostics().get(0).message().startsWith("not valid JSON: "));
    assertEquals("kept", ((JsonValue.Str) root.member("a").orElseThrow().value()).value());
    assertEquals(2, ((JsonValue.Arr) root.member("b").orElseThrow().value()).items().size());
  }

  @Test
  void truncatedDocumentKeepsItsOpenContainers() {
    JsonValue.Obj root = (JsonValue.Obj) read("{\"a\": [{\"b\": 1}, {\"c\": 2").orElseThrow();
    assertEquals(List.of("t.syntax"), codes());
    assertEquals(2, ((JsonValue.Arr) root.member("a").orElseThrow().value()).items().size());
  }

  @Test
  void trailingCommasAreReadAndReportedAtTheComma() {
    JsonValue.Obj root = (JsonValue.Obj) read("{\"a\": [1, 2,],\n \"b\": 3,\n}").orElseThrow();
    assertEquals(List.of("t.tolerated", "t.tolerated"), codes());
    assertEquals(SourcePosition.of(1, 12), at(0));
    assertEquals(SourcePosition.of(2, 8), at(1));
    assertEquals(Severity.WARNING, collector.diagnostics().get(0).severity());
    assertEquals(2, root.members().size());
  }

  @Test
  void commentsAreReadAndReportedOnce() {
    JsonValue.Obj root =
        (JsonValue.Obj) read("// a file\n{\"a\": 1, /* why */ \"b\": 2 # yaml style\n}").orElseThrow();
    assertEquals(List.of("t.tolerated"), codes());
    assertEquals(SourcePosition.of(1, 1), at(0));
    assertEquals(2, root.members().size());
  }

  @Test
  void commaInsideACommentIsNotATrailingComma() {
    read("[1 /* a, b */ ]");
    assertEquals(List.of("t.tolerated"), codes());
    assertTrue(collector.diagnostics().get(0).message().contains("comment"));
  }

  @Test
  void duplicateKeysKeepTheLastValue() {
    JsonValue.Obj root = (JsonValue.Obj) read("{\"a\": 1,\n \"a\": 2}").orElseThrow();
    assertEquals(List.of("t.duplicate"), codes());
    assertEquals(SourcePosition.of(2, 2), at(0));
    assertEquals("2", ((JsonValue.Num) root.member("a").orElseThrow().value()).text());
  }

  @Test
  void textAfterTheValueIsReportedAndNotRead() {
    assertTrue(read("{\"a\": 1}\n{\"b\": 2}").isPresent());
    assertEquals(List.of("t.syntax"), codes());
    assertEquals(SourcePosition.of(2, 1), at(0));
  }

  @Test
  void nothingButACommentIsNoValue() {
    assertTrue(read("// nothing").isEmpty());
    assertEquals(List.of("t.tolerated", "t.syntax"), codes());
  }

  @Test
  void nestingDeeperThanTheLimitIsSkipped() {
    collector = new DiagnosticCollector(ParseLimits.builder().maxDepth(3).build());
    JsonValue.Obj root =
        (JsonValue.Obj) read("{\"a\": {\"b\": {\"c\": {\"d\": 1}, \"e\": 2}}, \"f\": [[[[1]]], 3]}").orElseThrow();
    assertEquals(List.of(DiagnosticCodes.LIMIT_DEPTH), codes());
    assertTrue(collector.diagnostics().get(0).message().contains("maxDepth = 3"));
    JsonValue.Obj b = (JsonValue.Obj) ((JsonValue.Obj) root.member("a").orElseThrow().value()).member("b").orElseThrow()
        .value();
    assertEquals(List.of("e"), List.copyOf(b.members().keySet()));
    assertEquals(2, ((JsonValue.Arr) root.member("f").orElseThrow().value()).items().size());
  }

  @Test
  void hostileNestingStopsReadingWithoutAStackOverflow() {
    String json = "[".repeat(200_000) + "]".repeat(200_000);
    assertTrue(read(json).isPresent());
    assertEquals(List.of(DiagnosticCodes.LIMIT_DEPTH, DiagnosticCodes.LIMIT_DEPTH), codes());
  }

  @Test
  void aNumberOfMoreThanAThousandDigitsIsASyntaxErrorNotADepthLimit() {
    JsonValue.Obj root = (JsonValue.Obj) read("{\"a\": 1, \"b\": " + "9".repeat(1001) + "}").orElseThrow();
    assertEquals(List.of("t.syntax"), codes());
    assertTrue(root.member("a").isPresent());
  }

  @Test
  void offsetsOfEmbeddedJsonAreThoseOfTheWholeSource() {
    String page = "<html>\n<script>\n{\"a\": [1,]}\n</script>";
    int start = page.indexOf('{');
    int end = page.indexOf("\n</script>");
    SourceText source = SourceText.of(page);
    JsonValue.Obj root =
        (JsonValue.Obj) JsonTreeReader.read(page.substring(start, end), source, start, collector, CODES).orElseThrow();
    assertEquals(SourcePosition.of(3, 1), source.position(root.offset()));
    assertEquals(SourcePosition.of(3, 9), at(0));
  }

  @Test
  void numbersKeepTheirText() {
    JsonValue.Arr arr = (JsonValue.Arr) read("[12345678901234567890.125, 1e999999999999]").orElseThrow();
    assertEquals("12345678901234567890.125", ((JsonValue.Num) arr.items().get(0)).text());
    assertTrue(((JsonValue.Num) arr.items().get(0)).decimal().isPresent());
    assertFalse(((JsonValue.Num) arr.items().get(1)).decimal().isPresent());
  }
}
