package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads JSON text into a {@link JsonValue} tree whose values know where they start, with Jackson's streaming
 * parser. It never throws for bad input:
 *
 * <ul>
 *   <li>malformed JSON is reported at its line:column and reading stops there; what was read before is kept (open
 *       objects and arrays are closed as they stand);
 *   <li>trailing commas and comments ({@code //}, {@code /* *}{@code /}, {@code #}) are read, each reported as
 *       tolerated syntax;
 *   <li>a repeated key is reported and its last value kept, as JavaScript does;
 *   <li>objects and arrays nested deeper than {@link dev.nuggets.parser.ParseLimits#maxDepth()} are skipped with a
 *       {@code limit.depth} error;
 *   <li>text after the first JSON value is reported and not read.
 * </ul>
 *
 * <p>The tree is built without recursion, so its depth is bounded only by the limit. Time is linear in the text.
 */
public final class JsonTreeReader {
  /** Nesting this much deeper than the limit stops reading instead of skipping, to bound Jackson's own memory. */
  private static final int SKIP_MARGIN = 1000;

  private static final int DEFAULT_MAX_DEPTH = ParseLimits.defaults().maxDepth();
  private static final JsonFactory DEFAULT_FACTORY = factory(DEFAULT_MAX_DEPTH + SKIP_MARGIN);

  private final IntFunction<SourcePosition> positions;
  private final int base;
  private final ParseContext context;
  private final JsonReadCodes codes;
  private boolean commentReported;
  private boolean depthReported;

  private JsonTreeReader(
      IntFunction<SourcePosition> positions, int base, ParseContext context, JsonReadCodes codes) {
    this.positions = positions;
    this.base = base;
    this.context = context;
    this.codes = codes;
  }

  /** Reads the whole of {@code source}. */
  public static Optional<JsonValue> read(SourceText source, ParseContext context, JsonReadCodes codes) {
    return read(source.text(), source, 0, context, codes);
  }

  /**
   * Reads {@code json}, which stands at {@code offset} in {@code source}: offsets in the tree and positions in
   * diagnostics are those of {@code source}. Empty when not even the start of a value could be read.
   */
  public static Optional<JsonValue> read(
      String json, SourceText source, int offset, ParseContext context, JsonReadCodes codes) {
    IntFunction<SourcePosition> positions = at -> source.position(Math.max(0, Math.min(source.length(), at)));
    return new JsonTreeReader(positions, offset, context, codes).read(json);
  }

  /**
   * Reads the one value that starts at the parser's current token (a streaming document read part by part, such
   * as the episodes of a feed). Offsets in the tree are those {@code positions} hands out, which resolve to the
   * tokens' line:column. Leniencies are read but not reported here (the text between tokens is not seen); a
   * syntax error stops the value as it stands and is rethrown for the caller to report, since the rest of the
   * stream cannot be read either.
   *
   * @throws JacksonException when the JSON is malformed (after the part read is returned to nobody)
   */
  public static Optional<JsonValue> readValue(
      JsonParser parser, StreamPositions positions, ParseContext context, JsonReadCodes codes) {
    return new JsonTreeReader(positions::position, 0, context, codes).readValue(parser, positions);
  }

  private Optional<JsonValue> readValue(JsonParser parser, StreamPositions positions) {
    int maxDepth = context.limits().maxDepth();
    Deque<Container> open = new ArrayDeque<>();
    JsonToken token = parser.currentToken();
    while (token != null) {
      int at = positions.mark(parser.currentTokenLocation());
      JsonValue done = step(parser, token, at, open, maxDepth);
      if (done != null) {
        JsonValue root = attach(open, done);
        if (root != null) {
          return Optional.of(root);
        }
      }
      token = parser.nextToken();
    }
    return closeAll(open, null);
  }

  /** One token: a finished value when it ends one (a scalar, or the close of an object or array), else null. */
  private @Nullable JsonValue step(JsonParser parser, JsonToken token, int at, Deque<Container> open, int maxDepth) {
    switch (token) {
      case PROPERTY_NAME -> {
        Container object = open.peek();
        if (object != null) {
          object.name = parser.currentName();
          object.nameOffset = at;
        }
        return null;
      }
      case START_OBJECT, START_ARRAY -> {
        if (open.size() >= maxDepth) {
          tooDeep(at, maxDepth);
          parser.skipChildren();
          clearName(open);
        } else {
          open.push(new Container(at, token == JsonToken.START_OBJECT));
        }
        return null;
      }
      case END_OBJECT, END_ARRAY -> {
        return open.pop().value();
      }
      case VALUE_STRING -> {
        String value = parser.getString();
        if (hasLoneSurrogate(value)) {
          context.warning(
              DiagnosticCodes.INPUT_LONE_SURROGATE,
              "this string escapes half of a surrogate pair without its other half, which is no character; kept as"
                  + " written",
              position(at));
        }
        return new JsonValue.Str(base + at, value);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new JsonValue.Num(base + at, parser.getString());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new JsonValue.Bool(base + at, token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return new JsonValue.Null(base + at);
      }
      default -> {
        return null; // VALUE_EMBEDDED_OBJECT and NOT_AVAILABLE do not occur when reading text.
      }
    }
  }

  /** The factory for reading under {@code limits}, as {@link #read} uses it. */
  public static JsonFactory factory(ParseLimits limits) {
    int maxDepth = limits.maxDepth();
    return maxDepth == DEFAULT_MAX_DEPTH
        ? DEFAULT_FACTORY
        : factory((int) Math.min(Integer.MAX_VALUE, (long) maxDepth + SKIP_MARGIN));
  }

  /** A factory that reads the leniencies this reader reports, and nests at most {@code maxDepth} deep. */
  static JsonFactory factory(int maxDepth) {
    return JsonFactory.builder()
        .enable(
            JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_YAML_COMMENTS)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNumberLength(1000)
                .maxNameLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .maxTokenCount(-1)
                .build())
        .build();
  }

  private Optional<JsonValue> read(String json) {
    int maxDepth = context.limits().maxDepth();
    JsonFactory factory = factory(context.limits());
    Deque<Container> open = new ArrayDeque<>();
    JsonValue root = null;
    int gapStart = 0;
    boolean failed = false;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int at = offset(parser.currentTokenLocation(), gapStart);
        scanGap(json, gapStart, at, token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT);
        if (root != null) {
          context.error(
              codes.syntax(),
              "more than one JSON value; the text after the first value was not read",
              position(at));
          return Optional.of(root);
        }
        JsonValue done = step(parser, token, at, open, maxDepth);
        if (done != null) {
          root = attach(open, done);
        }
        gapStart = offset(parser.currentLocation(), at);
      }
      scanGap(json, Math.min(gapStart, json.length()), json.length(), false);
    } catch (StreamConstraintsException e) {
      failed = true;
      if (!String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
        // The one other constraint kept: numbers of more than 1000 digits, which no format needs.
        context.error(
            codes.syntax(),
            "not read: " + describe(e) + "; reading stopped here",
            position(offset(e.getLocation(), gapStart)));
        return closeAll(open, root);
      }
      context.error(
          DiagnosticCodes.LIMIT_DEPTH,
          "objects and arrays nested far deeper than the limit maxDepth = " + maxDepth + " allows; reading"
              + " stopped here",
          position(offset(e.getLocation(), gapStart)));
    } catch (JacksonException e) {
      failed = true;
      context.error(
          codes.syntax(),
          "not valid JSON: " + describe(e) + "; reading stopped here",
          position(offset(e.getLocation(), gapStart)));
    }
    if (root == null && open.isEmpty() && !failed) {
      context.error(codes.syntax(), "no JSON value", position(0));
    }
    return closeAll(open, root);
  }

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Closes the objects and arrays still open, as they stand, and gives the root. */
  private Optional<JsonValue> closeAll(Deque<Container> open, @Nullable JsonValue root) {
    JsonValue value = root;
    while (!open.isEmpty()) {
      value = attach(open, open.pop().value());
    }
    return Optional.ofNullable(value);
  }

  /** Adds a finished value to the container it belongs to; the value itself when it is the root. */
  private @Nullable JsonValue attach(Deque<Container> open, JsonValue value) {
    Container parent = open.peek();
    if (parent == null) {
      return value;
    }
    if (!parent.isObject) {
      parent.items.add(value);
    } else if (parent.name != null) {
      JsonValue.Member member = new JsonValue.Member(parent.name, base + parent.nameOffset, value);
      JsonValue.Member earlier = parent.members.put(parent.name, member);
      if (earlier != null) {
        context.warning(
            codes.duplicateKey(),
            "'" + parent.name + "' appears again in this object (first at " + position(earlier.offset() - base)
                + "); the last value is kept",
            position(parent.nameOffset));
      }
      parent.name = null;
    }
    return null;
  }

  private static void clearName(Deque<Container> open) {
    Container parent = open.peek();
    if (parent != null) {
      parent.name = null;
    }
  }

  private void tooDeep(int at, int maxDepth) {
    if (!depthReported) {
      depthReported = true;
      context.error(
          DiagnosticCodes.LIMIT_DEPTH,
          "objects and arrays nested deeper than the limit maxDepth = " + maxDepth + " allows; the deeper ones"
              + " were skipped",
          position(at));
    }
  }

  /**
   * Looks at the text Jackson skipped between two tokens (white space, separators, comments) to report what JSON
   * does not allow: a comment (once per document) and a comma just before a closing bracket.
   */
  private void scanGap(String json, int from, int to, boolean beforeClose) {
    int lastComma = -1;
    int i = from;
    while (i < to) {
      char c = json.charAt(i);
      if (c == ',') {
        lastComma = i;
        i++;
      } else if (c == '#' || (c == '/' && i + 1 < to && (json.charAt(i + 1) == '/' || json.charAt(i + 1) == '*'))) {
        reportComment(i);
        boolean block = c == '/' && json.charAt(i + 1) == '*';
        int end = block ? json.indexOf("*/", i + 2) : lineEnd(json, i);
        i = end < 0 || end > to ? to : end + (block ? 2 : 0);
      } else {
        i++;
      }
    }
    if (beforeClose && lastComma >= 0) {
      context.warning(
          codes.tolerated(), "a trailing comma, which JSON does not allow; ignored", position(lastComma));
    }
  }

  private static int lineEnd(String json, int from) {
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return json.length();
  }

  private void reportComment(int at) {
    if (!commentReported) {
      commentReported = true;
      context.warning(
          codes.tolerated(), "comments, which JSON does not allow; ignored (reported once)", position(at));
    }
  }

  private static int offset(@Nullable TokenStreamLocation location, int fallback) {
    if (location == null) {
      return fallback;
    }
    long offset = location.getCharOffset();
    return offset < 0 || offset > Integer.MAX_VALUE ? fallback : (int) offset;
  }

  private SourcePosition position(int localOffset) {
    return positions.apply(base + localOffset);
  }

  private static String describe(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** An object or array being read. */
  private final class Container {
    final int offset;
    final boolean isObject;
    final Map<String, JsonValue.Member> members = new LinkedHashMap<>();
    final List<JsonValue> items = new ArrayList<>();
    @Nullable String name;
    int nameOffset;

    Container(int offset, boolean isObject) {
      this.offset = offset;
      this.isObject = isObject;
    }

    JsonValue value() {
      return isObject ? new JsonValue.Obj(base + offset, members) : new JsonValue.Arr(base + offset, items);
    }
  }
}
