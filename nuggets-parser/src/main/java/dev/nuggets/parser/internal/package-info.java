/** Plumbing shared by the parsers: decoding with positions, diagnostic collection. Not exported. */
@NullMarked
package dev.nuggets.parser.internal;

import org.jspecify.annotations.NullMarked;
