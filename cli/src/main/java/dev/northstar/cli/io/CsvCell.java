package dev.northstar.cli.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one row of a CSV file read by header, parsed with messages that name the file, the
 * line, the column and the value.
 *
 * @param file the file, for messages
 * @param line the row's line, the header being line 1
 * @param row the row's cells by column
 */
record CsvCell(Path file, long line, Map<String, String> row) {

  /** Parses a cell's text; a {@link RuntimeException} says why the text is wrong. */
  interface Parser<T> {
    T parse(String text);
  }

  /** Refuses a column that is not among the allowed ones, listing them. */
  static void requireKnownColumns(Path file, Map<String, String> row, Set<String> allowed) {
    for (String column : row.keySet()) {
      if (!allowed.contains(column)) {
        throw new InputException(
            file
                + ": unknown column \""
                + column
                + "\"; allowed: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** Whether the column is absent or blank in this row. */
  boolean isBlank(String column) {
    return row.getOrDefault(column, "").isBlank();
  }

  /** Parses a required cell, or throws an {@link InputException} located at it. */
  <T> T parse(String column, Parser<T> parser) {
    String text = row.get(column);
    if (text == null || text.isBlank()) {
      throw new InputException(
          file + ": line " + line + ", column \"" + column + "\": missing value");
    }
    try {
      return parser.parse(text);
    } catch (RuntimeException e) {
      throw invalid(column, String.valueOf(e.getMessage()), e);
    }
  }

  /** An error located at a cell of this row, quoting its value. */
  InputException invalid(String column, String why) {
    return new InputException(message(column, why));
  }

  private InputException invalid(String column, String why, RuntimeException cause) {
    return new InputException(message(column, why), cause);
  }

  private String message(String column, String why) {
    String text = row.getOrDefault(column, "");
    return file
        + ": line "
        + line
        + ", column \""
        + column
        + "\": invalid value \""
        + (text.length() > 80 ? text.substring(0, 80) + "..." : text)
        + "\": "
        + why;
  }
}
