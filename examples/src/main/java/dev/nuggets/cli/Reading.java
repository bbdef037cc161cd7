package dev.nuggets.cli;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.Detection;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input whatever it holds, for the commands that look at content rather than convert it (inspect,
 * validate): an episode, a transcript, or a feed streamed to the visitor one episode at a time, so that a feed of
 * any length is looked at in bounded memory.
 */
final class Reading {
  /** What the content was: the detected (or named) format and kind, and every diagnostic of the read. */
  record Outcome(Optional<String> format, ContentKind kind, List<Diagnostic> diagnostics) {}

  /** Receives the content as it is read. */
  interface Visitor {
    default void detected(Detection detection) {}

    default void episode(Episode episode) {}

    default void podcast(Podcast podcast) {}

    /** One episode of a feed, numbered from 1, after {@link #podcast}. */
    default void feedEpisode(int number, Episode episode) {}

    default void transcript(Transcript transcript) {}
  }

  private Reading() {}

  static Outcome read(Parsers parsers, @Nullable String from, Input source, Visitor visitor) {
    Optional<Detection> detection = from != null ? Optional.of(parsers.detect(source, from)) : parsers.detect(source);
    detection.ifPresent(visitor::detected);
    ContentKind kind = detection.map(Detection::kind).orElse(ContentKind.EPISODE);
    Optional<String> format = detection.map(d -> d.format().name());
    try {
      switch (kind) {
        case FEED -> {
          try (FeedStream feed = parsers.readFeed(source, format.orElseThrow())) {
            visitor.podcast(feed.podcast());
            int number = 0;
            while (feed.hasNext()) {
              visitor.feedEpisode(++number, feed.next());
            }
            return new Outcome(format, kind, feed.diagnostics());
          }
        }
        case TRANSCRIPT -> {
          ParseResult<Transcript> result = parsers.readTranscript(source, format.orElseThrow());
          visitor.transcript(result.value());
          return new Outcome(format, kind, result.diagnostics());
        }
        default -> {
          ParseResult<Episode> result =
              format.isPresent() ? parsers.readEpisode(source, format.get()) : parsers.readEpisode(source);
          visitor.episode(result.value());
          return new Outcome(format, kind, result.diagnostics());
        }
      }
    } catch (NuggetsParseException e) {
      return new Outcome(format, kind, e.diagnostics());
    }
  }
}
