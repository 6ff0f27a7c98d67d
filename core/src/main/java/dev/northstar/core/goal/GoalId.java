package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a goal at any level (business, marketing or social), such as {@code
 * linkedin-followers-2026}.
 *
 * <p>An id is a letter or digit followed by up to 99 letters, digits, {@code _}, {@code -} or
 * {@code .}; ids are case-sensitive. {@link #toString()} is the id and {@link #parse(CharSequence)}
 * reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalId implements Comparable<GoalId> {

  static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
  static final String ALLOWED = "a letter or digit followed by up to 99 of [A-Za-z0-9_.-]";

  private final String value;

  private GoalId(String value) {
    this.value = value;
  }

  /**
   * Obtains a goal id.
   *
   * @param value the id, not null
   * @return the id, never null
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public static GoalId of(String value) {
    return new GoalId(Checks.matches(value, "goal id", FORM, ALLOWED));
  }

  /**
   * Parses a goal id; the same as {@link #of(String)}.
   *
   * @param text the id, not null
   * @return the id, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a valid id
   */
  public static GoalId parse(CharSequence text) {
    return of(Checks.notNull(text, "text").toString());
  }

  /**
   * Returns the id's text.
   *
   * @return the id, never null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(GoalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GoalId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form, the id's text.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return value;
  }
}
