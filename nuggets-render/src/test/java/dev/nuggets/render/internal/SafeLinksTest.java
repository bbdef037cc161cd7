package dev.nuggets.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.render.RenderCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeLinksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/a?b=1&c=2", "http://example.com", "mailto:host@example.com", "HTTPS://EXAMPLE.COM",
        "  https://example.com", "&#104;ttps://example.com", "ht\ttps://example.com"
      })
  void allowsHttpHttpsAndMailto(String url) {
    assertTrue(SafeLinks.isAllowed(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " \u0001javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#106avascript:alert(1)",
        "javascript&colon;alert(1)", "javascript&#58;alert(1)", "data:text/html,<script>", "vbscript:msgbox(1)",
        "file:///etc/passwd", "//evil.example/x", "/relative/path", "relative", "", ":", "https//missing-colon", "https:", "mailto: \t",
        "&#999999999;x:y", "&#xZZ;https://x", "java&Tab;script:alert(1)", "javascript&NewLine;:x"
      })
  void refusesEverythingElse(String url) {
    assertFalse(SafeLinks.isAllowed(url), url);
  }

  @Test
  void readsTheSchemeAsABrowserDoes() {
    assertEquals(Optional.of("javascript"), SafeLinks.scheme("&#106;ava&#x73;cript&colon;alert(1)"));
    assertEquals(Optional.of("javascript"), SafeLinks.scheme("java&Tab;script&colon;alert(1)"));
    assertEquals(Optional.of("javascript"), SafeLinks.scheme("\u0000 java\r\nscript:alert(1)"));
    assertEquals(Optional.empty(), SafeLinks.scheme("/a:b"));
  }

  @Test
  void aStricterFormatReportsTheSameCode() {
    List<Diagnostic> reported = new ArrayList<>();
    assertEquals(Optional.empty(), SafeLinks.filter("mailto:a@x.example", reported::add, s -> !s.equals("mailto"), "web"));
    assertEquals(RenderCodes.UNSAFE_LINK, reported.get(0).code());
  }

  @Test
  void filterReportsWhatItDrops() {
    List<Diagnostic> reported = new ArrayList<>();
    assertEquals(Optional.empty(), SafeLinks.filter("javascript:alert(1)", reported::add));
    assertEquals(1, reported.size());
    assertEquals(RenderCodes.UNSAFE_LINK, reported.get(0).code());
    assertTrue(reported.get(0).message().contains("\"javascript:alert(1)\""), reported.get(0)::message);
    assertTrue(reported.get(0).message().contains("scheme \"javascript\""), reported.get(0)::message);
    assertEquals(Optional.of("https://x.example"), SafeLinks.filter("https://x.example", reported::add));
    assertEquals(1, reported.size(), "an allowed link is not reported");
  }
}
