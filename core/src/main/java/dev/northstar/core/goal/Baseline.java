package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a goal starts from: the metric's value on a date, such as 1,200 followers on 2026-01-01.
 *
 * <p>{@link #toString()} is {@code 1200 on 2026-01-01}; {@link #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Baseline {

  private final BigDecimal value;
  private final LocalDate asOf;

  private Baseline(BigDecimal value, LocalDate asOf) {
    this.value = value;
    this.asOf = asOf;
  }

  /**
   * Obtains a baseline.
   *
   * @param value the metric's value, not null, at most 40 significant digits
   * @param asOf the date the value was measured, not null
   * @return the baseline, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value has too many digits
   */
  public static Baseline of(BigDecimal value, LocalDate asOf) {
    return new Baseline(
        Numbers.canonical(value, "baseline value"), Checks.notNull(asOf, "baseline date"));
  }

  /**
   * Obtains a baseline from a whole number.
   *
   * @param value the metric's value
   * @param asOf the date the value was measured, not null
   * @return the baseline, never null
   * @throws NullPointerException if {@code asOf} is null
   */
  public static Baseline of(long value, LocalDate asOf) {
    return of(BigDecimal.valueOf(value), asOf);
  }

  /**
   * Parses the form {@code 1200 on 2026-01-01}.
   *
   * @param text the text, not null
   * @return the baseline, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Baseline parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    int on = s.indexOf(" on ");
    try {
      if (on > 0 && s.length() < 200) {
        return of(new BigDecimal(s.substring(0, on)), LocalDate.parse(s.substring(on + 4)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "baseline must look like '1200 on 2026-01-01', but was '" + Checks.abbreviate(s) + "'",
          e);
    }
    throw new IllegalArgumentException(
        "baseline must look like '1200 on 2026-01-01', but was '" + Checks.abbreviate(s) + "'");
  }

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the date the value was measured.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Baseline other && other.value.equals(value) && other.asOf.equals(asOf);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + asOf.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code 1200 on 2026-01-01}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return value.toPlainString() + " on " + asOf;
  }
}
