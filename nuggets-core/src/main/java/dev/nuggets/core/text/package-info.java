/**
 * Rules that reading and writing share: what counts as white space, how a heading becomes an anchor, which lines a
 * summary reads as landmarks or as a start time, and the layout rules of the {@code text} format. A renderer that
 * writes text a parser must read back asks the same rule the parser uses, so the two cannot drift.
 *
 * <p>Not API: exported only to the Nuggets parser and render modules, and free to change between releases.
 */
@NullMarked
package dev.nuggets.core.text;

import org.jspecify.annotations.NullMarked;
