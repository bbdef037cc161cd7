/**
 * Formats as both sides see them: a {@link dev.nuggets.core.format.Format}'s identity (name, aliases, file
 * extensions, media type) and the {@link dev.nuggets.core.format.ContentKind kinds of content} it reads and writes.
 * A format declares its identity once; its parser and its renderer both return it.
 */
@NullMarked
package dev.nuggets.core.format;

import org.jspecify.annotations.NullMarked;
