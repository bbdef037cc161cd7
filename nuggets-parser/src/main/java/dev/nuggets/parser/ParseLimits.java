package dev.nuggets.parser;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much input a parser accepts before it stops with an error that names the limit. The defaults are generous
 * for real summaries and small enough that hostile input cannot exhaust memory or time; every limit can be set on
 * {@link Parsers.Builder#limits(ParseLimits)}.
 *
 * <p>Every read honours {@link #maxInputSize()} and {@link #maxDiagnostics()}; episode formats honour
 * {@link #maxSections()} and {@link #maxTakeaways()}, feeds {@link #maxEpisodes()}, transcripts {@link #maxCues()}. Line-oriented formats (text, Markdown) honour
 * {@link #maxLineLength()}; nested formats (JSON, HTML) honour {@link #maxDepth()}.
 */
public final class ParseLimits {
  private static final ParseLimits DEFAULTS = new Builder().build();

  private final long maxInputSize;
  private final int maxLineLength;
  private final int maxDepth;
  private final int maxSections;
  private final int maxTakeaways;
  private final int maxEpisodes;
  private final int maxCues;
  private final int maxDiagnostics;

  private ParseLimits(Builder builder) {
    this.maxInputSize = builder.maxInputSize;
    this.maxLineLength = builder.maxLineLength;
    this.maxDepth = builder.maxDepth;
    this.maxSections = builder.maxSections;
    this.maxTakeaways = builder.maxTakeaways;
    this.maxEpisodes = builder.maxEpisodes;
    this.maxCues = builder.maxCues;
    this.maxDiagnostics = builder.maxDiagnostics;
  }

  /** The default limits. */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The largest input: bytes for byte input (streams, files), UTF-16 characters for text input (strings, readers).
   * Default 16 MiB.
   */
  public long maxInputSize() {
    return maxInputSize;
  }

  /** The longest line, in UTF-16 characters, for line-oriented formats. Default 1 Mi characters. */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** The deepest nesting of elements, objects, arrays or lists. Default 64. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The most sections (chapters) in one episode. Default 10,000. */
  public int maxSections() {
    return maxSections;
  }

  /** The most takeaways in one episode. Default 10,000. */
  public int maxTakeaways() {
    return maxTakeaways;
  }

  /** The most episodes in one feed. Default 10,000. */
  public int maxEpisodes() {
    return maxEpisodes;
  }

  /** The most cues in one transcript. Default 500,000 (a long episode's word-level transcript has tens of thousands). */
  public int maxCues() {
    return maxCues;
  }

  /**
   * The most diagnostics kept for one input; later ones are counted and summarised in one last diagnostic, so a
   * hostile input cannot flood memory with reports. Default 1,000.
   */
  public int maxDiagnostics() {
    return maxDiagnostics;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParseLimits that
        && maxInputSize == that.maxInputSize
        && maxLineLength == that.maxLineLength
        && maxDepth == that.maxDepth
        && maxSections == that.maxSections
        && maxTakeaways == that.maxTakeaways
        && maxEpisodes == that.maxEpisodes
        && maxCues == that.maxCues
        && maxDiagnostics == that.maxDiagnostics;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxInputSize, maxLineLength, maxDepth, maxSections, maxTakeaways, maxEpisodes, maxCues, maxDiagnostics);
  }

  @Override
  public String toString() {
    return "ParseLimits{maxInputSize=" + maxInputSize + ", maxLineLength=" + maxLineLength + ", maxDepth="
        + maxDepth + ", maxSections=" + maxSections + ", maxTakeaways=" + maxTakeaways + ", maxEpisodes="
        + maxEpisodes + ", maxCues=" + maxCues + ", maxDiagnostics=" + maxDiagnostics + "}";
  }

  /** Builds {@link ParseLimits}; every limit must be positive. */
  public static final class Builder {
    private long maxInputSize = 16L * 1024 * 1024;
    private int maxLineLength = 1024 * 1024;
    private int maxDepth = 64;
    private int maxSections = 10_000;
    private int maxTakeaways = 10_000;
    private int maxEpisodes = 10_000;
    private int maxCues = 500_000;
    private int maxDiagnostics = 1_000;

    private Builder() {}

    private Builder(ParseLimits limits) {
      this.maxInputSize = limits.maxInputSize;
      this.maxLineLength = limits.maxLineLength;
      this.maxDepth = limits.maxDepth;
      this.maxSections = limits.maxSections;
      this.maxTakeaways = limits.maxTakeaways;
      this.maxEpisodes = limits.maxEpisodes;
      this.maxCues = limits.maxCues;
      this.maxDiagnostics = limits.maxDiagnostics;
    }

    public Builder maxInputSize(long value) {
      this.maxInputSize = positive(value, "maxInputSize");
      return this;
    }

    public Builder maxLineLength(int value) {
      this.maxLineLength = (int) positive(value, "maxLineLength");
      return this;
    }

    public Builder maxDepth(int value) {
      this.maxDepth = (int) positive(value, "maxDepth");
      return this;
    }

    public Builder maxSections(int value) {
      this.maxSections = (int) positive(value, "maxSections");
      return this;
    }

    public Builder maxTakeaways(int value) {
      this.maxTakeaways = (int) positive(value, "maxTakeaways");
      return this;
    }

    public Builder maxEpisodes(int value) {
      this.maxEpisodes = (int) positive(value, "maxEpisodes");
      return this;
    }

    public Builder maxCues(int value) {
      this.maxCues = (int) positive(value, "maxCues");
      return this;
    }

    public Builder maxDiagnostics(int value) {
      this.maxDiagnostics = (int) positive(value, "maxDiagnostics");
      return this;
    }

    public ParseLimits build() {
      return new ParseLimits(this);
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
