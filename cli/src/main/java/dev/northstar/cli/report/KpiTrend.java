package dev.northstar.cli.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's trend for the report's KPI section: its value in each period up to the last complete one,
 * one line per group (such as a platform).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kpi the KPI's id, the chart's name, not null
 * @param percent whether the values are rates, drawn as percents (a value of 0.05 as 5%)
 * @param periods the periods' labels (such as {@code 2026-03}), oldest first, not null
 * @param starts the periods' first days, as many as {@code periods}, not null
 * @param lines the groups drawn, each with a value per period, not null
 * @param groupsLeftOut how many groups with values are not drawn (the chart keeps the largest),
 *     zero or more
 * @param groupsWithoutValue how many groups have no value in any period, and so no line, zero or
 *     more
 */
public record KpiTrend(
    String kpi,
    boolean percent,
    List<String> periods,
    List<LocalDate> starts,
    List<Line> lines,
    int groupsLeftOut,
    int groupsWithoutValue) {

  /**
   * Checks and copies.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the periods and starts differ in size, a line has not one
   *     value per period, or a count of groups is negative
   */
  public KpiTrend {
    Objects.requireNonNull(kpi, "kpi");
    periods = List.copyOf(periods);
    starts = List.copyOf(starts);
    lines = List.copyOf(lines);
    if (starts.size() != periods.size()) {
      throw new IllegalArgumentException(
          "a trend needs a first day per period: " + periods.size() + " periods, " + starts.size());
    }
    for (Line line : lines) {
      if (line.values().size() != periods.size()) {
        throw new IllegalArgumentException(
            "line '"
                + line.group()
                + "' has "
                + line.values().size()
                + " values for "
                + periods.size()
                + " periods");
      }
    }
    if (groupsLeftOut < 0 || groupsWithoutValue < 0) {
      throw new IllegalArgumentException(
          "counts of groups must be 0 or more: "
              + groupsLeftOut
              + " left out, "
              + groupsWithoutValue
              + " without a value");
    }
  }

  /**
   * One group's line: its value per period, empty where the KPI is undefined (drawn as a gap, never
   * as zero).
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param group the group's label, such as {@code facebook}, not null
   * @param values the exact values, one per period, not null
   * @param shown the values as the report shows them ({@code 5.25%}, {@code undefined}), one per
   *     period, not null
   */
  public record Line(String group, List<Optional<BigDecimal>> values, List<String> shown) {
    /**
     * Checks and copies.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lists differ in size
     */
    public Line {
      Objects.requireNonNull(group, "group");
      values = List.copyOf(values);
      shown = List.copyOf(shown);
      if (values.size() != shown.size()) {
        throw new IllegalArgumentException(
            "line '" + group + "': " + values.size() + " values, " + shown.size() + " texts");
      }
    }
  }
}
