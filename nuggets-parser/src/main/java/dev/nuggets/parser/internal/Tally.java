package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Things a read meets many times (a cue identifier, a NOTE block, a lenient timestamp) counted, so that a file of
 * 100,000 cues gives one diagnostic per kind of thing, at its first place, rather than 100,000. One per read.
 */
public final class Tally {
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private static final class Entry {
    final Severity severity;
    final String code;
    final SourcePosition first;
    int count;

    Entry(Severity severity, String code, SourcePosition first) {
      this.severity = severity;
      this.code = code;
      this.first = first;
    }
  }

  /**
   * Counts one occurrence of what {@code message} says ("cue identifiers have no place in the model; ignored"),
   * reported under {@code code}.
   *
   * @param at where it is
   */
  public void add(Severity severity, String code, String message, SourcePosition at) {
    entries.computeIfAbsent(code + '\u0000' + message, key -> new Entry(severity, code, at)).count++;
  }

  /** Reports each kind of thing counted once, at its first place: "{message} (N times, first here)". */
  public void report(ParseContext context) {
    entries.forEach(
        (key, entry) -> {
          String message = key.substring(key.indexOf('\u0000') + 1);
          String times = entry.count == 1 ? "once" : entry.count + " times, first here";
          context.report(Diagnostic.of(entry.severity, entry.code, message + " (" + times + ")", entry.first));
        });
  }
}
