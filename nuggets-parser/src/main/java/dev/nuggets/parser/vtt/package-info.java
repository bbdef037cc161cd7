/**
 * The {@code vtt} format: WebVTT transcripts ({@code text/vtt}), read as timed cues with speakers. See
 * {@link dev.nuggets.parser.vtt.VttParser} for the mapping and {@link dev.nuggets.parser.vtt.VttCodes} for what it
 * reports.
 */
@NullMarked
package dev.nuggets.parser.vtt;

import org.jspecify.annotations.NullMarked;
