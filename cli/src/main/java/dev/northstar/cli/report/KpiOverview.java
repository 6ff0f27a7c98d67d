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
 * @param trends one per KPI, in the order chosen: its value per period up to {@code periodStart},
 *     not null; empty for no trend charts
 * @param breakdowns the first KPI by the day of the week and by content or campaign columns, not
 *     null; empty for none
 */
public record KpiOverview(
    TimeBucket period,
    PeriodOffset compare,
    LocalDate periodStart,
    List<PeriodComparison> comparisons,
    List<String> leftOut,
    List<KpiTrend> trends,
    List<KpiBreakdown> breakdowns) {

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
    trends = List.copyOf(trends);
    breakdowns = List.copyOf(breakdowns);
  }

  /**
   * The comparison table only, without trend charts or breakdowns.
   *
   * @param period the time bucket compared, not null
   * @param compare the earlier period it is compared with, not null
   * @param periodStart the first day of the period shown, not null
   * @param comparisons one per KPI, not null
   * @param leftOut the default KPIs the data cannot give, not null
   * @throws NullPointerException if an argument is null
   */
  public KpiOverview(
      TimeBucket period,
      PeriodOffset compare,
      LocalDate periodStart,
      List<PeriodComparison> comparisons,
      List<String> leftOut) {
    this(period, compare, periodStart, comparisons, leftOut, List.of(), List.of());
  }

  /**
   * Returns a copy with trend charts and breakdowns.
   *
   * @param trends one per KPI, not null
   * @param breakdowns the small tables of the first KPI, not null
   * @return the copy, never null
   * @throws NullPointerException if an argument is null
   */
  public KpiOverview withDetails(List<KpiTrend> trends, List<KpiBreakdown> breakdowns) {
    return new KpiOverview(period, compare, periodStart, comparisons, leftOut, trends, breakdowns);
  }
}
