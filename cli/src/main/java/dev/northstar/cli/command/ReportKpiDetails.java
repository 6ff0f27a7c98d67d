package dev.northstar.cli.command;

import dev.northstar.cli.report.KpiBreakdown;
import dev.northstar.cli.report.KpiTrend;
import dev.northstar.core.format.UnitFormat;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.RatioKpi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The report's KPI trends and breakdowns, read from tables of the engine of {@code kpi} grouped by
 * a time bucket: a KPI's value per period per group up to the last complete period, and one KPI by
 * a column in that period, best first.
 */
final class ReportKpiDetails {
  /** How many periods a trend chart shows, the last complete one included. */
  static final int TREND_PERIODS = 12;

  /** How many groups a trend chart draws: the ones with the most rows. */
  static final int TREND_LINES = 6;

  private ReportKpiDetails() {}

  /**
   * A KPI's trend: its value per period, from at most {@link #TREND_PERIODS} periods before {@code
   * last} (not before the first with data) to {@code last}, one line per group of the table that
   * has a value in one of them.
   *
   * @param result the KPI grouped by the dimensions and {@code bucket}, not null
   * @param kpi the KPI, one of the table's, not null
   * @param bucket the table's time bucket, not null
   * @param last the first day of the last period drawn, not null
   * @return the trend, never null
   */
  static KpiTrend trend(KpiTable result, RatioKpi kpi, TimeBucket bucket, LocalDate last) {
    Map<String, Map<LocalDate, KpiRow>> byGroup = new LinkedHashMap<>();
    Map<String, Long> sizes = new HashMap<>();
    LocalDate first = last;
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d = last; starts.size() < TREND_PERIODS; d = bucket.start(d.minusDays(1))) {
      starts.add(0, d);
    }
    for (KpiRow row : result.rows()) {
      Optional<LocalDate> start = row.key().bucketStart();
      if (start.isEmpty() || start.get().isBefore(starts.get(0)) || start.get().isAfter(last)) {
        continue;
      }
      String group = label(row.key());
      byGroup.computeIfAbsent(group, g -> new HashMap<>()).put(start.get(), row);
      sizes.merge(group, row.rows(), Long::sum);
      first = start.get().isBefore(first) ? start.get() : first;
    }
    LocalDate from = first;
    starts.removeIf(d -> d.isBefore(from));
    List<String> groups = new ArrayList<>(byGroup.keySet());
    // the largest groups (most rows counted) are drawn; ties in name order
    groups.sort(
        Comparator.comparing((String g) -> sizes.getOrDefault(g, 0L))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    List<KpiTrend.Line> lines = new ArrayList<>();
    int withoutValue = 0;
    for (String group : groups) {
      Map<LocalDate, KpiRow> periods = byGroup.getOrDefault(group, Map.of());
      List<Optional<BigDecimal>> values = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (LocalDate start : starts) {
        @Nullable KpiRow row = periods.get(start);
        @Nullable KpiValue v = row == null ? null : row.value(kpi.id());
        values.add(v == null ? Optional.empty() : defined(v));
        shown.add(v == null ? UnitFormat.UNDEFINED : v.format());
      }
      // a group without a value in any period would be a line of nothing: counted, not drawn
      if (values.stream().noneMatch(Optional::isPresent)) {
        withoutValue++;
      } else {
        lines.add(new KpiTrend.Line(group, values, shown));
      }
    }
    int drawn = Math.min(TREND_LINES, lines.size());
    return new KpiTrend(
        kpi.id().toString(),
        kpi.unit() == MetricUnit.RATIO,
        starts.stream().map(bucket::label).toList(),
        starts,
        lines.subList(0, drawn),
        lines.size() - drawn,
        withoutValue);
  }

  /**
   * One KPI by the single grouping column of a table in one period, best first by the KPI's
   * polarity, undefined values last; empty when the period has no rows.
   *
   * @param result the KPI grouped by one column (or calendar field) and a time bucket, not null
   * @param kpi the KPI, not null
   * @param start the first day of the period shown, not null
   * @param id the table's id in the page
   * @param heading the table's heading
   * @param caption what the table shows
   * @param column the column's header
   * @param labels how a column value is shown (such as {@code 1-Mon} as {@code Monday})
   * @return the table, or empty
   */
  static Optional<KpiBreakdown> breakdown(
      KpiTable result,
      RatioKpi kpi,
      LocalDate start,
      String id,
      String heading,
      String caption,
      String column,
      UnaryOperator<String> labels) {
    List<KpiRow> rows = new ArrayList<>();
    for (KpiRow row : result.rows()) {
      if (row.key().bucketStart().filter(start::equals).isPresent()) {
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    rows.sort(best(kpi).thenComparing(r -> label(r.key())));
    List<KpiBreakdown.Row> shown = new ArrayList<>();
    for (KpiRow row : rows) {
      shown.add(
          new KpiBreakdown.Row(
              labels.apply(label(row.key())), row.value(kpi.id()).format(), row.rows()));
    }
    return Optional.of(new KpiBreakdown(id, heading, caption, column, kpi.id().toString(), shown));
  }

  /** Best first by the KPI's polarity; an undefined value after every defined one. */
  private static Comparator<KpiRow> best(RatioKpi kpi) {
    boolean lowerIsBetter = kpi.polarity() == Polarity.LOWER_IS_BETTER;
    return (a, b) -> {
      Optional<BigDecimal> x = defined(a.value(kpi.id()));
      Optional<BigDecimal> y = defined(b.value(kpi.id()));
      if (x.isEmpty() || y.isEmpty()) {
        return Boolean.compare(x.isEmpty(), y.isEmpty());
      }
      int c = x.get().compareTo(y.get());
      return lowerIsBetter ? c : -c;
    };
  }

  /**
   * The value where the report shows one: a cost over nothing spent is undefined, as {@link
   * KpiValue#format()} shows it, so it is a gap and never ranked as the cheapest.
   */
  private static Optional<BigDecimal> defined(KpiValue v) {
    return UnitFormat.UNDEFINED.equals(v.format()) ? Optional.empty() : v.value();
  }

  /** A group's dimension values as shown: joined by " / ", an empty or missing one as (none). */
  static String label(GroupKey key) {
    List<String> parts = new ArrayList<>();
    for (@Nullable String v : key.values()) {
      parts.add(v == null || v.isEmpty() ? "(none)" : v);
    }
    return parts.isEmpty() ? "all" : String.join(" / ", parts);
  }
}
