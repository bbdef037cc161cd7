package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Takeaway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path and a text cannot be confused: reading a {@link Path} (or {@link Input#of(Path)}) reads the file, and
 * {@link Input#ofText} reads the characters it is given, even when they spell a path (once,
 * {@code parse("/path/to/page.txt")} read the path's characters as a page titled with it, with no hint why).
 */
class InputTest {
  private static final Parsers PARSERS = Parsers.discover();
  private static final String PAGE = "Reefs After the Heatwave\nKey takeaways\nBleaching is a stress response.\n";

  @Test
  void aPathReadsTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("page.txt"), PAGE);
    ParseResult<Episode> result = PARSERS.readEpisode(file);
    assertEquals("Reefs After the Heatwave", result.value().title().orElseThrow());
    assertEquals(List.of(Takeaway.of("Bleaching is a stress response.")), result.value().takeaways());
    assertEquals(file.toString(), result.inputName());
    assertEquals("text", result.format().orElseThrow());
    assertEquals(result.value(), PARSERS.readEpisode(Input.of(file)).value());
  }

  @Test
  void aTextThatSpellsAPathIsReadAsThoseCharacters(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("page.txt"), PAGE);
    ParseResult<Episode> text = PARSERS.readEpisode(Input.ofText(file.toString()));
    assertEquals(file.toString(), text.value().title().orElseThrow(), "the characters, not the file");
    assertEquals("<string>", text.inputName());
    assertNotEquals(PARSERS.readEpisode(file).value(), text.value());
    ParseResult<Episode> spelled = PARSERS.readEpisode(Input.ofText("/path/to/page.txt"));
    assertEquals("/path/to/page.txt", spelled.value().title().orElseThrow());
    assertFalse(spelled.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCodes.INPUT_UNREADABLE)));
  }

  @Test
  void aPathThatDoesNotExistIsUnreadableNotText(@TempDir Path dir) {
    ParseResult<Episode> result = PARSERS.readEpisode(dir.resolve("missing.txt"));
    assertEquals(List.of(DiagnosticCodes.INPUT_UNREADABLE), FormatAssertions.codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("no such file"), result.diagnostics()::toString);
    assertEquals(Episode.builder().build(), result.value());
  }

  @Test
  void inputsKnowTheirNameAndSource(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("page.txt"), PAGE);
    assertEquals(Optional.of(file), Input.of(file).path());
    assertEquals(Optional.empty(), Input.ofText(file.toString()).path());
    assertEquals("<string>", Input.ofText(PAGE).name());
    assertEquals("<bytes>", Input.of(PAGE.getBytes(StandardCharsets.UTF_8)).name());
    assertEquals("<stream>", Input.of(new ByteArrayInputStream(new byte[0])).name());
    assertEquals("<reader>", Input.of(new StringReader("")).name());
    assertEquals("page.md", Input.ofText(PAGE).named("page.md").name());
    assertEquals(Optional.of(file), Input.of(file).named("shown.txt").path());
    assertTrue(Input.of(file).isRepeatable() && Input.ofText(PAGE).isRepeatable());
    assertFalse(Input.of(new StringReader("")).isRepeatable());
    assertThrows(IllegalArgumentException.class, () -> Input.ofText(PAGE).named(" "));
    assertThrows(NullPointerException.class, () -> Input.ofText(null));
  }

  @Test
  void aNameGivesATextItsExtensionForDetection() {
    String markdownLooking = "Reefs\n=====\n\nKey takeaways\n-------------\n\n- Bleaching is stress.\n";
    assertEquals("markdown", PARSERS.readEpisode(Input.ofText(markdownLooking)).format().orElseThrow());
    ParseResult<Episode> named = PARSERS.readEpisode(Input.ofText(markdownLooking).named("page.txt"));
    assertEquals("text", named.format().orElseThrow());
    assertEquals("page.txt", named.inputName());
  }

  @Test
  void aRepeatableInputReadsTheSameTwice() {
    Input input = Input.of(PAGE.getBytes(StandardCharsets.UTF_8)).named("page.txt");
    assertEquals(PARSERS.readEpisode(input).value(), PARSERS.readEpisode(input).value());
    assertTrue(PARSERS.detect(input).isPresent());
    assertEquals("Reefs After the Heatwave", PARSERS.readEpisode(input).value().title().orElseThrow());
  }
}
