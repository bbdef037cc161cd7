/** The {@code nuggets} command-line tool. */
@NullMarked
package dev.nuggets.cli;

import org.jspecify.annotations.NullMarked;
