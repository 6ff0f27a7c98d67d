package dev.northstar.formulas.aggregate;

import dev.northstar.core.format.UnitFormat;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The total of one measure over one group: the exact sum over the rows that have a value, and how
 * many rows lacked one.
 *
 * <p>A total of a measure that is not additive (reach counts unique people) is only a "summed"
 * figure, not the group's reach; {@link #isSummedNonAdditive()} says so and {@link #label()} shows
 * it ({@code summed reach}).
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class MeasureTotal implements Serializable {

  private static final long serialVersionUID = 1L;

  private final MetricId measure;
  private final BigDecimal sum;
  private final @Nullable Currency currency;
  private final long rowsCounted;
  private final long rowsMissing;

  MeasureTotal(
      MetricId measure,
      BigDecimal sum,
      @Nullable Currency currency,
      long rowsCounted,
      long rowsMissing) {
    this.measure = measure;
    this.sum = sum;
    this.currency = currency;
    this.rowsCounted = rowsCounted;
    this.rowsMissing = rowsMissing;
  }

  /**
   * Returns the measure.
   *
   * @return the measure's id, never null
   */
  public MetricId measure() {
    return measure;
  }

  /**
   * Returns the exact sum over the rows that have a value.
   *
   * @return the sum, never null
   */
  public BigDecimal sum() {
    return sum;
  }

  /**
   * Returns the currency of an amount.
   *
   * @return the currency, or empty for a count
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the number of rows that had a value.
   *
   * @return the count, zero or more
   */
  public long rowsCounted() {
    return rowsCounted;
  }

  /**
   * Returns the number of rows without a value.
   *
   * @return the count, zero or more
   */
  public long rowsMissing() {
    return rowsMissing;
  }

  /**
   * Tells whether the measure is a core metric that is not additive over rows, such as reach, so
   * that the total is only a sum of row values.
   *
   * @return true for a summed non-additive measure
   */
  public boolean isSummedNonAdditive() {
    return isNonAdditive(measure);
  }

  static boolean isNonAdditive(MetricId measure) {
    for (MetricDefinition d : CoreMetrics.definitions()) {
      if (d.id().equals(measure)) {
        return d.additivity() != Additivity.ADDITIVE;
      }
    }
    return false;
  }

  /**
   * Returns the column label: the measure's id, prefixed by {@code summed } for a non-additive
   * measure.
   *
   * @return the label, never null
   */
  public String label() {
    return label(measure);
  }

  static String label(MetricId measure) {
    return (isNonAdditive(measure) ? "summed " : "") + measure.value();
  }

  /**
   * Formats the sum with thousands separators ({@link UnitFormat}): a count as {@code 721,785}, an
   * amount with its currency's decimals and code as {@code 1,869.26 USD}.
   *
   * @return the text, never null
   */
  public String format() {
    Currency c = currency;
    return c == null ? UnitFormat.count(sum) : UnitFormat.money(sum, c);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MeasureTotal other
        && measure.equals(other.measure)
        && sum.compareTo(other.sum) == 0
        && Objects.equals(currency, other.currency)
        && rowsCounted == other.rowsCounted
        && rowsMissing == other.rowsMissing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, sum.stripTrailingZeros(), currency, rowsCounted, rowsMissing);
  }

  /**
   * Returns a summary such as {@code summed reach = 3000 (12 rows, 1 missing)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return label()
        + " = "
        + format()
        + " ("
        + rowsCounted
        + " rows"
        + (rowsMissing == 0 ? "" : ", " + rowsMissing + " missing")
        + ")";
  }
}
