package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.internal.TextTable;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The top or bottom N groups of a {@link KpiTable} by one KPI.
 *
 * <p>The order is exact and deterministic: by the KPI's exact value ({@link KpiValue#ratio()},
 * compared without rounding), highest first for {@link RankOrder#TOP} and lowest first for {@link
 * RankOrder#BOTTOM}; groups of equal value then in ascending {@link GroupKey} order (dimension
 * values, a missing value last, then period), in both orders. Groups whose value is undefined (a
 * zero denominator, or no row counted) are not ranked: they are listed in {@link #excluded()}, in
 * the table's order, and never treated as zero. With a minimum of rows ({@link #of(KpiTable,
 * MetricId, RankOrder, int, long)}), smaller groups are listed in {@link #tooSmall()}.
 *
 * <pre>{@code
 * Ranking best = Ranking.of(byTypeAndHour, Kpis.ERR.id(), RankOrder.TOP, 10);
 * best.ranked();     // at most 10 rows, best first
 * best.excluded();   // groups with no defined value
 * }</pre>
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list fields hold List.copyOf copies, which are serializable.
@SuppressWarnings("serial")
public final class Ranking implements Serializable {

  private static final long serialVersionUID = 1L;

  private final MetricId kpi;
  private final RankOrder order;
  private final int limit;
  private final long minRows;
  private final Aggregation method;
  private final List<Dimension> dimensions;
  private final @Nullable TimeBucket bucket;
  private final List<KpiRow> ranked;
  private final List<KpiRow> excluded;
  private final List<KpiRow> tooSmall;

  private Ranking(
      MetricId kpi,
      RankOrder order,
      int limit,
      long minRows,
      KpiQuery query,
      List<KpiRow> ranked,
      List<KpiRow> excluded,
      List<KpiRow> tooSmall) {
    this.kpi = kpi;
    this.order = order;
    this.limit = limit;
    this.minRows = minRows;
    this.method = query.method();
    this.dimensions = query.groupBy();
    this.bucket = query.bucket().orElse(null);
    this.ranked = List.copyOf(ranked);
    this.excluded = List.copyOf(excluded);
    this.tooSmall = List.copyOf(tooSmall);
  }

  /**
   * Ranks the groups of a table by a KPI and keeps the first {@code n}.
   *
   * @param table the table, not null
   * @param kpi the id of one of the table's KPIs, not null
   * @param order {@link RankOrder#TOP} or {@link RankOrder#BOTTOM}, not null
   * @param n how many groups to keep, 1 or more; fewer are kept if fewer have a value
   * @return the ranking, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code n} is less than 1, or the table has no such KPI
   */
  public static Ranking of(KpiTable table, MetricId kpi, RankOrder order, int n) {
    return of(table, kpi, order, n, 1);
  }

  /**
   * Ranks the groups of at least {@code minRows} table rows by a KPI and keeps the first {@code n}:
   * a group of one post at 5% does not outrank a group of a hundred at 4% unless asked.
   *
   * @param table the table, not null
   * @param kpi the id of one of the table's KPIs, not null
   * @param order {@link RankOrder#TOP} or {@link RankOrder#BOTTOM}, not null
   * @param n how many groups to keep, 1 or more
   * @param minRows the fewest table rows a ranked group has, 1 or more; smaller groups are listed
   *     in {@link #tooSmall()}
   * @return the ranking, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code n} or {@code minRows} is less than 1, or the table
   *     has no such KPI
   */
  public static Ranking of(KpiTable table, MetricId kpi, RankOrder order, int n, long minRows) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(order, "order must not be null");
    if (n < 1) {
      throw new IllegalArgumentException("n must be 1 or more, but was " + n);
    }
    if (minRows < 1) {
      throw new IllegalArgumentException("minRows must be 1 or more, but was " + minRows);
    }
    KpiQuery query = table.query();
    if (query.kpis().stream().noneMatch(k -> k.id().equals(kpi))) {
      throw new IllegalArgumentException(
          "the table has no KPI '"
              + kpi
              + "'; it has "
              + query.kpis().stream().map(k -> k.id().value()).toList());
    }
    List<KpiRow> defined = new ArrayList<>();
    List<KpiRow> excluded = new ArrayList<>();
    List<KpiRow> tooSmall = new ArrayList<>();
    for (KpiRow r : table.rows()) {
      if (!r.value(kpi).isDefined()) {
        excluded.add(r);
      } else if (r.rows() < minRows) {
        tooSmall.add(r);
      } else {
        defined.add(r);
      }
    }
    Comparator<KpiRow> byValue = (a, b) -> compare(a.value(kpi).ratio(), b.value(kpi).ratio());
    if (order == RankOrder.TOP) {
      byValue = byValue.reversed();
    }
    defined.sort(byValue.thenComparing(KpiRow::key));
    return new Ranking(
        kpi,
        order,
        n,
        minRows,
        query,
        defined.subList(0, Math.min(n, defined.size())),
        excluded,
        tooSmall);
  }

  /** Compares two defined ratios exactly: both denominators are positive. */
  private static int compare(Ratio a, Ratio b) {
    return a.numerator()
        .multiply(b.denominator())
        .compareTo(b.numerator().multiply(a.denominator()));
  }

  /**
   * Returns the KPI ranked by.
   *
   * @return the KPI's id, never null
   */
  public MetricId kpi() {
    return kpi;
  }

  /**
   * Returns which end is kept.
   *
   * @return the order, never null
   */
  public RankOrder order() {
    return order;
  }

  /**
   * Returns the most groups kept, as asked.
   *
   * @return the limit, 1 or more
   */
  public int limit() {
    return limit;
  }

  /**
   * Returns the fewest table rows of a ranked group.
   *
   * @return the minimum, 1 or more
   */
  public long minRows() {
    return minRows;
  }

  /**
   * Returns the groups with a value but fewer than {@link #minRows()} table rows, in the table's
   * order.
   *
   * @return an unmodifiable list, empty when the minimum is 1, never null
   */
  public List<KpiRow> tooSmall() {
    return tooSmall;
  }

  /**
   * Returns the ranked groups, first the best (for {@link RankOrder#TOP}) or the worst.
   *
   * @return an unmodifiable list of at most {@link #limit()} rows, never null
   */
  public List<KpiRow> ranked() {
    return ranked;
  }

  /**
   * Returns the groups left out of the ranking because their value is undefined, in the table's
   * order.
   *
   * @return an unmodifiable list, never null
   */
  public List<KpiRow> excluded() {
    return excluded;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Ranking other
        && kpi.equals(other.kpi)
        && order == other.order
        && limit == other.limit
        && minRows == other.minRows
        && method == other.method
        && dimensions.equals(other.dimensions)
        && bucket == other.bucket
        && ranked.equals(other.ranked)
        && excluded.equals(other.excluded)
        && tooSmall.equals(other.tooSmall);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kpi, order, limit, minRows, method, ranked, excluded, tooSmall);
  }

  /**
   * Returns the ranking as aligned text: a title, then per ranked group its rank, dimension values,
   * period, row count and value, then a line naming how many groups were excluded.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String> header = new ArrayList<>();
    header.add("rank");
    dimensions.forEach(d -> header.add(d.id()));
    if (bucket != null) {
      header.add(bucket.columnName());
    }
    int labels = header.size();
    header.add("rows");
    header.add(kpi.value());
    List<List<String>> cells = new ArrayList<>();
    int rank = 1;
    for (KpiRow r : ranked) {
      List<String> line = new ArrayList<>();
      line.add(Integer.toString(rank++));
      for (Dimension d : dimensions) {
        line.add(r.key().value(d).orElse("(missing)"));
      }
      r.key().bucketLabel().ifPresent(line::add);
      line.add(Long.toString(r.rows()));
      line.add(r.value(kpi).format());
      cells.add(line);
    }
    return (order == RankOrder.TOP ? "Top " : "Bottom ")
        + limit
        + " by "
        + kpi.value()
        + " ("
        + method
        + ")\n"
        + TextTable.render(header, cells, labels)
        + (excluded.isEmpty()
            ? ""
            : excluded.size() + " group(s) excluded: " + kpi.value() + " undefined\n")
        + (tooSmall.isEmpty()
            ? ""
            : tooSmall.size() + " group(s) of fewer than " + minRows + " rows not ranked\n");
  }
}
