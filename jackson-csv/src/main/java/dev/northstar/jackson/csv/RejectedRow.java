package dev.northstar.jackson.csv;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row that a lenient read ({@link MetricCsv#readLenient(java.nio.file.Path, ColumnMapping)}) left
 * out of the table, and why. Immutable and thread-safe.
 *
 * @param line the line where the row (or the refused field of it) starts, from 1
 * @param column the header of the refused field, or null if the problem is the whole row (such as
 *     its number of fields)
 * @param value the refused text as it is in the file, cut to {@value #MAX_VALUE_LENGTH} characters
 *     followed by {@code ...} if longer, or null if there is none (such as an empty date)
 * @param reason what is wrong and what is allowed, as in {@link CsvFormatException#problem()}
 */
public record RejectedRow(
    long line, @Nullable String column, @Nullable String value, String reason) {

  /** The longest value kept; a longer one is cut and ends with {@code ...}. */
  public static final int MAX_VALUE_LENGTH = 1_000;

  /**
   * Checks the parts.
   *
   * @param line the line, from 1
   * @param column the header, or null
   * @param value the text, or null
   * @param reason the reason, not null
   * @throws NullPointerException if {@code reason} is null
   * @throws IllegalArgumentException if {@code line} is less than 1, or {@code value} is longer
   *     than {@value #MAX_VALUE_LENGTH} characters plus {@code ...}
   */
  public RejectedRow {
    Objects.requireNonNull(reason, "reason must not be null");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, but was " + line);
    }
    if (value != null && value.length() > MAX_VALUE_LENGTH + 3) {
      throw new IllegalArgumentException(
          "value must be at most " + MAX_VALUE_LENGTH + " characters, but had " + value.length());
    }
  }

  /**
   * Returns the row's problem as a {@link CsvFormatException} would name it, without the file.
   *
   * @return the text, such as {@code line 4, column 'likes': value '-3' must be zero or more (a
   *     signed measure may be negative: ...)}
   */
  @Override
  public String toString() {
    return CsvFormatException.message(null, line, column, value, reason);
  }

  static RejectedRow of(CsvFormatException e) {
    String value = e.value().orElse(null);
    if (value != null && value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH) + "...";
    }
    return new RejectedRow(e.line(), e.column().orElse(null), value, e.problem());
  }
}
