package dev.northstar.smart.internal;

import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A series turned into one value per calendar month, over the months before a reference date: the
 * last value of the month for a snapshot metric (followers), the month's sum for an additive one
 * (leads). Only months that have observations have values; a gap breaks the chain of changes.
 */
final class MonthlyHistory {

  private final Map<YearMonth, BigDecimal> values;

  private MonthlyHistory(Map<YearMonth, BigDecimal> values) {
    this.values = values;
  }

  /**
   * Builds the months. A snapshot metric uses the reference date's month and the {@code months}
   * before it (so {@code months} changes); an additive one uses the {@code months} complete months
   * before the reference date's month, since a month in progress would look like a fall.
   */
  static MonthlyHistory of(MetricSeries series, boolean additive, LocalDate reference, int months) {
    YearMonth last =
        additive ? YearMonth.from(reference).minusMonths(1) : YearMonth.from(reference);
    YearMonth first = last.minusMonths(additive ? months - 1L : months);
    Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
    for (Observation o : series.observations()) {
      YearMonth m = YearMonth.from(o.date());
      if (o.date().isAfter(reference) || m.isBefore(first) || m.isAfter(last)) {
        continue;
      }
      byMonth.merge(m, o.value(), additive ? BigDecimal::add : (earlier, later) -> later);
    }
    return new MonthlyHistory(byMonth);
  }

  /**
   * The value of a baseline period made of whole calendar months, all in the history: the mean of
   * its months for a flow (the period's sum per month), the last month's for a level.
   *
   * @return the value, or null if the period is not whole months or a month lacks data
   */
  @Nullable BigDecimal over(DateRange period, boolean additive) {
    YearMonth first = YearMonth.from(period.start());
    YearMonth last = YearMonth.from(period.end());
    if (period.start().getDayOfMonth() != 1 || !period.end().equals(last.atEndOfMonth())) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      BigDecimal v = values.get(m);
      if (v == null) {
        return null;
      }
      sum = sum.add(v);
      n++;
    }
    return additive
        ? sum.divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL64)
        : values.get(last);
  }

  /** The month values, oldest first. */
  List<BigDecimal> values() {
    return List.copyOf(values.values());
  }

  /** The latest month's value, or null without data. */
  @Nullable BigDecimal latest() {
    @Nullable BigDecimal latest = null;
    for (BigDecimal v : values.values()) {
      latest = v;
    }
    return latest;
  }

  /** Month-on-month changes between consecutive calendar months: the later minus the earlier. */
  List<Double> gains() {
    List<Double> gains = new ArrayList<>();
    forConsecutive(
        (before, after) -> gains.add(Growth.finite(after.subtract(before).doubleValue())));
    return gains;
  }

  /**
   * Month-on-month growth rates between consecutive calendar months, skipping months that start
   * from zero or below (growth from 0 cannot be computed as a rate).
   */
  List<Double> rates() {
    List<Double> rates = new ArrayList<>();
    forConsecutive(
        (before, after) -> {
          if (before.signum() > 0) {
            rates.add(Growth.rate(before, after, 1));
          }
        });
    return rates;
  }

  private void forConsecutive(java.util.function.BiConsumer<BigDecimal, BigDecimal> pair) {
    @Nullable YearMonth previous = null;
    @Nullable BigDecimal previousValue = null;
    for (Map.Entry<YearMonth, BigDecimal> e : values.entrySet()) {
      if (previous != null && previousValue != null && previous.plusMonths(1).equals(e.getKey())) {
        pair.accept(previousValue, e.getValue());
      }
      previous = e.getKey();
      previousValue = e.getValue();
    }
  }
}
