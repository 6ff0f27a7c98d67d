package dev.northstar.core.tactic;

import dev.northstar.core.internal.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A tactic's estimated business value and complexity (effort), each scored 1 to 10, and the {@link
 * Quadrant} they place it in: a score of 6 or more is high.
 *
 * <p>{@link #toString()} is {@code value 8, complexity 3}; {@link #parse(CharSequence)} reads it
 * back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Priority {

  /** The lowest score. */
  public static final int MIN_SCORE = 1;

  /** The highest score. */
  public static final int MAX_SCORE = 10;

  /** The lowest score that counts as high. */
  public static final int HIGH_FROM = 6;

  private static final Pattern FORM = Pattern.compile("value (\\d{1,2}), complexity (\\d{1,2})");

  private final int value;
  private final int complexity;

  private Priority(int value, int complexity) {
    this.value = value;
    this.complexity = complexity;
  }

  /**
   * Obtains a priority.
   *
   * @param value the business value, 1 to 10
   * @param complexity the effort or complexity, 1 to 10
   * @return the priority, never null
   * @throws IllegalArgumentException if a score is out of range
   */
  public static Priority of(int value, int complexity) {
    return new Priority(
        Checks.inRange(value, "value score", MIN_SCORE, MAX_SCORE),
        Checks.inRange(complexity, "complexity score", MIN_SCORE, MAX_SCORE));
  }

  /**
   * Parses the form {@code value 8, complexity 3}, in any case, ignoring surrounding white space.
   *
   * @param text the text, not null
   * @return the priority, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form or a score is out of range
   */
  public static Priority parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip().toLowerCase(java.util.Locale.ROOT);
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "priority must look like 'value 8, complexity 3', but was '"
              + Checks.abbreviate(s)
              + "'");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the business value score.
   *
   * @return 1 to 10
   */
  public int value() {
    return value;
  }

  /**
   * Returns the complexity score.
   *
   * @return 1 to 10
   */
  public int complexity() {
    return complexity;
  }

  /**
   * Returns the quadrant: high value is a value of 6 or more, high complexity likewise.
   *
   * @return the quadrant, never null
   */
  public Quadrant quadrant() {
    boolean highValue = value >= HIGH_FROM;
    boolean highComplexity = complexity >= HIGH_FROM;
    if (highValue) {
      return highComplexity
          ? Quadrant.HIGH_VALUE_HIGH_COMPLEXITY
          : Quadrant.HIGH_VALUE_LOW_COMPLEXITY;
    }
    return highComplexity ? Quadrant.LOW_VALUE_HIGH_COMPLEXITY : Quadrant.LOW_VALUE_LOW_COMPLEXITY;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Priority other && other.value == value && other.complexity == complexity;
  }

  @Override
  public int hashCode() {
    return value * 31 + complexity;
  }

  /**
   * Returns the canonical form, such as {@code value 8, complexity 3}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "value " + value + ", complexity " + complexity;
  }
}
