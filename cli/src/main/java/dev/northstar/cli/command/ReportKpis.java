package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import dev.northstar.cli.report.KpiBreakdown;
import dev.northstar.cli.report.KpiOverview;
import dev.northstar.cli.report.KpiTrend;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.aggregate.CalendarField;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.aggregate.PeriodOffset;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's KPI section computed with the engine of {@code kpi}: the chosen KPIs grouped by the
 * chosen dimension columns and a time bucket (ratios of sums), each compared with the earlier
 * period; the section shows the last period that is complete at the date judged at, so that neither
 * a part of a period nor data after the date is shown.
 */
final class ReportKpis {
  /** The KPIs when {@code --kpi} is not given. */
  static final List<String> DEFAULT_KPIS = List.of("err", "ctr", "cpc");

  /** The grouping when {@code --by} is not given, if the file has such a column. */
  static final String DEFAULT_BY = "platform";

  private ReportKpis() {}

  /**
   * Computes the section's figures.
   *
   * @param table the metrics, not null
   * @param file the metric file's name, for messages
   * @param asOf the date judged at
   * @param registry the KPIs known, with the {@code --kpi} definitions already in it
   * @param kpis the {@code --kpi} items, empty for the default
   * @param by the {@code --by} columns, empty for the default
   * @param period the {@code --period} bucket's name
   * @param compare the {@code --compare} offset's name
   * @return the figures, never null
   * @throws InputException naming the option and value when one is invalid
   */
  static KpiOverview of(
      MetricTable table,
      String file,
      LocalDate asOf,
      KpiRegistry registry,
      List<String> kpis,
      List<String> by,
      String period,
      String compare) {
    TimeBucket bucket = bucket(period);
    PeriodOffset offset = offset(compare);
    List<RatioKpi> chosen = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    if (kpis.isEmpty()) {
      // A default the data cannot compute (no spend, no shares) is left out and said why; a KPI
      // the user asked for by --kpi is an error instead, from the query below.
      for (RatioKpi kpi : AdHocKpis.choose(registry, DEFAULT_KPIS)) {
        Optional<String> reason = whyNotComputable(kpi, table, registry);
        if (reason.isPresent()) {
          leftOut.add(kpi.id() + ": " + reason.get());
        } else {
          chosen.add(kpi);
        }
      }
    } else {
      chosen.addAll(AdHocKpis.choose(registry, idsOf(kpis)));
    }
    List<Dimension> columns = table.schema().dimensions();
    List<Dimension> dimensions = new ArrayList<>();
    if (by.isEmpty()) {
      Dimension platform = Dimension.parse(DEFAULT_BY);
      if (columns.contains(platform)) {
        dimensions.add(platform);
      }
    }
    for (String name : by) {
      Dimension d = Dimension.parse(name);
      if (!columns.contains(d)) {
        throw ByColumns.notAColumn(name, file, columns, "");
      }
      dimensions.add(d);
    }
    LocalDate start = lastComplete(bucket, asOf);
    if (chosen.isEmpty()) {
      return new KpiOverview(bucket, offset, start, List.of(), leftOut);
    }
    KpiTable result =
        KpiQuery.builder()
            .kpis(chosen)
            .engagementSets(registry.engagementSets())
            .groupBy(dimensions.toArray(Dimension[]::new))
            .bucket(bucket)
            .build()
            .run(table);
    List<PeriodComparison> comparisons = new ArrayList<>();
    List<KpiTrend> trends = new ArrayList<>();
    for (RatioKpi kpi : chosen) {
      comparisons.add(PeriodComparison.of(result, kpi.id(), offset));
      trends.add(ReportKpiDetails.trend(result, kpi, bucket, start));
    }
    return new KpiOverview(bucket, offset, start, comparisons, leftOut)
        .withDetails(trends, breakdowns(table, registry, chosen.get(0), bucket, start));
  }

