/**
 * The Nuggets content model.
 *
 * <p>Every type here is an immutable value with structural equality and a readable {@code toString()}. Values are
 * created through builders ({@code Episode.builder()...build()}) and are safe to share between threads. Nothing is
 * ever {@code null}: an absent value is an empty {@link java.util.Optional} or an empty list, and every builder
 * rejects {@code null} with a {@link NullPointerException} that names the attribute. Text attributes are never
 * blank: an absent text is an empty {@code Optional}, not an empty string.
 *
 * <p>New optional attributes may be added in later versions; code that uses the builders keeps compiling.
 */
@NullMarked
@ModelStyle
package dev.nuggets.core;

import org.jspecify.annotations.NullMarked;
