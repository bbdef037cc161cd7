package dev.nuggets.parser.vtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nuggets.core.Cue;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public WebVTT transcripts (read from ../shared, skipped without them) give exactly their cues. */
class PublicTranscriptsTest {
  private static final Parsers PARSERS = Parsers.discover();

  private static ParseResult<Transcript> read(String name) {
    ParseResult<Transcript> result = PARSERS.readTranscript(SharedFixtures.require("fixtures/public/" + name));
    assertEquals("vtt", result.format().orElseThrow(), "detected by extension and header");
    return result;
  }

  private static Cue cue(double start, double end, String speaker, String text) {
    return Cue.builder()
        .start(Duration.ofMillis(Math.round(start * 1000)))
        .end(Duration.ofMillis(Math.round(end * 1000)))
        .speaker(speaker)
        .text(text)
        .build();
  }

  @Test
  void thePodcastIndexExampleGivesItsSevenCuesWithVoicesAndEntitiesDecoded() {
    ParseResult<Transcript> result = read("podcastindex-transcript-example.vtt");
    assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
    List<Cue> cues = result.value().cues();
    assertEquals(7, cues.size());
    assertEquals(cue(0, 2.76, "Sarah", "In today's episode, you'll learn whether or not you"), cues.get(0));
    assertEquals(
        cue(6.09, 11.61, "Sarah", "include in one? Welcome to Podcasting Q&A, where you learn"), cues.get(2));
    assertEquals(cue(21.45, 25.35, "Gillian", "careers podcast. My question is, do we need a podcast trailer?"),
        cues.get(6));
    assertEquals(List.of("Sarah", "Gillian"), result.value().speakers());
    assertEquals(2, result.value().turns().size());
    assertEquals(Duration.ofMillis(19_080), result.value().turns().get(1).start());
  }

  @Test
  void theMultiVoiceTalkReadsHourlessTimesAndSplitsACueOfThreeVoices() {
    ParseResult<Transcript> result = read("mozilla-vttjs-multi-voice-talk.vtt");
    assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
    List<Cue> cues = result.value().cues();
    assertEquals(cue(0, 3, "Kyle Huey", "Not ready yet? Alright, I'll wait until the camera man tells me we're good."),
        cues.get(0));
    assertEquals(cue(4, 5, "Chris Pearce", "Okay, we're good now."), cues.get(1));
    assertEquals(cue(4, 5, "Kyle Huey", "Oh, now we're good?"), cues.get(2));
    assertEquals(
        Cue.builder().start(Duration.ofSeconds(4)).end(Duration.ofSeconds(5)).text("Laughter").build(), cues.get(3));
    assertEquals("So thanks again for coming. I'm going to talk a bit about the cycle collector and what it does"
        + " and how we manage memory in Gecko.", cues.get(4).text());
    assertEquals(Duration.ofSeconds(96), cues.get(cues.size() - 1).start());
    assertEquals(Duration.ofSeconds(108), cues.get(cues.size() - 1).end().orElseThrow());
    assertEquals(List.of("Kyle Huey", "Chris Pearce"), result.value().speakers());
    assertEquals(
        List.of(VttCodes.NOT_IN_MODEL),
        result.diagnostics().stream().map(Diagnostic::code).distinct().collect(Collectors.toList()),
        "the styling tags, reported once");
  }

  @Test
  void noteBlocksAreSkippedAndReportedOnceWithMultiLineCuesKept() {
    ParseResult<Transcript> result = read("mozilla-vttjs-note-blocks.vtt");
    assertEquals(
        List.of(
            Cue.builder().start(Duration.ofSeconds(1)).end(Duration.ofSeconds(4))
                .text("Never drink liquid nitrogen.").build(),
            Cue.builder().start(Duration.ofSeconds(5)).end(Duration.ofSeconds(9))
                .text("- It will perforate your stomach.\n- You could die.").build()),
        result.value().cues());
    List<Diagnostic> diagnostics = result.diagnostics();
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertEquals(Severity.INFO, diagnostics.get(0).severity());
    assertEquals(VttCodes.SKIPPED_BLOCK, diagnostics.get(0).code());
    assertEquals("NOTE blocks hold no spoken text; skipped (3 times, first here)", diagnostics.get(0).message());
    assertEquals(3, diagnostics.get(0).position().orElseThrow().line());
  }
}
