package dev.northstar.formulas.kpi;

import java.util.Objects;

/**
 * A KPI expression that {@link RatioKpi#parse(CharSequence)} cannot read: it names the character
 * (1-based), what was expected there and what was found, and shows the expression with a caret
 * under that character.
 *
 * <pre>
 * KPI expression: at character 15, expected a measure such as likes or '(', but found '/'
 *   tir = likes / / reach
 *                 ^
 * </pre>
 *
 * <p>This class is immutable and thread-safe (as far as {@link Throwable} is).
 */
public final class KpiSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The expression, as given (shortened to 200 characters in the message). */
  private final String expression;

  /** The 0-based index of the offending character. */
  private final int index;

  /** What the parser expected there. */
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param expression the expression, not null
   * @param index the 0-based index of the offending character, from 0 to the expression's length
   * @param expected what was expected there, such as {@code "a measure such as likes"}, not null
   * @param found what was found, such as {@code "'/'"} or {@code "the end"}, not null
   * @throws NullPointerException if an argument is null
   */
  public KpiSyntaxException(String expression, int index, String expected, String found) {
    super(message(expression, index, expected, found));
    this.expression = Objects.requireNonNull(expression, "expression must not be null");
    this.index = index;
    this.expected = Objects.requireNonNull(expected, "expected must not be null");
  }

  private static String message(String expression, int index, String expected, String found) {
    String shown =
        (expression.length() <= 200 ? expression : expression.substring(0, 200) + "...")
            .replace('\t', ' ');
    return "KPI expression: at character "
        + (index + 1)
        + ", expected "
        + expected
        + ", but found "
        + found
        + System.lineSeparator()
        + "  "
        + shown
        + System.lineSeparator()
        + "  "
        + " ".repeat(Math.min(index, 200))
        + "^";
  }

  /**
   * Returns the expression that could not be read.
   *
   * @return the text, never null
   */
  public String expression() {
    return expression;
  }

  /**
   * Returns the 0-based index of the offending character; the expression's length when it ended too
   * early.
   *
   * @return the index, not negative
   */
  public int index() {
    return index;
  }

  /**
   * Returns what was expected at {@link #index()}, such as {@code "'/'"}.
   *
   * @return the text, never null
   */
  public String expected() {
    return expected;
  }
}
