/**
 * The {@code srt} format: SubRip transcripts ({@code application/x-subrip}), read as timed cues with speakers. See
 * {@link dev.nuggets.parser.srt.SrtParser} for the mapping and {@link dev.nuggets.parser.srt.SrtCodes} for what it
 * reports.
 */
@NullMarked
package dev.nuggets.parser.srt;

import org.jspecify.annotations.NullMarked;
