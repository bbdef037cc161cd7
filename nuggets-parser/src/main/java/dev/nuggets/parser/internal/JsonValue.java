package dev.nuggets.parser.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read by {@link JsonTreeReader}, with the offset in the {@link dev.nuggets.parser.SourceText} where
 * it starts, so that the JSON formats report problems at the value's line:column.
 */
public sealed interface JsonValue
    permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num, JsonValue.Bool, JsonValue.Null {

  /** Where the value starts in the source text. */
  int offset();

  /** What the value is, for messages: "an object", "a string", ... */
  String describe();

  /** An object member: its name, where the name starts, and its value. */
  record Member(String name, int offset, JsonValue value) {}

  /** An object; members in input order, a duplicated name holding its last value. */
  record Obj(int offset, Map<String, Member> members) implements JsonValue {
    public Obj {
      members = Collections.unmodifiableMap(members);
    }

    public Optional<Member> member(String name) {
      return Optional.ofNullable(members.get(name));
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /** An array. */
  record Arr(int offset, List<JsonValue> items) implements JsonValue {
    public Arr {
      items = Collections.unmodifiableList(items);
    }

    @Override
    public String describe() {
      return "an array";
    }
  }

  /** A string. */
  record Str(int offset, String value) implements JsonValue {
    @Override
    public String describe() {
      return "a string";
    }
  }

  /** A number, kept as written so that no precision is lost before a format decides what it means. */
  record Num(int offset, String text) implements JsonValue {
    /** The number, or empty when it is too large to represent (an exponent beyond {@code int}). */
    public Optional<BigDecimal> decimal() {
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    @Override
    public String describe() {
      return "a number";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(int offset, boolean value) implements JsonValue {
    @Override
    public String describe() {
      return value ? "true" : "false";
    }
  }

  /** {@code null}. */
  record Null(int offset) implements JsonValue {
    @Override
    public String describe() {
      return "null";
    }
  }
}
