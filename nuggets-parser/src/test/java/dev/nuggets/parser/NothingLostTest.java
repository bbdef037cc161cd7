package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.formats.TextFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nothing-lost check finds a dropped line, and accepts every way a line can be accounted for. */
class NothingLostTest {
  private static final NothingLost CHECK = new NothingLost("•:", line -> line.equals("key takeaways"));
  private static final String INPUT =
      "A Title\nKey takeaways\nLabel Here: the text.\n• Part One •  Part  Two\nPart One\nIts paragraph.\n";

  private static final Episode EPISODE =
      Episode.builder()
          .title("A Title")
          .addTakeaways(Takeaway.builder().label("Label Here").text("the text.").build())
          .addSections(Section.of("Part One", "Its paragraph."))
          .addSections(Section.of("PART TWO"))
          .build();

  private static ParseResult<Episode> result(Episode episode, List<Diagnostic> diagnostics) {
    Detection text = new Detection(TextFormat.FORMAT, ContentKind.EPISODE, Detection.How.NAMED, 100);
    return new ParseResult<>("<string>", Optional.of(text), episode, diagnostics);
  }

  @Test
  void acceptsLinesFoundInPiecesFoldedOrAsStructure() {
    CHECK.check("whole", INPUT, result(EPISODE, List.of()), n -> false);
  }

  @Test
  void findsADroppedLine() {
    Episode withoutParagraph = EPISODE.toBuilder().sections(List.of(Section.of("Part One"), Section.of("Part Two")))
        .build();
    AssertionError e =
        assertThrows(AssertionError.class, () -> CHECK.check("dropped", INPUT, result(withoutParagraph, List.of()),
            n -> false));
    assertTrue(e.getMessage().contains("line 6: \"Its paragraph.\""), e::getMessage);
  }

  @Test
  void findsAPartlyDroppedLine() {
    Episode withoutLabel = EPISODE.toBuilder().takeaways(List.of(Takeaway.of("the text."))).build();
    assertThrows(AssertionError.class, () -> CHECK.check("label", INPUT, result(withoutLabel, List.of()), n -> false));
  }

  @Test
  void acceptsALineNamedByADiagnosticOrExempt() {
    Episode withoutParagraph = EPISODE.toBuilder().sections(List.of(Section.of("Part One"), Section.of("Part Two")))
        .build();
    Diagnostic named = Diagnostic.of(Severity.WARNING, "text.x", "dropped", SourcePosition.of(6, 1));
    CHECK.check("named", INPUT, result(withoutParagraph, List.of(named)), n -> false);
    CHECK.check("exempt", INPUT, result(withoutParagraph, List.of()), n -> n == 6);
  }

  @Test
  void aLimitNamesEveryLaterLine() {
    Episode firstLines = Episode.builder().title("A Title").build();
    Diagnostic stop = Diagnostic.of(Severity.ERROR, DiagnosticCodes.LIMIT_TAKEAWAYS, "stop", SourcePosition.of(3, 1));
    CHECK.check("limit", INPUT, result(firstLines, List.of(stop)), n -> false);
  }
}
