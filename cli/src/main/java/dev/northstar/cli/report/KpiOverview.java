package dev.northstar.cli.report;

import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.aggregate.PeriodOffset;
import dev.northstar.formulas.aggregate.TimeBucket;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The KPIs of the report's KPI section: for each chosen KPI, its period-over-period comparison by
 * the chosen dimensions, of which the section shows the period starting at {@code periodStart}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the time bucket compared, not null
 * @param compare the earlier period it is compared with, not null
 * @param periodStart the first day of the period shown: the last complete one up to the date judged
 *     at, not null
 * @param comparisons one per KPI, in the order chosen, each grouped by the same dimensions and
 *     {@code period}, not null; empty when no KPI could be computed
 * @param leftOut the default KPIs the data cannot give, each as {@code "id: reason"}, not null
 */
public record KpiOverview(
    TimeBucket period,
    PeriodOffset compare,
    LocalDate periodStart,
    List<PeriodComparison> comparisons,
    List<String> leftOut) {

  /**
   * Checks and copies.
   *
   * @throws NullPointerException if an argument is null
   */
  public KpiOverview {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(compare, "compare");
    Objects.requireNonNull(periodStart, "periodStart");
    comparisons = List.copyOf(comparisons);
    leftOut = List.copyOf(leftOut);
  }
}
