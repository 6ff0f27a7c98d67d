package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An intermediate target of a goal: the value the goal's number should reach by a date, such as
 * 1,000 followers by 2026-03-31. A goal's phases lie in its period; its status is judged against
 * the phase it is in.
 *
 * <p>{@link #toString()} is {@code 1000 by 2026-03-31}; {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phase implements Comparable<Phase> {

  private final LocalDate date;
  private final BigDecimal value;

  private Phase(LocalDate date, BigDecimal value) {
    this.date = date;
    this.value = value;
  }

  /**
   * Obtains a phase.
   *
   * @param date the date the value should be reached by, not null
   * @param value the value, in the goal's measure, not null, at most 40 significant digits
   * @return the phase, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value has too many digits
   */
  public static Phase of(LocalDate date, BigDecimal value) {
    return new Phase(
        Checks.notNull(date, "phase date"),
        Numbers.canonical(Checks.notNull(value, "phase value"), "phase value"));
  }

  /**
   * Obtains a phase with a whole-number value.
   *
   * @param date the date the value should be reached by, not null
   * @param value the value
   * @return the phase, never null
   * @throws NullPointerException if {@code date} is null
   */
  public static Phase of(LocalDate date, long value) {
    return of(date, BigDecimal.valueOf(value));
  }

  /**
   * Parses the form {@code 1000 by 2026-03-31}.
   *
   * @param text the text, not null
   * @return the phase, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Phase parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    int by = s.indexOf(" by ");
    if (by > 0 && s.length() < 200) {
      try {
        return of(LocalDate.parse(s.substring(by + 4)), new BigDecimal(s.substring(0, by)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(message(s), e);
      }
    }
    throw new IllegalArgumentException(message(s));
  }

  private static String message(String s) {
    return "phase must look like '1000 by 2026-03-31', but was '" + Checks.abbreviate(s) + "'";
  }

  /**
   * Returns the date the value should be reached by.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the value to reach.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /** Orders by date, then by value. */
  @Override
  public int compareTo(Phase other) {
    int c = date.compareTo(other.date);
    return c != 0 ? c : value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Phase p && p.date.equals(date) && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code 1000 by 2026-03-31}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return value.toPlainString() + " by " + date;
  }
}
