package dev.northstar.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * A small table of the KPI section: one KPI by the values of one column in one period, such as ERR
 * by day of the week or by campaign.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the table's id in the page, such as {@code best-days}, not null
 * @param heading the table's heading, not null
 * @param caption what it shows and how it is ordered, not null
 * @param column the grouping column's header, such as {@code day of week}, not null
 * @param kpi the KPI's header, not null
 * @param rows the rows, in the order shown, not null
 */
public record KpiBreakdown(
    String id, String heading, String caption, String column, String kpi, List<Row> rows) {

  /**
   * Checks and copies.
   *
   * @throws NullPointerException if an argument is null
   */
  public KpiBreakdown {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(kpi, "kpi");
    rows = List.copyOf(rows);
  }

  /**
   * One row: a column value and the KPI's value as shown.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param label the column's value, {@code (none)} for an empty one, not null
   * @param value the KPI's value as the report shows it, not null
   * @param rows the data rows counted, zero or more
   */
  public record Row(String label, String value, long rows) {
    /**
     * Checks.
     *
     * @throws NullPointerException if an argument is null
     */
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }
}
