/**
 * A format that is not built in, added the way a user adds one: {@code shownotes}, plain-text show notes for the
 * episode description field of a podcast host, registered as an {@link dev.nuggets.render.EpisodeRenderer}
 * service by this jar.
 */
@NullMarked
package dev.nuggets.examples.shownotes;

import org.jspecify.annotations.NullMarked;
