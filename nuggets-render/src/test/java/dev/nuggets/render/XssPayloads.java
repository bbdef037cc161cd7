package dev.nuggets.render;

import java.util.List;

/**
 * Script-injection payloads for every text and URL field of an episode: script tags, event handlers, dangerous URL
 * schemes (plain, mixed case, entity-encoded, split by tabs), SVG, MathML, frames, raw HTML blocks, Markdown link
 * and image tricks, template and JSON breakers. Written for these tests; each payload is one line.
 */
final class XssPayloads {
  private XssPayloads() {}

  /** Payloads for text fields: titles, names, descriptions, labels, takeaways, headings, paragraphs. */
  static final List<String> TEXT =
      List.of(
          "javascript://%0aalert(1)",
          "see JAVASCRIPT://%0Aalert(document.domain) now",
          "vbscript://msgbox(1)",
          "data://text/html;base64,PHNjcmlwdD4=",
          "x:javascript://%0aalert(1)",
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<svg><script>alert(1)</script></svg>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "<object data=\"javascript:alert(1)\"></object>",
          "<embed src=\"javascript:alert(1)\">",
          "<a href=\"javascript:alert(1)\">click</a>",
          "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
          "<a href=\"&#106;avascript:alert(1)\">click</a>",
          "<a href=\"java&#x09;script:alert(1)\">click</a>",
          "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
          "<div style=\"background:url(javascript:alert(1))\">styled</div>",
          "\"><script>alert(1)</script>",
          "'><img src=x onerror=alert(1)>",
          "</title><script>alert(1)</script>",
          "</textarea><script>alert(1)</script>",
          "<!-- a comment --><script>alert(1)</script>",
          "<![CDATA[<script>alert(1)</script>]]>",
          "<body onload=alert(1)>",
          "<details open ontoggle=alert(1)>",
          "<math><mi xlink:href=\"javascript:alert(1)\">math</mi></math>",
          "<form action=\"javascript:alert(1)\"><button>go</button></form>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
          "<base href=\"javascript:alert(1)//\">",
          "[click](javascript:alert(1))",
          "[click](JAVASCRIPT:alert(1))",
          "[click](&#106;avascript:alert(1))",
          "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "[click](vbscript:msgbox(1))",
          "[click](javascript&colon;alert(1))",
          "![image](javascript:alert(1))",
          "![image](x\" onerror=\"alert(1))",
          "[ref]: javascript:alert(1)",
          "<javascript:alert(1)>",
          "<div>a raw HTML block</div>",
          "<p onclick=alert(1)>a raw paragraph</p>",
          "`</code><script>alert(1)</script>`",
          "*<script>*alert(1)*</script>*",
          "{{constructor.constructor('alert(1)')()}}",
          "${alert(1)} #{alert(1)}",
          "\"quoted\" \\backslash\\ 'single' & ampersand &amp; entity",
          "control \u0001\u0008\u000B\u001F\u007F characters",
          "line\u2028and\u2029paragraph separators",
          "\u202Ereversed\u202C and \u200Bzero width",
          "😀 astral 𝔘𝔫𝔦 and combining e\u0301");

  /** Payloads for URL fields, none of which may be written as a link. */
  static final List<String> UNSAFE_LINKS =
      List.of(
          "javascript:alert('unsafe-link-marker')",
          "JaVaScRiPt:alert('unsafe-link-marker')",
          " javascript:alert('unsafe-link-marker')",
          "java\tscript:alert('unsafe-link-marker')",
          "&#106;avascript:alert('unsafe-link-marker')",
          "&#x6A;avascript:alert('unsafe-link-marker')",
          "javascript&colon;alert('unsafe-link-marker')",
          "data:text/html,<script>alert('unsafe-link-marker')</script>",
          "vbscript:msgbox('unsafe-link-marker')",
          "file:///etc/passwd?unsafe-link-marker",
          "//evil.example/unsafe-link-marker",
          "unsafe-link-marker/relative");

  /** The marker every unsafe link carries; it must not appear in any output. */
  static final String UNSAFE_LINK_MARKER = "unsafe-link-marker";

  /** URLs on the allow-list, which are written (escaped as the format requires). */
  static final List<String> SAFE_LINKS =
      List.of(
          "https://example.com/episodes/1?a=1&b=<2>\"'",
          "http://example.com/a%20b",
          "mailto:host@example.com",
          "HTTPS://EXAMPLE.COM/upper");

  /**
   * The payloads of the public XSS lists in {@code ../shared/fixtures/xss/} (each a JSON array of strings), or an
   * empty list with a message when {@code ../shared} is absent, as in a user's fresh clone.
   */
  static List<String> shared() {
    List<String> payloads = new java.util.ArrayList<>();
    for (String file : List.of("vectors-dompurify.json", "vectors-owasp.json")) {
      java.nio.file.Path path;
      try {
        path = dev.nuggets.core.testing.SharedFixtures.require("fixtures/xss/" + file);
      } catch (org.opentest4j.TestAbortedException absent) {
        System.err.println("OutputSafetyTest: " + absent.getMessage() + "; the public XSS lists are not run");
        return List.of();
      }
      try {
        tools.jackson.databind.JsonNode list = tools.jackson.databind.json.JsonMapper.builder().build()
            .readTree(java.nio.file.Files.readString(path));
        list.forEach(node -> {
          String payload = node.asString();
          if (!payload.isBlank()) {
            payloads.add(payload.strip());
          }
        });
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return payloads;
  }
}
