package dev.northstar.formulas.aggregate;

import dev.northstar.core.format.UnitFormat;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.formulas.ratio.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The value of one KPI over one group of rows, with the method that produced it and how many rows
 * counted.
 *
 * <p>{@link #ratio()} is exact. For {@link Aggregation#RATIO_OF_SUMS} it is the sum of the rows'
 * numerators over the sum of their denominators (times the KPI's factor); it is undefined when the
 * denominators sum to zero. For {@link Aggregation#MEAN_OF_RATIOS} it is the mean of the rows' own
 * ratios over the rows that had one ({@link #rowsCounted()}), as a ratio over 1; rows whose
 * denominator is zero are skipped and counted in {@link #rowsUndefined()}, and the value is
 * undefined when no row counted. Each row's ratio is added as a fixed-point number with 52 fraction
 * bits, so that the sum is exact in any order of rows and merges, and the mean is rounded to 15
 * decimals (of the columns' stored units), the precision those fixed-point numbers carry.
 *
 * <p>Rows missing a value the KPI needs are left out and counted in {@link #rowsMissing()}.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class KpiValue implements Serializable {

  private static final long serialVersionUID = 1L;

  private final RatioKpi kpi;
  private final Aggregation method;
  private final Ratio ratio;
  private final @Nullable Currency currency;
  private final long rowsCounted;
  private final long rowsUndefined;
  private final long rowsMissing;

  KpiValue(
      RatioKpi kpi,
      Aggregation method,
      Ratio ratio,
      @Nullable Currency currency,
      long rowsCounted,
      long rowsUndefined,
      long rowsMissing) {
    this.kpi = kpi;
    this.method = method;
    this.ratio = ratio;
    this.currency = currency;
    this.rowsCounted = rowsCounted;
    this.rowsUndefined = rowsUndefined;
    this.rowsMissing = rowsMissing;
  }

  /**
   * Returns the KPI.
   *
   * @return the KPI, never null
   */
  public RatioKpi kpi() {
    return kpi;
  }

  /**
   * Returns the aggregation method that produced the value.
   *
   * @return {@link Aggregation#RATIO_OF_SUMS} or {@link Aggregation#MEAN_OF_RATIOS}
   */
  public Aggregation method() {
    return method;
  }

  /**
   * Returns the exact value as a ratio, the KPI's factor applied; undefined as described above.
   *
   * @return the ratio, never null
   */
  public Ratio ratio() {
    return ratio;
  }

  /**
   * Tells whether there is a value.
   *
   * @return true if {@link #ratio()} is defined
   */
  public boolean isDefined() {
    return ratio.isDefined();
  }

  /**
   * Returns the value to 16 significant digits.
   *
   * @return the value, or empty if undefined
   */
  public Optional<BigDecimal> value() {
    return ratio.value();
  }

  /**
   * Returns the value as a {@code double}.
   *
   * @return the value, or empty if undefined; never NaN or infinite
   */
  public OptionalDouble doubleValue() {
    return ratio.doubleValue();
  }

  /**
   * Returns the currency, for a KPI that is an amount per unit (CPC, CPM...).
   *
   * @return the currency, or empty if the value is not money
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the value as money per unit, for a KPI that is an amount per unit.
   *
   * @return the money ratio, or empty if the value is not money
   */
  public Optional<MoneyRatio> money() {
    return currency == null ? Optional.empty() : Optional.of(MoneyRatio.of(ratio, currency));
  }

  /**
   * Returns the number of rows that contributed.
   *
   * @return the count, zero or more
   */
  public long rowsCounted() {
    return rowsCounted;
  }

  /**
   * Returns, for a mean of ratios, the number of rows skipped because their own ratio was undefined
   * (a zero denominator). A ratio of sums keeps such rows (they add their numerator and nothing to
   * the denominator), so for it this is zero.
   *
   * @return the count, zero or more
   */
  public long rowsUndefined() {
    return rowsUndefined;
  }

  /**
   * Returns the number of rows left out because a value the KPI needs was missing.
   *
   * @return the count, zero or more
   */
  public long rowsMissing() {
    return rowsMissing;
  }

  /**
   * Formats the value for people by the KPI's unit ({@link UnitFormat}): a percent with two
   * decimals for a rate ({@code 5.25%}), money with the currency's decimals and code ({@code 2.00
   * USD}), a multiple such as ROAS as {@code 3.02x}, a quotient of counts with two decimals ({@code
   * 1,234.50}); {@code undefined} if there is no value. A cost (money, lower is better, such as
   * CPC) over nothing spent is also {@code undefined}: there were no paid clicks to price, which a
   * cost of {@code 0.00 USD} would hide. {@link #value()} keeps the exact quotient.
   *
   * @return the text, never null
   */
  public String format() {
    Optional<BigDecimal> value = ratio.value();
    if (value.isPresent() && isCostOfNothing()) {
      return UnitFormat.UNDEFINED;
    }
    if (value.isPresent() && kpi.unit() == MetricUnit.COUNT) {
      return UnitFormat.fixed(value.get(), 2);
    }
    return UnitFormat.format(value, kpi.unit(), currency);
  }

  private boolean isCostOfNothing() {
    return kpi.unit() == MetricUnit.CURRENCY
        && kpi.polarity() == Polarity.LOWER_IS_BETTER
        && ratio.numerator().signum() == 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KpiValue other
        && kpi.equals(other.kpi)
        && method == other.method
        && ratio.equals(other.ratio)
        && Objects.equals(currency, other.currency)
        && rowsCounted == other.rowsCounted
        && rowsUndefined == other.rowsUndefined
        && rowsMissing == other.rowsMissing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kpi.id(), method, ratio, currency, rowsCounted, rowsUndefined, rowsMissing);
  }

  /**
   * Returns a summary such as {@code err = 5% (150/3000, RATIO_OF_SUMS over 12 rows)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return kpi.id()
        + " = "
        + format()
        + " ("
        + ratio
        + ", "
        + method
        + " over "
        + rowsCounted
        + " rows"
        + (rowsMissing == 0 ? "" : ", " + rowsMissing + " missing")
        + (rowsUndefined == 0 ? "" : ", " + rowsUndefined + " undefined")
        + ")";
  }
}
