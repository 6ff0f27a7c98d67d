package dev.northstar.core.series;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A platform's own figure of a metric for a period, such as Facebook's unique reach of August 2026:
 * 812,000 people, fewer than the sum of August's daily reach since a person reached on several days
 * counts once. Progress uses it for a non-additive flow in place of the sum of the period's days.
 *
 * <pre>{@code
 * PeriodFigure august =
 *     PeriodFigure.of(
 *         MetricId.of("reach"),
 *         Scope.of(Platform.FACEBOOK),
 *         DateRange.ofMonth(YearMonth.of(2026, 8)),
 *         new BigDecimal("812000"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodFigure {

  private final MetricId metric;
  private final Scope scope;
  private final DateRange dates;
  private final BigDecimal value;

  private PeriodFigure(MetricId metric, Scope scope, DateRange dates, BigDecimal value) {
    this.metric = metric;
    this.scope = scope;
    this.dates = dates;
    this.value = value;
  }

  /**
   * Obtains a figure.
   *
   * @param metric the metric, not null
   * @param scope where the figure applies (platforms, as a goal's scope), not null
   * @param dates the days the figure covers, first and last included, not null
   * @param value the figure, not null, at least 0, at most 40 significant digits
   * @return the figure, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is negative or has too many digits
   */
  public static PeriodFigure of(MetricId metric, Scope scope, DateRange dates, BigDecimal value) {
    Checks.notNull(metric, "period figure metric");
    Checks.notNull(scope, "period figure scope");
    Checks.notNull(dates, "period figure dates");
    BigDecimal v =
        Numbers.canonical(Checks.notNull(value, "period figure value"), "period figure value");
    if (v.signum() < 0) {
      throw new IllegalArgumentException(
          "period figure value must be at least 0, but was " + value.toPlainString());
    }
    return new PeriodFigure(metric, scope, dates, v);
  }

  /**
   * Returns the metric.
   *
   * @return the metric, never null
   */
  public MetricId metric() {
    return metric;
  }

  /**
   * Returns where the figure applies.
   *
   * @return the scope, never null
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns the days the figure covers.
   *
   * @return the dates, never null
   */
  public DateRange dates() {
    return dates;
  }

  /**
   * Returns the figure.
   *
   * @return the value, at least 0, never null
   */
  public BigDecimal value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PeriodFigure other
        && metric.equals(other.metric)
        && scope.equals(other.scope)
        && dates.equals(other.dates)
        && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, scope, dates, value.stripTrailingZeros());
  }

  /** Returns a form such as {@code reach [facebook] 2026-08-01/2026-08-31=812000}. */
  @Override
  public String toString() {
    return metric + " " + scope + " " + dates + "=" + value.toPlainString();
  }
}
