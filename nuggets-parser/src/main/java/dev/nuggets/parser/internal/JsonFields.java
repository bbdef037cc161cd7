package dev.nuggets.parser.internal;

import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to a {@link JsonValue} tree for the JSON formats: each getter returns the value when it has the
 * expected type and meaning, and otherwise reports why not, at the value's line:column, under the format's
 * {@link JsonReadCodes}. One instance serves one parse.
 */
public final class JsonFields {
  /** Times beyond this many seconds (more than 31,000 years) are refused as nonsense rather than overflowing. */
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(1_000_000_000_000L);

  private final @Nullable SourceText source;
  private final IntFunction<SourcePosition> positions;
  private final ParseContext context;
  private final JsonReadCodes codes;

  public JsonFields(SourceText source, ParseContext context, JsonReadCodes codes) {
    this.source = source;
    this.positions = offset -> source.position(Math.max(0, Math.min(source.length(), offset)));
    this.context = context;
    this.codes = codes;
  }

  /** Fields of values read from a stream, whose offsets {@code positions} resolves; no whole document to read. */
  public JsonFields(IntFunction<SourcePosition> positions, ParseContext context, JsonReadCodes codes) {
    this.source = null;
    this.positions = positions;
    this.context = context;
    this.codes = codes;
  }

  public ParseContext context() {
    return context;
  }

  public JsonReadCodes codes() {
    return codes;
  }

  /** The line:column of an offset in the source. */
  public SourcePosition position(int offset) {
    return positions.apply(offset);
  }

  public SourcePosition position(JsonValue value) {
    return position(value.offset());
  }

  /**
   * Reads the whole source as JSON whose root must be an object; empty, with an error under {@code notAnObject},
   * when it is not (or when not even the start of a value could be read).
   *
   * @param expected what the document should be, for the message ("a chapters file is an object with ...")
   */
  public Optional<JsonValue.Obj> readDocument(String notAnObject, String expected) {
    SourceText document = source;
    if (document == null) {
      throw new IllegalStateException("fields of a stream have no document to read");
    }
    Optional<JsonValue> root = JsonTreeReader.read(document, context, codes);
    if (root.isEmpty() || root.get() instanceof JsonValue.Obj) {
      return root.map(JsonValue.Obj.class::cast);
    }
    context.error(
        notAnObject, expected + ", not " + root.get().describe() + "; nothing was read", position(root.get()));
    return Optional.empty();
  }

  /** Reports a value of the wrong type: {@code "'title' must be a string, not a number"}. */
  public void wrongType(JsonValue value, String what, String expected) {
    if (value instanceof JsonValue.Null) {
      // null carries nothing, so nothing is lost: a warning, and the value is absent.
      context.warning(codes.wrongType(), what + " is null; read as absent", position(value));
      return;
    }
    context.error(
        codes.wrongType(), what + " must be " + expected + ", not " + value.describe() + "; ignored", position(value));
  }

  /** The value as an object, or a wrong-type error. */
  public Optional<JsonValue.Obj> object(JsonValue value, String what) {
    if (value instanceof JsonValue.Obj obj) {
      return Optional.of(obj);
    }
    wrongType(value, what, "an object");
    return Optional.empty();
  }

  /** The member's value as an array, or a wrong-type error. */
  public Optional<JsonValue.Arr> array(JsonValue.Member member) {
    if (member.value() instanceof JsonValue.Arr arr) {
      return Optional.of(arr);
    }
    wrongType(member.value(), quote(member), "an array");
    return Optional.empty();
  }

  /** The member's value as a boolean, or a wrong-type error. */
  public Optional<Boolean> bool(JsonValue.Member member) {
    if (member.value() instanceof JsonValue.Bool bool) {
      return Optional.of(bool.value());
    }
    wrongType(member.value(), quote(member), "true or false");
    return Optional.empty();
  }

