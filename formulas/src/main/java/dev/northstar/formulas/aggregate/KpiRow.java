package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.MetricId;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One group of a {@link KpiTable}: its key, its row count, the value of every KPI, the total of
 * every flow measure and the level of every stock measure of the query, in the query's order.
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
  private final List<MeasureLevel> levels;

  KpiRow(
      GroupKey key,
      long rows,
      List<KpiValue> values,
      List<MeasureTotal> totals,
      List<MeasureLevel> levels) {
    this.key = key;
    this.rows = rows;
    this.values = List.copyOf(values);
    this.totals = List.copyOf(totals);
    this.levels = List.copyOf(levels);
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
   * @throws IllegalArgumentException if the query has no total of that measure, naming the level
   *     when the measure is a stock
   */
  public MeasureTotal total(MetricId measure) {
    Objects.requireNonNull(measure, "measure must not be null");
    for (MeasureTotal t : totals) {
      if (t.measure().equals(measure)) {
        return t;
      }
    }
    String stock =
        levels.stream().anyMatch(l -> l.measure().equals(measure))
            ? " (it is a stock measure, never summed: see level(" + measure + "))"
            : "";
    throw new IllegalArgumentException(
        "the query has no total of '"
            + measure
            + "'"
            + stock
            + "; it has "
            + totals.stream().map(t -> t.measure().value()).toList());
  }

  /**
   * Returns the levels of the stock measures, in the query's order ({@link KpiQuery#levels()}).
   *
   * @return an unmodifiable list, never null
   */
  public List<MeasureLevel> levels() {
    return levels;
  }

  /**
   * Returns the level of one stock measure.
   *
   * @param measure the measure's id, not null
   * @return the level, never null
   * @throws NullPointerException if {@code measure} is null
   * @throws IllegalArgumentException if the query has no level of that measure
   */
  public MeasureLevel level(MetricId measure) {
    Objects.requireNonNull(measure, "measure must not be null");
    for (MeasureLevel l : levels) {
      if (l.measure().equals(measure)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "the query has no level of '"
            + measure
            + "'; it has "
            + levels.stream().map(l -> l.measure().value()).toList());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KpiRow other
        && key.equals(other.key)
        && rows == other.rows
        && values.equals(other.values)
        && totals.equals(other.totals)
        && levels.equals(other.levels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, rows, values, totals, levels);
  }

  /**
   * Returns the key, the row count, the values, the totals and the levels on one line.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return key
        + " "
        + rows
        + " rows: "
        + values
        + (totals.isEmpty() ? "" : " " + totals)
        + (levels.isEmpty() ? "" : " " + levels);
  }
}
