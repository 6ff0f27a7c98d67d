package dev.northstar.cli.report;

import java.util.Locale;

/** Escaping of text for HTML and SVG, and the small pieces of markup every section uses. */
final class Html {
  private Html() {}

  /** Escapes text for an element's content or a quoted attribute. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** A table row of a name (a row header cell) and its value. */
  static void row(StringBuilder s, String name, String value) {
    s.append("<tr><th scope=\"row\">")
        .append(escape(name))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>\n");
  }

  /** A row of column header cells. */
  static void headerRow(StringBuilder s, String... names) {
    s.append("<tr>");
    for (String name : names) {
      s.append("<th scope=\"col\">").append(escape(name)).append("</th>");
    }
    s.append("</tr>\n");
  }

  /** A coloured label of an enum constant's name, such as {@code AT_RISK}. */
  static void badge(StringBuilder s, String name) {
    s.append("<span class=\"badge ")
        .append(cssClass(name))
        .append("\">")
        .append(label(name))
        .append("</span> ");
  }

  /** The CSS class of an enum constant's name: {@code at_risk}. */
  static String cssClass(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The words of an enum constant's name: {@code at risk}. */
  static String label(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
