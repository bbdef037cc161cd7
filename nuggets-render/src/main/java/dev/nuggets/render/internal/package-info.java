/** Plumbing shared by the renderers. Not exported. */
@NullMarked
package dev.nuggets.render.internal;

import org.jspecify.annotations.NullMarked;
