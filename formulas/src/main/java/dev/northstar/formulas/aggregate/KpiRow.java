package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.MetricId;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One group of a {@link KpiTable}: its key, its row count, the value of every KPI and the total of
 * every measure of the query, in the query's order.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list fields hold List.copyOf or unmodifiable ArrayList copies, which are serializable.
@SuppressWarnings("serial")
public final class KpiRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final GroupKey key;
  private final long rows;
  private final List<KpiValue> values;
  private final List<MeasureTotal> totals;

  KpiRow(GroupKey key, long rows, List<KpiValue> values, List<MeasureTotal> totals) {
    this.key = key;
    this.rows = rows;
    this.values = List.copyOf(values);
    this.totals = List.copyOf(totals);
  }

  /**
   * Returns the group's key.
   *
   * @return the key, never null
   */
  public GroupKey key() {
    return key;
  }

  /**
   * Returns the number of table rows in the group.
   *
   * @return the count, one or more
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the KPI values, in the query's order.
   *
   * @return an unmodifiable list, never null
   */
  public List<KpiValue> values() {
    return values;
  }

  /**
   * Returns the value of one KPI.
   *
   * @param kpi the KPI's id, not null
   * @return the value, never null
   * @throws IllegalArgumentException if the query has no such KPI
   */
  public KpiValue value(MetricId kpi) {
    Objects.requireNonNull(kpi, "kpi must not be null");
    for (KpiValue v : values) {
      if (v.kpi().id().equals(kpi)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "the query has no KPI '"
            + kpi
            + "'; it has "
            + values.stream().map(v -> v.kpi().id().value()).toList());
  }

  /**
   * Returns the measure totals, in the query's order.
   *
   * @return an unmodifiable list, never null
   */
  public List<MeasureTotal> totals() {
    return totals;
  }

  /**
   * Returns the total of one measure.
   *
   * @param measure the measure's id, not null
   * @return the total, never null
   * @throws IllegalArgumentException if the query has no total of that measure
   */
  public MeasureTotal total(MetricId measure) {
    Objects.requireNonNull(measure, "measure must not be null");
    for (MeasureTotal t : totals) {
      if (t.measure().equals(measure)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "the query has no total of '"
            + measure
            + "'; it has "
            + totals.stream().map(t -> t.measure().value()).toList());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KpiRow other
        && key.equals(other.key)
        && rows == other.rows
        && values.equals(other.values)
        && totals.equals(other.totals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, rows, values, totals);
  }

  /**
   * Returns the key, the row count, the values and the totals on one line.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return key + " " + rows + " rows: " + values + (totals.isEmpty() ? "" : " " + totals);
  }
}