  /**
   * The first KPI by the day of the week, and by the content and campaign columns when the file has
   * them, in the last complete period. Hours of the day need timestamps, which a file of daily rows
   * has not, so they are not shown.
   */
  private static List<KpiBreakdown> breakdowns(
      MetricTable table, KpiRegistry registry, RatioKpi kpi, TimeBucket bucket, LocalDate start) {
    String period = bucket.label(start) + ", the last complete " + bucket.columnName();
    String order =
        kpi.polarity() == Polarity.LOWER_IS_BETTER ? "best (lowest) first" : "best (highest) first";
    List<KpiBreakdown> tables = new ArrayList<>();
    KpiQuery days =
        KpiQuery.builder()
            .kpis(kpi)
            .engagementSets(registry.engagementSets())
            .groupBy(CalendarField.DAY_OF_WEEK)
            .bucket(bucket)
            .build();
    ReportKpiDetails.breakdown(
            days.run(table),
            kpi,
            start,
            "best-days",
            "Best days: " + kpi.id() + " by day of the week",
            period + "; " + order + ", undefined last.",
            "day of the week",
            ReportKpis::dayName)
        .ifPresent(tables::add);
    for (String name : List.of("content", "campaign")) {
      Dimension column = Dimension.parse(name);
      if (!table.schema().dimensions().contains(column)) {
        continue;
      }
      KpiQuery query =
          KpiQuery.builder()
              .kpis(kpi)
              .engagementSets(registry.engagementSets())
              .groupBy(column)
              .bucket(bucket)
              .build();
      ReportKpiDetails.breakdown(
              query.run(table),
              kpi,
              start,
              "by-" + name,
              kpi.id() + " by " + name,
              period
                  + "; "
                  + order
                  + ", undefined last; (none) is the rows without a "
                  + name
                  + ", such as organic posts.",
              name,
              v -> v)
          .ifPresent(tables::add);
    }
    return tables;
  }

  /** A day-of-week label such as {@code 1-Mon} as {@code Monday}. */
  static String dayName(String label) {
    char c = label.isEmpty() ? '0' : label.charAt(0);
    return c >= '1' && c <= '7'
        ? DayOfWeek.of(c - '0').getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        : label;
  }

  /** Why the table cannot give the KPI (a measure it needs is missing), or empty if it can. */
  private static Optional<String> whyNotComputable(
      RatioKpi kpi, MetricTable table, KpiRegistry registry) {
    KpiQuery query = KpiQuery.builder().kpis(kpi).engagementSets(registry.engagementSets()).build();
    try {
      // the measures are resolved against the schema, so no row needs to be read
      query.run(table.slice(0, 0));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /** The first day of the last bucket that ends on or before the date. */
  static LocalDate lastComplete(TimeBucket bucket, LocalDate asOf) {
    // the bucket of the next day starts after the last complete one, which holds the day before
    return bucket.start(bucket.start(asOf.plusDays(1)).minusDays(1));
  }

  /** The same day one period earlier: the date the summary's changes are counted from. */
  static LocalDate periodBefore(TimeBucket bucket, LocalDate asOf) {
    return switch (bucket) {
      case DAY -> asOf.minusDays(1);
      case ISO_WEEK -> asOf.minusWeeks(1);
      case MONTH -> asOf.minusMonths(1);
      case QUARTER -> asOf.minusMonths(3);
      case YEAR -> asOf.minusYears(1);
    };
  }

  /** Reads a --period value. */
  static TimeBucket bucket(String name) {
    try {
      return TimeBucket.parse(name);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--period: '" + name + "' is no period; allowed: day, week, month, quarter, year", e);
    }
  }

  private static PeriodOffset offset(String name) {
    try {
      return PeriodOffset.parse(name);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--compare: '" + name + "' is no earlier period; allowed: previous, year_ago", e);
    }
  }

  /** The items with a definition ('id = ...') replaced by its id: the registry already has it. */
  private static List<String> idsOf(List<String> items) {
    List<String> ids = new ArrayList<>();
    for (String item : items) {
      ids.add(item.indexOf('=') < 0 ? item : AdHocKpis.define(item, "--kpi").id().toString());
    }
    return ids;
  }
}