  /** The member's string, or a wrong-type error; a blank string is a warning, since nothing is lost. */
  public Optional<String> text(JsonValue.Member member) {
    return text(member.value(), quote(member));
  }

  /** The value as a string, or a wrong-type error; a blank string is a warning, since nothing is lost. */
  public Optional<String> text(JsonValue value, String what) {
    if (!(value instanceof JsonValue.Str str)) {
      wrongType(value, what, "a string");
      return Optional.empty();
    }
    if (Decoding.isBlank(str.value())) {
      context.warning(codes.blankText(), what + " is blank; ignored", position(value));
      return Optional.empty();
    }
    return Optional.of(str.value());
  }

  /**
   * The text of a key that an item cannot do without (a person's name, a section's heading): an error when it is
   * absent, blank or not a string, since the item is then dropped.
   */
  public Optional<String> requiredText(JsonValue.Obj object, String key, String item) {
    Optional<JsonValue.Member> member = object.member(key);
    if (member.isEmpty()) {
      context.error(codes.missingKey(), item + " has no '" + key + "'; it was skipped", position(object));
      return Optional.empty();
    }
    JsonValue value = member.get().value();
    if (value instanceof JsonValue.Str str && Decoding.isBlank(str.value())) {
      context.error(codes.blankText(), item + " has a blank '" + key + "'; it was skipped", position(value));
      return Optional.empty();
    }
    if (!(value instanceof JsonValue.Str str)) {
      context.error(
          codes.wrongType(),
          item + "'s '" + key + "' must be a string, not " + value.describe() + "; it was skipped",
          position(value));
      return Optional.empty();
    }
    return Optional.of(str.value());
  }

