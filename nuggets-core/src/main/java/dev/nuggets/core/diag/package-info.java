/**
 * Diagnostics: what parsers and renderers report about their input, each with a severity, a stable code, a message
 * and, for parsers, a 1-based line:column in the input.
 */
@NullMarked
package dev.nuggets.core.diag;

import org.jspecify.annotations.NullMarked;
