package dev.northstar.formulas.table;

import org.jspecify.annotations.Nullable;

/**
 * A row of a metric table that cannot be accepted: a negative value of a measure that is not
 * signed, a value with too many decimals, a missing date. The message names the row, the column and
 * the value; readers of files catch it to add the file and line.
 *
 * @serial exclude
 */
public final class InvalidRowException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final long row;
  private final String column;
  private final @Nullable String value;

  /**
   * Creates the exception.
   *
   * @param row the row's index, from 0
   * @param column the column's name
   * @param value the rejected value as text, or null if it was absent
   * @param problem what is wrong and what is allowed
   */
  public InvalidRowException(long row, String column, @Nullable String value, String problem) {
    super(
        "row "
            + row
            + ", column '"
            + column
            + "'"
            + (value == null ? "" : ", value '" + value + "'")
            + ": "
            + problem);
    this.row = row;
    this.column = column;
    this.value = value;
  }

  /**
   * Returns the index of the rejected row, from 0.
   *
   * @return the row index
   */
  public long row() {
    return row;
  }

  /**
   * Returns the name of the column holding the rejected value.
   *
   * @return the column name, never null
   */
  public String column() {
    return column;
  }

  /**
   * Returns the rejected value as text.
   *
   * @return the value, or null if it was absent
   */
  public @Nullable String value() {
    return value;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem, never null
   */
  public String problem() {
    String m = getMessage();
    return m == null ? "" : m.substring(m.indexOf(": ") + 2);
  }
}
