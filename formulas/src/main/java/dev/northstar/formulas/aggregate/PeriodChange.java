package dev.northstar.formulas.aggregate;

import dev.northstar.core.format.UnitFormat;
import dev.northstar.formulas.ratio.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One group's KPI value in one period against an earlier period ({@link PeriodComparison}).
 *
 * <ul>
 *   <li>{@link #difference()} is {@code current - previous}, exactly, in the KPI's own unit: for a
 *       rate such as an engagement rate a difference of {@code 0.0025} is 0.25 <em>percentage
 *       points</em> (5.12% against 4.87%); for money it is an amount of the KPI's currency. It is
 *       defined when both values are, even when the previous value is zero.
 *   <li>{@link #relativeChange()} is {@code (current - previous) / |previous|}, exactly: {@code
 *       0.0513} is a change of +5.13% <em>of the previous value</em>. It is undefined when the
 *       previous value is zero, missing or undefined, or the current value is undefined. Dividing
 *       by the absolute previous value keeps the sign of the change for KPIs that can be negative
 *       (a net sentiment rising from -10 to -5 is +50%).
 * </ul>
 *
 * <p>Undefined is a {@link Ratio} whose {@link Ratio#isDefined()} is false: never 0, NaN or
 * Infinity.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class PeriodChange implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Ratio UNDEFINED = Ratio.of(0, 0);

  private final GroupKey key;
  private final @Nullable GroupKey previousKey;
  private final KpiValue current;
  private final @Nullable KpiValue previous;
  private final Ratio difference;
  private final Ratio relativeChange;

  private PeriodChange(
      GroupKey key, @Nullable GroupKey previousKey, KpiValue current, @Nullable KpiValue previous) {
    this.key = key;
    this.previousKey = previousKey;
    this.current = current;
    this.previous = previous;
    Ratio c = current.ratio();
    if (previous == null || !previous.isDefined() || !c.isDefined()) {
      this.difference = UNDEFINED;
      this.relativeChange = UNDEFINED;
    } else {
      Ratio p = previous.ratio();
      // c.n/c.d - p.n/p.d = (c.n p.d - p.n c.d) / (c.d p.d); both denominators are positive.
      BigDecimal numerator =
          c.numerator().multiply(p.denominator()).subtract(p.numerator().multiply(c.denominator()));
      this.difference = Ratio.of(numerator, c.denominator().multiply(p.denominator()));
      // Divided by |p.n / p.d| = |p.n| / p.d: zero when the previous value is zero.
      this.relativeChange = Ratio.of(numerator, p.numerator().abs().multiply(c.denominator()));
    }
  }

  static PeriodChange of(
      GroupKey key, @Nullable GroupKey previousKey, KpiValue current, @Nullable KpiValue previous) {
    return new PeriodChange(key, previousKey, current, previous);
  }

  /**
   * Returns the group and period.
   *
   * @return the key, never null
   */
  public GroupKey key() {
    return key;
  }

  /**
   * Returns the key of the earlier period of the same group.
   *
   * @return the key, or empty if the calendar has no such period (ISO week 53 a year ago)
   */
  public Optional<GroupKey> previousKey() {
    return Optional.ofNullable(previousKey);
  }

  /**
   * Returns the value in this period.
   *
   * @return the value, never null; it may be undefined
   */
  public KpiValue current() {
    return current;
  }

  /**
   * Returns the value in the earlier period.
   *
   * @return the value, or empty if the table has no rows of the group in that period
   */
  public Optional<KpiValue> previous() {
    return Optional.ofNullable(previous);
  }

  /**
   * Returns {@code current - previous} in the KPI's unit (percentage points for a rate), exact.
   *
   * @return the difference, undefined if either value is missing or undefined; never null
   */
  public Ratio difference() {
    return difference;
  }

  /**
   * Returns {@code (current - previous) / |previous|}, exact, as a fraction ({@code 0.05} is +5%).
   *
   * @return the relative change, undefined if the previous value is zero, missing or undefined, or
   *     the current value undefined; never null
   */
  public Ratio relativeChange() {
    return relativeChange;
  }

  /**
   * Formats the difference: percentage points with two decimals for a rate ({@code +0.25 pp}),
   * money with the currency's decimals ({@code -0.12 USD}), otherwise as {@link UnitFormat} formats
   * the unit; {@code undefined} if there is none.
   *
   * @return the text, never null
   */
  public String formatDifference() {
    return difference
        .value()
        .map(d -> UnitFormat.difference(d, current.kpi().unit(), current.currency().orElse(null)))
        .orElse(UnitFormat.UNDEFINED);
  }

  /**
   * Formats the relative change as a signed percent with two decimals ({@code +5.13%}), or {@code
   * undefined}.
   *
   * @return the text, never null
   */
  public String formatRelativeChange() {
    return relativeChange
        .value()
        .map(v -> (v.signum() > 0 ? "+" : "") + UnitFormat.percent(v))
        .orElse(UnitFormat.UNDEFINED);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PeriodChange other
        && key.equals(other.key)
        && Objects.equals(previousKey, other.previousKey)
        && current.equals(other.current)
        && Objects.equals(previous, other.previous);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, previousKey, current, previous);
  }

  /**
   * Returns a summary such as {@code [month=2026-03] err 5.12% against 4.87%: +0.25 pp, +5.13%}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return key
        + " "
        + current.kpi().id()
        + " "
        + current.format()
        + " against "
        + (previous == null ? "(no rows)" : previous.format())
        + ": "
        + formatDifference()
        + ", "
        + formatRelativeChange();
  }
}
