/** Runnable examples of the Nuggets API, each a small {@code main}. */
@NullMarked
package dev.nuggets.examples;

import org.jspecify.annotations.NullMarked;
