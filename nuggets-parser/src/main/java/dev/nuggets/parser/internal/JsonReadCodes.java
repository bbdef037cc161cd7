package dev.nuggets.parser.internal;

/**
 * The diagnostic codes a JSON-based format reports for the problems that {@link JsonTreeReader} and
 * {@link JsonFields} find, so that each format reports them under its own name ({@code json.syntax},
 * {@code chapters.syntax}, ...).
 *
 * @param syntax error: the text is not JSON; reading stopped there
 * @param tolerated warning: syntax that JSON does not allow but that was read anyway (trailing commas, comments)
 * @param duplicateKey warning: a key repeated in one object; the last value is kept
 * @param wrongType error: a value of the wrong JSON type; it was not read
 * @param blankText warning or error: a text value that is empty or only white space
 * @param missingKey error: a required key is absent
 * @param badTime error: a time or duration that cannot be read, or is negative
 * @param badDate error: a date that cannot be read
 */
public record JsonReadCodes(
    String syntax,
    String tolerated,
    String duplicateKey,
    String wrongType,
    String blankText,
    String missingKey,
    String badTime,
    String badDate) {}
