package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.internal.TextTable;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link KpiQuery}: one {@link KpiRow} per group, sorted by key, each with the
 * value of every KPI and the total of every measure. The aggregation method is named on the table
 * and on every value.
 *
 * <p>{@link #toString()} is an aligned text table, for JShell:
 *
 * <pre>
 * KPIs by platform, month (RATIO_OF_SUMS)
 * platform  month    rows    err    ctr
 * --------  -------  ----  -----  -----
 * facebook  2026-03    31  5.12%  1.25%
 * </pre>
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list fields hold List.copyOf or unmodifiable ArrayList copies, which are serializable.
@SuppressWarnings("serial")
public final class KpiTable implements Serializable {

  private static final long serialVersionUID = 1L;

  private final KpiQuery query;
  private final List<KpiRow> rows;

  KpiTable(KpiQuery query, List<KpiRow> rows) {
    this.query = query;
    this.rows = List.copyOf(rows);
  }

  /**
   * Returns the query that produced the table.
   *
   * @return the query, never null
   */
  public KpiQuery query() {
    return query;
  }

  /**
   * Returns the aggregation method of every value.
   *
   * @return {@link Aggregation#RATIO_OF_SUMS} or {@link Aggregation#MEAN_OF_RATIOS}
   */
  public Aggregation method() {
    return query.method();
  }

  /**
   * Returns the groups, sorted by key.
   *
   * @return an unmodifiable list, empty if the table had no rows, never null
   */
  public List<KpiRow> rows() {
    return rows;
  }

  /**
   * Returns the group with a key.
   *
   * @param key the key, not null
   * @return the group, or empty if no row had that key
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<KpiRow> row(GroupKey key) {
    Objects.requireNonNull(key, "key must not be null");
    for (KpiRow r : rows) {
      if (r.key().equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy whose groups list the values of some dimensions in a given order, such as {@code
   * low, medium, high} from a mapping file's ordered list: groups are ordered by each grouped
   * dimension in turn, a listed dimension's values in the listed order (values not listed after
   * them, in key order; a missing value last), the others in key order, then by bucket.
   *
   * <pre>{@code
   * table.orderedBy(Map.of(Dimension.of("level"), List.of("low", "medium", "high")));
   * }</pre>
   *
   * @param orders the listed values of some dimensions, not null, no null keys or values; a
   *     dimension the query does not group by is ignored
   * @return the reordered copy, never null; this table if no grouped dimension is listed
   * @throws NullPointerException if {@code orders}, a key or a value is null
   */
  public KpiTable orderedBy(Map<Dimension, List<String>> orders) {
    Map<Dimension, List<String>> listed = Map.copyOf(orders);
    for (Map.Entry<Dimension, List<String>> e : listed.entrySet()) {
      for (String value : e.getValue()) {
        Objects.requireNonNull(value, () -> "a listed value of " + e.getKey() + " is null");
      }
    }
    List<Dimension> by = query.groupBy();
    if (by.stream().noneMatch(listed::containsKey)) {
      return this;
    }
    List<KpiRow> sorted = new ArrayList<>(rows);
    sorted.sort((x, y) -> ListedOrder.compare(by, listed, x.key(), y.key()));
    return new KpiTable(query, sorted);
  }

  /**
   * Returns the total number of table rows over all groups.
   *
   * @return the count, zero or more
   */
  public long rowCount() {
    long n = 0;
    for (KpiRow r : rows) {
      n += r.rows();
    }
    return n;
  }

  /**
   * Compares every period with an earlier one for one KPI; the same as {@link
   * PeriodComparison#of(KpiTable, MetricId, PeriodOffset)}.
   *
   * @param kpi the id of one of the table's KPIs, not null
   * @param offset {@link PeriodOffset#PREVIOUS} (month over month...) or {@link
   *     PeriodOffset#YEAR_AGO}, not null
   * @return the comparison, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table is not grouped by a time bucket or has no such
   *     KPI
   */
  public PeriodComparison compare(MetricId kpi, PeriodOffset offset) {
    return PeriodComparison.of(this, kpi, offset);
  }

  /**
   * Returns the {@code n} groups with the highest value of a KPI; the same as {@link
   * Ranking#of(KpiTable, MetricId, RankOrder, int)} with {@link RankOrder#TOP}.
   *
   * @param kpi the id of one of the table's KPIs, not null
   * @param n how many groups, 1 or more
   * @return the ranking, never null
   * @throws NullPointerException if {@code kpi} is null
   * @throws IllegalArgumentException if {@code n} is less than 1 or the table has no such KPI
   */
  public Ranking top(MetricId kpi, int n) {
    return Ranking.of(this, kpi, RankOrder.TOP, n);
  }

  /**
   * Returns the {@code n} groups with the lowest value of a KPI; the same as {@link
   * Ranking#of(KpiTable, MetricId, RankOrder, int)} with {@link RankOrder#BOTTOM}.
   *
   * @param kpi the id of one of the table's KPIs, not null
   * @param n how many groups, 1 or more
   * @return the ranking, never null
   * @throws NullPointerException if {@code kpi} is null
   * @throws IllegalArgumentException if {@code n} is less than 1 or the table has no such KPI
   */
  public Ranking bottom(MetricId kpi, int n) {
    return Ranking.of(this, kpi, RankOrder.BOTTOM, n);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KpiTable other && query.equals(other.query) && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return 31 * query.hashCode() + rows.hashCode();
  }

  /**
   * Returns the table as aligned text: a title naming the grouping and the method, a header, and a
   * line per group. A mean of ratios shows how many rows counted; a KPI with rows left out for
   * missing values shows how many.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    boolean mean = query.method() == Aggregation.MEAN_OF_RATIOS;
    List<String> header = new ArrayList<>();
    query.groupBy().forEach(d -> header.add(d.id()));
    query.bucket().ifPresent(b -> header.add(b.columnName()));
    int labels = header.size();
    header.add("rows");
    List<RatioKpi> kpis = query.kpis();
    boolean[] showMissing = new boolean[kpis.size()];
    for (KpiRow r : rows) {
      for (int k = 0; k < kpis.size(); k++) {
        showMissing[k] |= r.values().get(k).rowsMissing() > 0;
      }
    }
    for (int k = 0; k < kpis.size(); k++) {
      header.add(kpis.get(k).id().value());
      if (mean) {
        header.add(kpis.get(k).id().value() + " n");
      }
      if (showMissing[k]) {
        header.add(kpis.get(k).id().value() + " missing");
      }
    }
    query.totals().forEach(t -> header.add(MeasureTotal.label(t)));
    for (MetricId l : query.levels()) {
      header.add(l.value() + " first");
      header.add(l.value() + " last");
    }
    List<List<String>> cells = new ArrayList<>();
    for (KpiRow r : rows) {
      List<String> line = new ArrayList<>();
      for (Dimension d : query.groupBy()) {
        line.add(r.key().value(d).orElse("(missing)"));
      }
      r.key().bucketLabel().ifPresent(line::add);
      line.add(Long.toString(r.rows()));
      for (int k = 0; k < kpis.size(); k++) {
        KpiValue v = r.values().get(k);
        line.add(v.format());
        if (mean) {
          line.add(Long.toString(v.rowsCounted()));
        }
        if (showMissing[k]) {
          line.add(Long.toString(v.rowsMissing()));
        }
      }
      for (MeasureTotal t : r.totals()) {
        line.add(t.format() + (t.rowsMissing() == 0 ? "" : " (" + t.rowsMissing() + " missing)"));
      }
      for (MeasureLevel l : r.levels()) {
        line.add(l.formatFirst());
        line.add(
            l.formatLast() + (l.rowsMissing() == 0 ? "" : " (" + l.rowsMissing() + " missing)"));
      }
      cells.add(line);
    }
    List<String> by = new ArrayList<>(header.subList(0, labels));
    String title =
        "KPIs"
            + (by.isEmpty() ? "" : " by " + String.join(", ", by))
            + " ("
            + query.method()
            + ")\n";
    return title + TextTable.render(header, cells, labels);
  }
}
