package dev.northstar.jackson.csv.internal;

/**
 * The escaping of text cells against formula injection: a spreadsheet runs a cell starting with
 * {@code = + - @}, tab or carriage return as a formula, so the writer puts an apostrophe before
 * such text (and before text that already starts with one, so that reading back is lossless), and
 * the reader of Northstar's CSV removes one leading apostrophe.
 */
final class Cells {

  private Cells() {}

  /** Returns the text as written: with a leading apostrophe if it starts with a trigger. */
  static String escape(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + text;
      default -> text;
    };
  }

  /** Returns the text as it was before {@link #escape(String)}. */
  static String unescape(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