  /** An ISO-8601 duration such as {@code PT1H2M3.5S}, not negative. */
  public Optional<Duration> isoDuration(JsonValue.Member member) {
    Optional<String> text = text(member);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return nonNegative(Duration.parse(text.get().strip()), member);
    } catch (DateTimeParseException e) {
      context.error(
          codes.badTime(),
          quote(member) + " is not an ISO-8601 duration such as PT1H2M3S: '" + shorten(text.get()) + "'; ignored",
          position(member.value()));
      return Optional.empty();
    }
  }

  /**
   * A time in seconds: a number ({@code 90}, {@code 90.5}), or a string holding one, or {@code [[HH:]MM:]SS[.fff]}
   * ({@code "01:02:03"}, {@code "2:03.5"}). Not negative.
   */
  public Optional<Duration> seconds(JsonValue.Member member) {
    JsonValue value = member.value();
    Optional<Duration> time;
    if (value instanceof JsonValue.Num num) {
      time = num.decimal().flatMap(JsonFields::ofSeconds);
    } else if (value instanceof JsonValue.Str str) {
      time = Times.parseClock(str.value().strip());
    } else {
      wrongType(value, quote(member), "a number of seconds or an \"HH:MM:SS\" string");
      return Optional.empty();
    }
    if (time.isEmpty()) {
      context.error(
          codes.badTime(),
          quote(member) + " is not a time in seconds or HH:MM:SS: " + shorten(text(value)) + "; ignored",
          position(value));
      return Optional.empty();
    }
    return nonNegative(time.get(), member);
  }

  /** An ISO-8601 date, or a date-time with offset; a date-time without one keeps its date, with a warning. */
  public Optional<PublicationDate> date(JsonValue.Member member) {
    Optional<String> text = text(member);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get().strip();
    try {
      return Optional.of(PublicationDate.parse(value));
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime local = LocalDateTime.parse(value);
        context.warning(
            codes.badDate(),
            quote(member) + " has a time but no time zone: '" + shorten(value) + "'; only the date was kept",
            position(member.value()));
        return Optional.of(PublicationDate.of(local.toLocalDate()));
      } catch (DateTimeParseException notLocal) {
        context.error(
            codes.badDate(),
            quote(member) + " is not an ISO-8601 date (2024-05-15) or date-time (2024-05-15T09:30:00Z): '"
                + shorten(value) + "'; ignored",
            position(member.value()));
        return Optional.empty();
      }
    }
  }

  /** The end of a timed item, or empty with an error when it is before the start. */
  public Optional<Duration> endNotBeforeStart(
      Optional<Duration> start, Optional<Duration> end, JsonValue.Member endMember) {
    if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
      context.error(
          codes.badTime(),
          quote(endMember) + " (" + end.get() + ") is before the start (" + start.get() + "); the end was ignored",
          position(endMember.value()));
      return Optional.empty();
    }
    return end;
  }

  /** Warns about every key of {@code object} that is not in {@code known}. */
  public void unknownKeys(JsonValue.Obj object, Set<String> known, String where, String code) {
    for (JsonValue.Member member : object.members().values()) {
      if (!known.contains(member.name())) {
        context.warning(
            code, "unknown key '" + shorten(member.name()) + "' in " + where + "; ignored", position(member.offset()));
      }
    }
  }

  /**
   * Reads the objects of a list into items, in order, up to a limit: an item that is not an object is a wrong-type
   * error; an item {@code read} cannot make is skipped (it has reported why); past {@code max} items kept, the
   * limit's error is reported at the next object and the rest of the list is not read.
   *
   * @param what the items, plural, for messages ("sections")
   * @param code {@code limit.sections} or {@code limit.takeaways}
   * @param limitName the limit's name in {@link dev.nuggets.parser.ParseLimits}, for the message
   */
  public <T> void objects(
      JsonValue.Arr list, String what, int max, String code, String limitName,
      Function<JsonValue.Obj, Optional<T>> read, Consumer<T> add) {
    int kept = 0;
    for (JsonValue item : list.items()) {
      Optional<JsonValue.Obj> object = object(item, "each of the " + what);
      if (object.isEmpty()) {
        continue;
      }
      if (kept >= max) {
        context.error(
            code,
            "more " + what + " than the limit " + limitName + " = " + max + " allows; the rest were not read",
            position(item));
        return;
      }
      Optional<T> value = read.apply(object.get());
      if (value.isPresent()) {
        add.accept(value.get());
        kept++;
      }
    }
  }

  private Optional<Duration> nonNegative(Duration time, JsonValue.Member member) {
    if (time.isNegative()) {
      context.error(codes.badTime(), quote(member) + " is negative (" + time + "); ignored", position(member.value()));
      return Optional.empty();
    }
    return Optional.of(time);
  }

  static Optional<Duration> ofSeconds(BigDecimal seconds) {
    if (seconds.abs().compareTo(MAX_SECONDS) > 0) {
      return Optional.empty();
    }
    if (seconds.signum() == 0 || seconds.scale() - seconds.precision() > 10) {
      // Below a tenth of a nanosecond: zero. Rounding 1e-999999999 to nanoseconds would take forever.
      return Optional.of(Duration.ZERO);
    }
    BigDecimal nanos = seconds.setScale(9, RoundingMode.HALF_UP).movePointRight(9);
    long total = nanos.longValueExact();
    return Optional.of(Duration.ofSeconds(Math.floorDiv(total, 1_000_000_000L), Math.floorMod(total, 1_000_000_000L)));
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonValue.Str str) {
      return "'" + str.value() + "'";
    }
    return value instanceof JsonValue.Num num ? num.text() : value.describe();
  }

  /** {@code 'key'}, for messages. */
  public static String quote(JsonValue.Member member) {
    return "'" + shorten(member.name()) + "'";
  }

  /** Text for a message: at most 60 characters. */
  public static String shorten(String text) {
    if (text.length() <= 60) {
      return text;
    }
    int cut = Character.isHighSurrogate(text.charAt(56)) ? 56 : 57;
    return text.substring(0, cut) + "...";
  }
}
