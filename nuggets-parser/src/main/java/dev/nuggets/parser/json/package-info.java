/**
 * The {@code json} format: Nuggets' canonical JSON, the lossless format that the {@code json} renderer writes.
 * See {@link dev.nuggets.parser.json.JsonParser} for what it reads and {@link dev.nuggets.parser.json.JsonCodes} for
 * what it reports.
 */
@NullMarked
package dev.nuggets.parser.json;

import org.jspecify.annotations.NullMarked;
