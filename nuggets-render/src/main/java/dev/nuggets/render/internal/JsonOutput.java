package dev.nuggets.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * How the JSON-based renderers write: Jackson's streaming generator over any {@link Appendable}, pretty-printed
 * with two-space indents, {@code "key": value} and {@code \n} line ends on every platform (and a final line end),
 * or compact on one line. Immutable; one instance serves every render.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final boolean pretty;
  private final @Nullable CharacterEscapes escapes;

  private JsonOutput(boolean pretty, @Nullable CharacterEscapes escapes) {
    this.pretty = pretty;
    this.escapes = escapes;
  }

  /** Pretty-printed output. */
  public static JsonOutput pretty() {
    return new JsonOutput(true, null);
  }

  /** Output on one line, with no final line end. */
  public static JsonOutput compact() {
    return new JsonOutput(false, null);
  }

  /**
   * The same output with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as {@code \}{@code uXXXX}
   * escapes: still the same JSON text, and safe to place inside an HTML {@code <script>} element, where a
   * {@code </script>} in a string would otherwise end the element.
   */
  public JsonOutput htmlSafe() {
    return new JsonOutput(pretty, HtmlSafeEscapes.INSTANCE);
  }

  /** Whether output is pretty-printed. */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Writes one JSON document to {@code out} with {@code body}, which writes exactly one value. {@code out} is not
   * closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(Appendable out, Consumer<JsonGenerator> body) throws IOException {
    Writer writer = LoneSurrogates.escapingWriter(out instanceof Writer w ? w : new AppendableWriter(out));
    try (JsonGenerator json = FACTORY.createGenerator(new Context(), writer)) {
      body.accept(json);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
    if (pretty) {
      out.append('\n');
    }
  }

  /**
   * Starts one JSON document written part by part (a feed, one episode at a time): the generator writes to
   * {@code out}, flushing as its buffer fills, and {@link Document#finish()} ends it.
   */
  public Document start(Appendable out) {
    Writer writer = LoneSurrogates.escapingWriter(out instanceof Writer w ? w : new AppendableWriter(out));
    return new Document(FACTORY.createGenerator(new Context(), writer), out, pretty);
  }

  /** A JSON document being written part by part. */
  public static final class Document {
    private final JsonGenerator json;
    private final Appendable out;
    private final boolean pretty;

    private Document(JsonGenerator json, Appendable out, boolean pretty) {
      this.json = json;
      this.out = out;
      this.pretty = pretty;
    }

    /** The generator, positioned where the next part goes. */
    public JsonGenerator json() {
      return json;
    }

    /** Writes a part; a failure of the output comes out as an {@link IOException}. */
    public void write(Consumer<JsonGenerator> part) throws IOException {
      try {
        part.accept(json);
      } catch (JacksonException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw e;
      }
    }

    /** Ends the document: closes the generator (not {@code out}) and writes the final line end. */
    public void finish() throws IOException {
      try {
        json.close();
      } catch (JacksonException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw e;
      }
      if (pretty) {
        out.append('\n');
      }
    }
  }

  /** Writes {@code "name": "value"} when there is a value, nothing otherwise. */
  public static void writeIfPresent(JsonGenerator json, String name, Optional<String> value) {
    if (value.isPresent()) {
      json.writeStringProperty(name, value.get());
    }
  }

  /**
   * Writes a time as a JSON number of seconds: an integer when the duration has no fraction of a second
   * ({@code 660}), otherwise a decimal without trailing zeros and never in exponent notation ({@code 2.5},
   * {@code 0.001}).
   */
  public static void writeSeconds(JsonGenerator json, String name, Duration time) {
    json.writeName(name);
    if (time.toNanosPart() == 0) {
      json.writeNumber(time.toSeconds());
    } else {
      BigDecimal seconds = BigDecimal.valueOf(time.toSeconds()).add(BigDecimal.valueOf(time.toNanosPart(), 9));
      json.writeNumber(seconds.stripTrailingZeros().toPlainString());
    }
  }

  /** Per generator: the pretty printer (stateful, so one per document) and the escapes. */
  private final class Context extends ObjectWriteContext.Base {
    @Override
    public @Nullable PrettyPrinter getPrettyPrinter() {
      return pretty ? PRINTER.createInstance() : null;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public @Nullable CharacterEscapes getCharacterEscapes() {
      return escapes;
    }
  }

  /** Escapes the characters that matter when JSON sits inside HTML or JavaScript source. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    private HtmlSafeEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      if (ch == 0x2029) {
        return PARAGRAPH_SEPARATOR;
      }
      return null;
    }
  }
}
