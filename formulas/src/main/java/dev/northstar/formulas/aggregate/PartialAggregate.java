package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.internal.GroupedStates;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable state of a {@link KpiQuery} over some rows: for each group, a few integer sums per
 * KPI and per total. Partial aggregates of disjoint sets of rows merge into the partial aggregate
 * of their union, exactly and in any order, so work can be split across threads, processes or
 * machines; {@link #toTable()} then gives the result.
 *
 * <pre>{@code
 * PartialAggregate monday = query.aggregate(mondayRows);
 * PartialAggregate tuesday = query.aggregate(tuesdayRows);
 * KpiTable both = monday.merge(tuesday).toTable();   // equals query.run(allRows)
 * }</pre>
 *
 * <p>The state of a group is {@code 1 + 4 x KPIs + 2 x totals} longs, whatever the number of rows.
 * Groups are keyed by value ({@link GroupKey}), not by any table's dictionary codes.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class PartialAggregate implements Serializable {

  private static final long serialVersionUID = 1L;

  private final KpiQuery query;
  private final GroupedStates states;

  PartialAggregate(KpiQuery query, GroupedStates states) {
    this.query = query;
    this.states = states;
  }

  /**
   * Returns the partial aggregate of no rows, which merges with any partial of the query.
   *
   * @param query the query, not null
   * @return the empty partial, never null
   * @throws NullPointerException if {@code query} is null
   */
  public static PartialAggregate empty(KpiQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    return new PartialAggregate(
        query,
        GroupedStates.empty(
            query.kpis().size(),
            query.totals().size(),
            query.method() == Aggregation.MEAN_OF_RATIOS));
  }

  /**
   * Returns the query.
   *
   * @return the query, never null
   */
  public KpiQuery query() {
    return query;
  }

  /**
   * Returns the number of groups.
   *
   * @return the count, zero or more
   */
  public int groupCount() {
    return states.groups().size();
  }

  /**
   * Merges this partial with another over disjoint rows.
   *
   * @param other the other partial, of an equal query, not null
   * @return the partial of both, never null; neither input changes
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the queries differ, or the tables had columns of different
   *     units (such as spend in two currencies)
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public PartialAggregate merge(PartialAggregate other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!query.equals(other.query)) {
      throw new IllegalArgumentException(
          "only partials of equal queries merge, but got " + query + " and " + other.query);
    }
    return new PartialAggregate(query, states.merge(other.states));
  }

  /**
   * Computes the result table.
   *
   * @return the table, never null
   */
  public KpiTable toTable() {
    return KpiTables.from(query, states);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartialAggregate other
        && query.equals(other.query)
        && states.equals(other.states);
  }

  @Override
  public int hashCode() {
    return 31 * query.hashCode() + states.hashCode();
  }

  /**
   * Returns a summary such as {@code PartialAggregate[KpiQuery[...], 12 groups]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "PartialAggregate[" + query + ", " + groupCount() + " groups]";
  }
}
