package dev.nuggets.parser.rss;

import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import java.io.IOException;
import java.io.Reader;

/**
 * Repairs, as the characters stream past, the damage real feeds carry that would stop any XML parser: a lone
 * {@code &} (not the start of an entity or character reference) becomes {@code &amp;}, a lone {@code <} in text
 * becomes {@code &lt;}, and characters XML 1.0 forbids (control characters, raw or as {@code &#1;}) are dropped.
 * Each repair is a warning at the line:column of the source. CDATA sections, comments, processing instructions and
 * the document type declaration pass through untouched (their {@code &} and {@code <} are not markup).
 *
 * <p>Linear in the input, with a look-ahead of at most {@value #LOOKAHEAD} characters.
 */
final class XmlRepairReader extends Reader {
  private static final int LOOKAHEAD = 48;
  private static final int BUFFER = 16 * 1024;

  private enum State { TEXT, TAG, CDATA, COMMENT, INSTRUCTION, DOCTYPE }

  private final Reader in;
  private final ParseContext context;
  private final char[] buffer = new char[BUFFER + LOOKAHEAD];
  private int position;
  private int limit;
  private boolean endOfInput;
  private final StringBuilder pending = new StringBuilder();
  private int pendingStart;

  private State state = State.TEXT;
  private char quote;
  private int doctypeDepth;
  private int line = 1;
  private int column = 1;

  XmlRepairReader(Reader in, ParseContext context) {
    this.in = in;
    this.context = context;
  }

  @Override
  public int read(char[] out, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length) {
      if (pendingStart < pending.length()) {
        int n = Math.min(length - written, pending.length() - pendingStart);
        pending.getChars(pendingStart, pendingStart + n, out, offset + written);
        pendingStart += n;
        written += n;
        continue;
      }
      pending.setLength(0);
      pendingStart = 0;
      if (!ensure(1)) {
        break;
      }
      step();
    }
    return written == 0 ? -1 : written;
  }

  /** Whether at least {@code n} characters are buffered (fewer only at the end of the input). */
  private boolean ensure(int n) throws IOException {
    while (limit - position < n && !endOfInput) {
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      }
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        endOfInput = true;
      } else {
        limit += read;
      }
    }
    return limit - position >= n;
  }

  private boolean startsWith(String s) throws IOException {
    ensure(s.length());
    if (limit - position < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (buffer[position + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Consumes one character (or one construct's opening) and queues what the parser gets for it. */
  private void step() throws IOException {
    char c = buffer[position];
    if (!allowed(c)) {
      warn(RssCodes.CONTROL_CHARACTER, "a character XML does not allow (U+" + hex(c) + ") was dropped");
      consume(1, false);
      return;
    }
    switch (state) {
      case TEXT -> text(c);
      case TAG -> tag(c);
      case CDATA -> until("]]>");
      case COMMENT -> until("-->");
      case INSTRUCTION -> until("?>");
      case DOCTYPE -> doctype(c);
    }
  }

  private void text(char c) throws IOException {
    if (c == '&') {
      ampersand();
    } else if (c == '<') {
      if (startsWith("<![CDATA[")) {
        state = State.CDATA;
        consume(9, true);
      } else if (startsWith("<!--")) {
        state = State.COMMENT;
        consume(4, true);
      } else if (startsWith("<!")) {
        state = State.DOCTYPE;
        doctypeDepth = 0;
        consume(2, true);
      } else if (startsWith("<?")) {
        state = State.INSTRUCTION;
        consume(2, true);
      } else if (ensure(2) && limit - position >= 2 && startsTag(buffer[position + 1])) {
        state = State.TAG;
        quote = 0;
        consume(1, true);
      } else {
        warn(RssCodes.LONE_LESS_THAN, "a '<' that starts no tag was read as text");
        pending.append("&lt;");
        consume(1, false);
      }
    } else {
      consume(1, true);
    }
  }

  private void tag(char c) throws IOException {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else if (c == '&') {
        ampersand();
        return;
      } else if (c == '<') {
        warn(RssCodes.LONE_LESS_THAN, "a '<' in an attribute value was read as text");
        pending.append("&lt;");
        consume(1, false);
        return;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      state = State.TEXT;
    }
    consume(1, true);
  }

  private void until(String end) throws IOException {
    if (startsWith(end)) {
      state = State.TEXT;
      consume(end.length(), true);
    } else {
      consume(1, true);
    }
  }

  private void doctype(char c) throws IOException {
    if (c == '[') {
      doctypeDepth++;
    } else if (c == ']') {
      doctypeDepth--;
    } else if (c == '>' && doctypeDepth <= 0) {
      state = State.TEXT;
    }
    consume(1, true);
  }

  /** An {@code &}: a reference passes (one to a forbidden character is dropped); a lone one becomes {@code &amp;}. */
  private void ampersand() throws IOException {
    ensure(LOOKAHEAD);
    int end = Math.min(limit, position + LOOKAHEAD);
    int i = position + 1;
    if (i < end && buffer[i] == '#') {
      i++;
      boolean hex = i < end && (buffer[i] == 'x' || buffer[i] == 'X');
      if (hex) {
        i++;
      }
      int start = i;
      long value = 0;
      while (i < end && Character.digit(buffer[i], hex ? 16 : 10) >= 0) {
        value = Math.min(value * (hex ? 16 : 10) + Character.digit(buffer[i], hex ? 16 : 10), 0x110000);
        i++;
      }
      if (i > start && i < end && buffer[i] == ';') {
        if (value > 0x10FFFF || (value < 0x10000 && !allowed((char) value)) || (value >= 0xD800 && value < 0xE000)) {
          warn(RssCodes.CONTROL_CHARACTER, "a reference to a character XML does not allow was dropped");
          consume(i + 1 - position, false);
        } else {
          consume(i + 1 - position, true);
        }
        return;
      }
    } else if (i < end && nameStart(buffer[i])) {
      i++;
      while (i < end && nameChar(buffer[i])) {
        i++;
      }
      if (i < end && buffer[i] == ';') {
        consume(i + 1 - position, true);
        return;
      }
    }
    warn(RssCodes.LONE_AMPERSAND, "an '&' that starts no entity was read as text");
    pending.append("&amp;");
    consume(1, false);
  }

  /** Moves past {@code n} characters, queueing them for the parser when {@code keep}. */
  private void consume(int n, boolean keep) {
    for (int i = 0; i < n; i++) {
      char c = buffer[position + i];
      if (keep) {
        pending.append(c);
      }
      if (c == '\n' || (c == '\r' && (position + i + 1 >= limit || buffer[position + i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    position += n;
  }

  private void warn(String code, String message) {
    context.warning(code, message, SourcePosition.of(line, column));
  }

  private static boolean allowed(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean startsTag(char next) {
    return next == '/' || nameStart(next);
  }

  private static boolean nameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':';
  }

  private static boolean nameChar(char c) {
    return nameStart(c) || Character.isDigit(c) || c == '-' || c == '.';
  }

  private static String hex(char c) {
    String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(Math.max(0, 4 - h.length())) + h;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
