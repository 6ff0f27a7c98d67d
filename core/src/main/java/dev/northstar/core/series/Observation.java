package dev.northstar.core.series;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated value of a metric, such as 1,250 followers on 2026-02-01.
 *
 * <p>{@link #toString()} is {@code 2026-02-01=1250}; {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Observation implements Comparable<Observation> {

  private final LocalDate date;
  private final BigDecimal value;

  private Observation(LocalDate date, BigDecimal value) {
    this.date = date;
    this.value = value;
  }

  /**
   * Obtains an observation.
   *
   * @param date the date, not null
   * @param value the value, not null, at most 40 significant digits
   * @return the observation, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value has too many digits
   */
  public static Observation of(LocalDate date, BigDecimal value) {
    return new Observation(Checks.notNull(date, "date"), Numbers.canonical(value, "value"));
  }

  /**
   * Obtains an observation of a whole number.
   *
   * @param date the date, not null
   * @param value the value
   * @return the observation, never null
   * @throws NullPointerException if {@code date} is null
   */
  public static Observation of(LocalDate date, long value) {
    return of(date, BigDecimal.valueOf(value));
  }

  /**
   * Parses the form {@code 2026-02-01=1250}.
   *
   * @param text the text, not null
   * @return the observation, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Observation parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    int eq = s.indexOf('=');
    try {
      if (eq > 0 && s.length() <= 120) {
        return of(LocalDate.parse(s.substring(0, eq)), new BigDecimal(s.substring(eq + 1)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "observation must look like '2026-02-01=1250', but was '" + Checks.abbreviate(s) + "'",
          e);
    }
    throw new IllegalArgumentException(
        "observation must look like '2026-02-01=1250', but was '" + Checks.abbreviate(s) + "'");
  }

  /**
   * Returns the date.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /** Orders by date, then by value. */
  @Override
  public int compareTo(Observation other) {
    int byDate = date.compareTo(other.date);
    return byDate != 0 ? byDate : value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Observation other && other.date.equals(date) && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code 2026-02-01=1250}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return date + "=" + value.toPlainString();
  }
}
