package dev.northstar.jackson.csv;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file that cannot be read as a metric table: a value a column does not accept, a row with
 * the wrong number of fields, a header the mapping does not know or a mapped header the file lacks.
 *
 * <p>The message names the file (when read from a file), the line (from 1), the column's header and
 * the value, then what is wrong and what is allowed, such as
 *
 * <pre>
 * dataset_Facebook.csv line 42, column 'like': value '-3' must be zero or more (a signed measure may be negative: ...)
 * </pre>
 *
 * <p>Values are shortened to {@value #MAX_SHOWN} characters in the message, and control characters
 * are shown escaped ({@code \n}, {@code \t}, {@code \u0000}), so hostile input cannot flood or
 * forge a log. The accessors return them as they were.
 */
public final class CsvFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The most characters of a value shown in the message. */
  public static final int MAX_SHOWN = 80;

  /** The file's name, or null if read from a reader. */
  private final @Nullable String file;

  /** The line, from 1. */
  private final long line;

  /** The column's header, or null. */
  private final @Nullable String column;

  /** The value refused, or null. */
  private final @Nullable String value;

  /** What is wrong and what is allowed. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the name of the file, or null if read from a {@link java.io.Reader}
   * @param line the line, from 1
   * @param column the header of the column, or null if the problem is not in one column
   * @param value the value refused, or null if there is none
   * @param problem what is wrong and what is allowed, not null, such as "must be zero or more"
   * @param cause the exception that revealed the problem, or null
   * @throws NullPointerException if {@code problem} is null
   */
  public CsvFormatException(
      @Nullable String file,
      long line,
      @Nullable String column,
      @Nullable String value,
      String problem,
      @Nullable Throwable cause) {
    super(message(file, line, column, value, Objects.requireNonNull(problem, "problem")), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = value;
    this.problem = problem;
  }

  static String message(
      @Nullable String file,
      long line,
      @Nullable String column,
      @Nullable String value,
      String problem) {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(show(file)).append(' ');
    }
    s.append("line ").append(line);
    if (column != null) {
      s.append(", column '").append(show(column)).append('\'');
    }
    if (value != null) {
      s.append(": value '").append(show(value)).append("' ");
    } else {
      s.append(": ");
    }
    return s.append(problem).toString();
  }

  /**
   * Returns text as shown in messages: at most {@value #MAX_SHOWN} characters, control characters
   * escaped.
   *
   * @param text the text, not null
   * @return the shown text, never null
   */
  static String show(String text) {
    String cut = text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 3) + "...";
    StringBuilder s = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      switch (c) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /**
   * Returns the name of the file.
   *
   * @return the file name, or empty if the CSV was read from a {@link java.io.Reader}
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Returns the line of the problem, from 1: the line where the refused field starts (a quoted
   * field may span lines), or of the row or header at fault.
   *
   * @return the line, 1 or more
   */
  public long line() {
    return line;
  }

  /**
   * Returns the header of the column holding the problem.
   *
   * @return the header, or empty if the problem is not in one column
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the value refused, as it was in the file.
   *
   * @return the value, or empty if there is none
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns what is wrong and what is allowed, without the location.
   *
   * @return the problem, never null
   */
  public String problem() {
    return problem;
  }
}
