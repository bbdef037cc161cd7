package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An episode's metadata as the document renderers write it: an ordered map of named fields, Markdown's YAML front
 * matter and the fields of the HTML page's header. {@link #of(Episode)} gives the standard fields; an element
 * renderer for {@link Element#METADATA} adds its own with {@link #with} and passes the result on with
 * {@link ElementContext#renderDefault(Object)}, so the format quotes them.
 *
 * <p>The standard fields, in this order and each only when the episode has it: {@value #PODCAST} (string),
 * {@value #PEOPLE} (a list of maps with {@code name}, {@code role} (the canonical, lower-case role name) and
 * {@code description} when present), {@value #DATE} (ISO-8601 date or date-time), {@value #DURATION} (ISO-8601
 * duration such as {@code PT52M17S}) and {@value #LINK} (the episode's page).
 *
 * <p>A field name is an ASCII letter followed by letters, digits, {@code _}, {@code .} or {@code -}. A value is a
 * {@link String}, {@link Boolean}, {@link Number}, a {@link List} of values or a {@link Map} with
 * string keys and values; lists and maps are copied, keeping their order. Immutable.
 */
public final class Metadata {
  public static final String PODCAST = "podcast";
  public static final String PEOPLE = "people";
  public static final String DATE = "date";
  public static final String DURATION = "duration";
  public static final String LINK = "link";

  private static final Metadata EMPTY = new Metadata(Map.of());

  private final Map<String, Object> fields;

  private Metadata(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** No fields. */
  public static Metadata empty() {
    return EMPTY;
  }

  /** The standard fields of an episode. */
  public static Metadata of(Episode episode) {
    Map<String, Object> fields = new LinkedHashMap<>();
    episode.podcastTitle().ifPresent(p -> fields.put(PODCAST, p));
    if (!episode.people().isEmpty()) {
      List<Object> people = new ArrayList<>();
      for (Person person : episode.people()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", person.name());
        map.put("role", person.role().name());
        person.description().ifPresent(d -> map.put("description", d));
        people.add(Collections.unmodifiableMap(map));
      }
      fields.put(PEOPLE, List.copyOf(people));
    }
    episode.publishedOn().ifPresent(d -> fields.put(DATE, d.toString()));
    episode.duration().map(Duration::toString).ifPresent(d -> fields.put(DURATION, d));
    episode.link().ifPresent(l -> fields.put(LINK, l));
    return new Metadata(Collections.unmodifiableMap(fields));
  }

  /** The fields in order, unmodifiable. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** The value of a field. */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /**
   * This metadata with a field set: a field of that name keeps its place, a new one comes last.
   *
   * @throws IllegalArgumentException if the name is not a field name or the value is not a string, boolean, number, list or
   *     map of them
   */
  public Metadata with(String name, Object value) {
    checkName(Objects.requireNonNull(name, "name"));
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put(name, copyOf(value, name));
    return new Metadata(Collections.unmodifiableMap(copy));
  }

  /** This metadata without a field. */
  public Metadata without(String name) {
    if (!fields.containsKey(name)) {
      return this;
    }
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.remove(name);
    return new Metadata(Collections.unmodifiableMap(copy));
  }

  /** Names a front matter can hold unquoted in every dialect: a letter, then letters, digits, _ . or -. */
  private static void checkName(String name) {
    boolean valid = !name.isEmpty() && isAsciiLetter(name.charAt(0));
    for (int i = 1; i < name.length() && valid; i++) {
      char c = name.charAt(i);
      valid = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "Metadata field name '" + name + "' must be an ASCII letter followed by letters, digits, '_', '.' or '-'");
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Object copyOf(@Nullable Object value, String where) {
    if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(copyOf(element, where + "[]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException("Metadata field " + where + " has a key that is not a string");
        }
        checkName(key);
        copy.put(key, copyOf(entry.getValue(), where + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(
        "Metadata field " + where + " must be a string, boolean, number, list or map, was "
            + (value == null ? "null" : value.getClass().getName()));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Metadata that && that.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "Metadata" + fields;
  }
}
