package dev.nuggets.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A format's identity, declared once and shared by its parser and its renderer: its name and aliases, the file
 * extensions it uses, its media type, and the {@linkplain ContentKind kinds of content} it reads and writes.
 *
 * <pre>{@code
 * Format shownotes = Format.builder("shownotes")
 *     .aliases("notes")
 *     .fileExtensions("notes.txt", "notes")
 *     .mediaType("text/plain")
 *     .writes(ContentKind.EPISODE)
 *     .build();
 * }</pre>
 *
 * <p>Names are compared without regard to case, and so are aliases: {@code JSON}, {@code Markdown} and {@code md}
 * name the formats {@code json} and {@code markdown}. Immutable.
 */
public final class Format {
  private final String name;
  private final Set<String> aliases;
  private final List<String> fileExtensions;
  private final String mediaType;
  private final Set<ContentKind> reads;
  private final Set<ContentKind> writes;
  private final String description;

  private Format(Builder builder) {
    this.name = builder.name;
    this.aliases = Collections.unmodifiableSet(new LinkedHashSet<>(builder.aliases));
    this.fileExtensions = List.copyOf(builder.fileExtensions);
    this.mediaType = builder.mediaType;
    this.reads = Collections.unmodifiableSet(EnumSet.copyOf(builder.reads));
    this.writes = Collections.unmodifiableSet(EnumSet.copyOf(builder.writes));
    this.description = builder.description;
  }

  /**
   * A builder for the format named {@code name}: lower-case letters, digits and {@code -}, starting with a letter.
   *
   * @throws IllegalArgumentException if the name is not of that shape
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The format's name: short, lower case ({@code markdown}); the one name its parser and renderer share. */
  public String name() {
    return name;
  }

  /** Other names the format answers to, lower case ({@code md} for {@code markdown}). */
  public Set<String> aliases() {
    return aliases;
  }

  /**
   * The file extensions the format uses, lower case, without the leading dot; the first is the one files written
   * in the format get. An extension may hold a dot ({@code notes.txt}). Several formats may share one ({@code json}).
   */
  public List<String> fileExtensions() {
    return fileExtensions;
  }

  /** The extension files written in this format get: the first of {@link #fileExtensions()}, or {@code txt}. */
  public String defaultExtension() {
    return fileExtensions.isEmpty() ? "txt" : fileExtensions.get(0);
  }

  /** The media type of the format ({@code text/markdown}). */
  public String mediaType() {
    return mediaType;
  }

  /** The kinds of content the format's parser reads; empty for a format that is only written. */
  public Set<ContentKind> reads() {
    return reads;
  }

  /** The kinds of content the format's renderer writes; empty for a format that is only read. */
  public Set<ContentKind> writes() {
    return writes;
  }

  /** Whether the format reads this kind of content. */
  public boolean reads(ContentKind kind) {
    return reads.contains(kind);
  }

  /** Whether the format writes this kind of content. */
  public boolean writes(ContentKind kind) {
    return writes.contains(kind);
  }

  /** One line saying what the format is, for listings ("Markdown summaries (CommonMark, YAML front matter)"). */
  public String description() {
    return description;
  }

  /** Whether {@code nameOrAlias} names this format: its name or an alias, in any case. */
  public boolean isNamed(String nameOrAlias) {
    String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
    return name.equals(key) || aliases.contains(key);
  }

  /** Whether a file name ends in one of this format's extensions ({@code page.md}, {@code TALK.VTT}). */
  public boolean matchesFileName(String fileName) {
    return matchingExtension(fileName).length() > 0;
  }

  /** The longest of this format's extensions that the file name ends in, or "" when none does. */
  public String matchingExtension(String fileName) {
    String lower = baseName(fileName).toLowerCase(Locale.ROOT);
    String best = "";
    for (String extension : fileExtensions) {
      if (extension.length() > best.length()
          && lower.length() > extension.length() + 1
          && lower.endsWith(extension)
          && lower.charAt(lower.length() - extension.length() - 1) == '.') {
        best = extension;
      }
    }
    return best;
  }

  private static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Format that
        && name.equals(that.name)
        && aliases.equals(that.aliases)
        && fileExtensions.equals(that.fileExtensions)
        && mediaType.equals(that.mediaType)
        && reads.equals(that.reads)
        && writes.equals(that.writes)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, aliases, fileExtensions, mediaType, reads, writes);
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }

  /** Builds a {@link Format}. The media type defaults to {@code application/octet-stream}. */
  public static final class Builder {
    private final String name;
    private final List<String> aliases = new ArrayList<>();
    private final List<String> fileExtensions = new ArrayList<>();
    private String mediaType = "application/octet-stream";
    private final Set<ContentKind> reads = EnumSet.noneOf(ContentKind.class);
    private final Set<ContentKind> writes = EnumSet.noneOf(ContentKind.class);
    private String description = "";

    private Builder(String name) {
      this.name = checkName(Objects.requireNonNull(name, "name"), "Format name");
      this.description = name;
    }

    /** Other names the format answers to; compared without regard to case. */
    public Builder aliases(String... aliases) {
      for (String alias : aliases) {
        this.aliases.add(checkName(alias.toLowerCase(Locale.ROOT), "Format alias"));
      }
      return this;
    }

    /** File extensions without the dot, the one written files get first. */
    public Builder fileExtensions(String... extensions) {
      for (String extension : extensions) {
        String e = extension.strip().toLowerCase(Locale.ROOT);
        if (e.startsWith(".")) {
          e = e.substring(1);
        }
        if (e.isEmpty() || e.indexOf('/') >= 0 || e.indexOf('\\') >= 0) {
          throw new IllegalArgumentException("Not a file extension: '" + extension + "'");
        }
        fileExtensions.add(e);
      }
      return this;
    }

    public Builder mediaType(String mediaType) {
      if (mediaType.isBlank() || mediaType.indexOf('/') < 1) {
        throw new IllegalArgumentException("Not a media type: '" + mediaType + "'");
      }
      this.mediaType = mediaType.strip();
      return this;
    }

    /** The kinds of content the format's parser reads. */
    public Builder reads(ContentKind... kinds) {
      Collections.addAll(reads, kinds);
      return this;
    }

    /** The kinds of content the format's renderer writes. */
    public Builder writes(ContentKind... kinds) {
      Collections.addAll(writes, kinds);
      return this;
    }

    /** One line saying what the format is; the name when left out. */
    public Builder description(String description) {
      if (description.isBlank()) {
        throw new IllegalArgumentException("Format description must not be blank");
      }
      this.description = description.strip();
      return this;
    }

    public Format build() {
      return new Format(this);
    }

    private static String checkName(String name, String what) {
      boolean valid = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
      for (int i = 0; valid && i < name.length(); i++) {
        char c = name.charAt(i);
        valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      }
      if (!valid) {
        throw new IllegalArgumentException(
            what + " must be lower-case letters, digits and '-', starting with a letter: '" + name + "'");
      }
      return name;
    }
  }
}
