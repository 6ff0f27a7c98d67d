package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.internal.TextTable;
import dev.northstar.formulas.table.Dimension;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Period over period for one KPI of a {@link KpiTable} grouped by a {@link TimeBucket}: for every
 * group, its value against the value of the same dimension values in the earlier period ({@link
 * PeriodOffset#PREVIOUS}: month over month, quarter over quarter...; {@link PeriodOffset#YEAR_AGO}:
 * year over year), with the difference and the relative change ({@link PeriodChange}).
 *
 * <pre>{@code
 * KpiTable monthly = KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.PLATFORM)
 *     .bucket(TimeBucket.MONTH).build().run(table);
 * PeriodComparison mom = PeriodComparison.of(monthly, Kpis.ERR.id(), PeriodOffset.PREVIOUS);
 * mom.changes().get(1).formatRelativeChange();   // "+5.13%"
 * }</pre>
 *
 * <p>The earlier period is the calendar one, not the previous row: a month without rows leaves the
 * next month with no previous value (undefined difference and change), never a comparison with an
 * older month. The first period of each group has no previous value either.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list field holds a List.copyOf copy, which is serializable.
@SuppressWarnings("serial")
public final class PeriodComparison implements Serializable {

  private static final long serialVersionUID = 1L;

  private final MetricId kpi;
  private final PeriodOffset offset;
  private final TimeBucket bucket;
  private final Aggregation method;
  private final List<Dimension> dimensions;
  private final List<PeriodChange> changes;

  private PeriodComparison(
      MetricId kpi,
      PeriodOffset offset,
      TimeBucket bucket,
      Aggregation method,
      List<Dimension> dimensions,
      List<PeriodChange> changes) {
    this.kpi = kpi;
    this.offset = offset;
    this.bucket = bucket;
    this.method = method;
    this.dimensions = List.copyOf(dimensions);
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares every period of a table with an earlier one.
   *
   * @param table the table, grouped by a time bucket, not null
   * @param kpi the id of one of the table's KPIs, not null
   * @param offset which earlier period, not null
   * @return the comparison, one change per group of the table in the table's order, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table is not grouped by a time bucket, or has no such
   *     KPI
   */
  public static PeriodComparison of(KpiTable table, MetricId kpi, PeriodOffset offset) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(offset, "offset must not be null");
    KpiQuery query = table.query();
    TimeBucket bucket =
        query
            .bucket()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a period comparison needs a table grouped by a time bucket, but "
                            + query
                            + " has none; add KpiQuery.Builder.bucket(...)"));
    if (query.kpis().stream().noneMatch(k -> k.id().equals(kpi))) {
      throw new IllegalArgumentException(
          "the table has no KPI '"
              + kpi
              + "'; it has "
              + query.kpis().stream().map(k -> k.id().value()).toList());
    }
    Map<GroupKey, KpiRow> byKey = new HashMap<>();
    for (KpiRow r : table.rows()) {
      byKey.put(r.key(), r);
    }
    List<PeriodChange> changes = new ArrayList<>();
    for (KpiRow r : table.rows()) {
      GroupKey key = r.key();
      LocalDate start = key.bucketStart().orElseThrow();
      GroupKey previousKey =
          offset
              .earlierStart(bucket, start)
              .map(p -> GroupKey.of(key.dimensions(), key.values(), bucket, p))
              .orElse(null);
      KpiRow previous = previousKey == null ? null : byKey.get(previousKey);
      changes.add(
          PeriodChange.of(
              key, previousKey, r.value(kpi), previous == null ? null : previous.value(kpi)));
    }
    return new PeriodComparison(kpi, offset, bucket, query.method(), query.groupBy(), changes);
  }

  /**
   * Returns the KPI compared.
   *
   * @return the KPI's id, never null
   */
  public MetricId kpi() {
    return kpi;
  }

  /**
   * Returns which earlier period each period is compared with.
   *
   * @return the offset, never null
   */
  public PeriodOffset offset() {
    return offset;
  }

  /**
   * Returns the time bucket of the periods.
   *
   * @return the bucket, never null
   */
  public TimeBucket bucket() {
    return bucket;
  }

  /**
   * Returns the aggregation method of the values compared.
   *
   * @return the method, never null
   */
  public Aggregation method() {
    return method;
  }

  /**
   * Returns one change per group, in the table's order (by dimension values, then period).
   *
   * @return an unmodifiable list, never null
   */
  public List<PeriodChange> changes() {
    return changes;
  }

  /**
   * Returns the change of one group and period.
   *
   * @param key the key, not null
   * @return the change, or empty if the table has no such group
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<PeriodChange> change(GroupKey key) {
    Objects.requireNonNull(key, "key must not be null");
    return changes.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PeriodComparison other
        && kpi.equals(other.kpi)
        && offset == other.offset
        && bucket == other.bucket
        && method == other.method
        && dimensions.equals(other.dimensions)
        && changes.equals(other.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kpi, offset, bucket, method, dimensions, changes);
  }

  /**
   * Returns the comparison as aligned text: a title, then per group the dimension values, the
   * period, the value, the previous value, the difference and the relative change.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String> header = new ArrayList<>();
    dimensions.forEach(d -> header.add(d.id()));
    header.add(bucket.columnName());
    int labels = header.size();
    header.add(kpi.value());
    header.add("previous");
    header.add("difference");
    header.add("change");
    List<List<String>> cells = new ArrayList<>();
    for (PeriodChange c : changes) {
      List<String> line = new ArrayList<>();
      for (Dimension d : dimensions) {
        line.add(c.key().value(d).orElse("(missing)"));
      }
      line.add(c.key().bucketLabel().orElse(""));
      line.add(c.current().format());
      line.add(c.previous().map(KpiValue::format).orElse("(no rows)"));
      line.add(c.formatDifference());
      line.add(c.formatRelativeChange());
      cells.add(line);
    }
    return kpi.value()
        + " "
        + bucket.columnName()
        + " against "
        + (offset == PeriodOffset.PREVIOUS ? "the previous " + bucket.columnName() : "a year ago")
        + " ("
        + method
        + ")\n"
        + TextTable.render(header, cells, labels);
  }
}
