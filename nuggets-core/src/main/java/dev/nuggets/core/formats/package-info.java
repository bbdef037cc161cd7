/**
 * The identities of the built-in formats, one class per format, declared once and returned by both the format's
 * parser (in {@code dev.nuggets.parser}) and its renderer (in {@code dev.nuggets.render}).
 *
 * <p>Not API: exported only to the Nuggets parser and render modules. Users name formats by name or alias
 * ({@code "markdown"}, {@code "md"}) or ask a parser or renderer for its {@code format()}.
 */
@NullMarked
package dev.nuggets.core.formats;

import org.jspecify.annotations.NullMarked;
