package dev.nuggets.parser.srt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nuggets.core.Cue;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.Turn;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public SubRip transcript (read from ../shared, skipped without it) gives exactly its cues and speakers. */
class PublicTranscriptsTest {
  private static final Parsers PARSERS = Parsers.discover();

  @Test
  void thePodcastIndexExampleGivesItsCuesWithSpeakersOnTheFirstCueOfEachTurn() {
    ParseResult<Transcript> result =
        PARSERS.readTranscript(SharedFixtures.require("fixtures/public/podcastindex-transcript-example.srt"));
    assertEquals("srt", result.format().orElseThrow());
    assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
    Transcript transcript = result.value();
    List<Cue> cues = transcript.cues();
    assertEquals(
        Cue.builder().start(Duration.ofMillis(179)).end(Duration.ofMillis(2399)).speaker("Travis")
            .text("When you first get\nstarted in podcasting, it's").build(),
        cues.get(0));
    assertEquals(
        Cue.builder().start(Duration.ofMillis(2400)).end(Duration.ofMillis(4799))
            .text("almost guaranteed that you're\ngoing to make a handful of rookie").build(),
        cues.get(1));
    assertEquals(222, cues.size());
    assertEquals(Duration.ofMillis(754_769), cues.get(221).end().orElseThrow());
    assertEquals("best thing to do is to batch your\nepisodes.", cues.get(221).text());
    assertEquals(List.of("Travis", "Sarah", "Gilon"), transcript.speakers());
    Turn first = transcript.turns().get(0);
    assertEquals(Optional.of("Travis"), first.speaker());
    assertEquals(Duration.ofMillis(179), first.start());
  }
}
