package dev.nuggets.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to content kept in a file of its own, such as an episode's transcript or chapters file: its address, and
 * what a feed says about it (media type, language, relation). Podcasting 2.0's {@code podcast:transcript} and
 * {@code podcast:chapters} are links of this kind.
 */
@Value.Immutable
public abstract class ContentLink {
  ContentLink() {}

  /** The address, as the source gives it (renderers check its scheme before writing it); never blank. */
  public abstract String url();

  /** The media type of what it links to ({@code text/vtt}, {@code application/json+chapters}). */
  public abstract Optional<String> mediaType();

  /** The language of what it links to, as a BCP 47 tag. */
  public abstract Optional<String> language();

  /** How it relates to the episode ({@code captions} for a transcript meant as closed captions). */
  public abstract Optional<String> rel();

  /** A link to {@code url} of the given media type. */
  public static ContentLink of(String url, String mediaType) {
    return builder().url(url).mediaType(mediaType).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this link's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(url(), "ContentLink.url");
    Checks.nonBlank(mediaType(), "ContentLink.mediaType");
    Checks.nonBlank(language(), "ContentLink.language");
    Checks.nonBlank(rel(), "ContentLink.rel");
  }

  /** Builds a {@link ContentLink}; {@code url} is required. */
  public static final class Builder extends ImmutableContentLink.Builder {
    Builder() {}
  }
}
