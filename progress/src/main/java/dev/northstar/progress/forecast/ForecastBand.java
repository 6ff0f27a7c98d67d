package dev.northstar.progress.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The forecast of one day: the point forecast and its 80% and 95% prediction intervals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ForecastBand {

  private final LocalDate date;
  private final double point;
  private final double lower80;
  private final double upper80;
  private final double lower95;
  private final double upper95;

  private ForecastBand(
      LocalDate date,
      double point,
      double lower80,
      double upper80,
      double lower95,
      double upper95) {
    this.date = date;
    this.point = point;
    this.lower80 = lower80;
    this.upper80 = upper80;
    this.lower95 = lower95;
    this.upper95 = upper95;
  }

  /**
   * Creates a band.
   *
   * @param date the day, not null
   * @param point the point forecast
   * @param lower80 the 10% quantile
   * @param upper80 the 90% quantile
   * @param lower95 the 2.5% quantile
   * @param upper95 the 97.5% quantile
   * @return the band, never null
   * @throws NullPointerException if date is null
   * @throws IllegalArgumentException if a value is not finite or the bounds are not nested around
   *     the point (lower95 &lt;= lower80 &lt;= point &lt;= upper80 &lt;= upper95)
   */
  public static ForecastBand of(
      LocalDate date,
      double point,
      double lower80,
      double upper80,
      double lower95,
      double upper95) {
    Objects.requireNonNull(date, "date");
    double[] v = {lower95, lower80, point, upper80, upper95};
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(
            "the forecast band of " + date + " has a non-finite value");
      }
      if (i > 0 && v[i] < v[i - 1]) {
        throw new IllegalArgumentException(
            "the forecast band of "
                + date
                + " is not nested: lower95 <= lower80 <= point <= upper80 <= upper95 fails at "
                + v[i - 1]
                + " > "
                + v[i]);
      }
    }
    return new ForecastBand(date, point, lower80, upper80, lower95, upper95);
  }

  /**
   * Returns the day.
   *
   * @return the day
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the point forecast (the median on a log-scale model, the mean otherwise).
   *
   * @return the point forecast (the median on a log-scale model, the mean otherwise)
   */
  public double point() {
    return point;
  }

  /**
   * Returns the lower bound of the 80% interval.
   *
   * @return the lower bound of the 80% interval
   */
  public double lower80() {
    return lower80;
  }

  /**
   * Returns the upper bound of the 80% interval.
   *
   * @return the upper bound of the 80% interval
   */
  public double upper80() {
    return upper80;
  }

  /**
   * Returns the lower bound of the 95% interval.
   *
   * @return the lower bound of the 95% interval
   */
  public double lower95() {
    return lower95;
  }

  /**
   * Returns the upper bound of the 95% interval.
   *
   * @return the upper bound of the 95% interval
   */
  public double upper95() {
    return upper95;
  }

  /**
   * Whether a value lies in the 80% interval, bounds included.
   *
   * @param value the value
   * @return true if lower80 &lt;= value &lt;= upper80
   */
  public boolean covers80(double value) {
    return value >= lower80 && value <= upper80;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ForecastBand o
        && date.equals(o.date)
        && Double.compare(point, o.point) == 0
        && Double.compare(lower80, o.lower80) == 0
        && Double.compare(upper80, o.upper80) == 0
        && Double.compare(lower95, o.lower95) == 0
        && Double.compare(upper95, o.upper95) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, point, lower80, upper80, lower95, upper95);
  }

  /** Returns the band rounded, such as {@code 2026-03-31: 1,234 (80%: 1,100..1,350; 95%: ...)}. */
  @Override
  public String toString() {
    return date
        + ": "
        + Rounding.readable(point)
        + " (80%: "
        + Rounding.readable(lower80)
        + ".."
        + Rounding.readable(upper80)
        + "; 95%: "
        + Rounding.readable(lower95)
        + ".."
        + Rounding.readable(upper95)
        + ")";
  }
}
