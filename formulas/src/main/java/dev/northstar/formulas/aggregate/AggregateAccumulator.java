package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.internal.MutableStates;
import dev.northstar.formulas.table.MetricTable;
import java.util.Objects;

/**
 * A mutable, in-place accumulator of a {@link KpiQuery}: add tables of rows and other accumulators
 * or partial aggregates to it, then take its {@link #toPartial() partial aggregate} or {@link
 * #toTable() result}. It is the mutable counterpart of {@link PartialAggregate}, for streaming and
 * distributed runtimes (Beam, Spark, Flink) whose combiners fold into one accumulator many times.
 *
 * <pre>{@code
 * AggregateAccumulator acc = AggregateAccumulator.of(query);
 * acc.add(mondayRows).add(tuesdayRows);
 * acc.merge(otherWorkersAccumulator);          // in place, the other is not changed
 * byte[] bytes = acc.toPartial().toBytes();    // the versioned byte form
 * AggregateAccumulator back = AggregateAccumulator.from(PartialAggregate.fromBytes(query, bytes));
 * }</pre>
 *
 * <p>The state is one array of integer slots per group (the layout of {@link PartialAggregate}),
 * groups in order of arrival. Adding or merging changes only the slots of the groups added: while
 * two accumulators hold the same group at the same slot, as accumulators fed from similar rows do,
 * they merge slot by slot without looking the key up; nothing rebuilds the groups already held.
 *
 * <p>Results are exact: sums are {@code long}s and an overflow throws. After an {@link
 * ArithmeticException} the accumulator refuses further use ({@link IllegalStateException}), since
 * its sums would be incomplete.
 *
 * <p>This class is mutable and not thread-safe: use one per thread and merge them.
 */
public final class AggregateAccumulator {

  private final KpiQuery query;
  private final MutableStates states;

  private AggregateAccumulator(KpiQuery query) {
    this.query = query;
    this.states =
        new MutableStates(
            query.kpis().size(),
            query.totals().size(),
            query.levels().size(),
            query.method() == Aggregation.MEAN_OF_RATIOS);
  }

  /**
   * Obtains an empty accumulator of a query.
   *
   * @param query the query, not null
   * @return a new accumulator of no rows, never null
   * @throws NullPointerException if {@code query} is null
   */
  public static AggregateAccumulator of(KpiQuery query) {
    return new AggregateAccumulator(Objects.requireNonNull(query, "query must not be null"));
  }

  /**
   * Obtains an accumulator holding a partial aggregate.
   *
   * @param partial the partial, not null
   * @return a new accumulator of the partial's query and groups, never null
   * @throws NullPointerException if {@code partial} is null
   */
  public static AggregateAccumulator from(PartialAggregate partial) {
    Objects.requireNonNull(partial, "partial must not be null");
    AggregateAccumulator acc = new AggregateAccumulator(partial.query());
    acc.states.add(partial.states());
    return acc;
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
   * Returns the number of groups held.
   *
   * @return the count, zero or more
   */
  public int groupCount() {
    return states.groupCount();
  }

  /**
   * Aggregates a table's rows into this accumulator.
   *
   * @param rows the rows, not null
   * @return this accumulator
   * @throws NullPointerException if {@code rows} is null
   * @throws IllegalArgumentException as {@link KpiQuery#run(MetricTable)}, or if the table's
   *     columns have other units than the rows added before (such as spend in two currencies)
   * @throws ArithmeticException if a sum overflows a {@code long}
   * @throws IllegalStateException if an earlier call overflowed
   */
  public AggregateAccumulator add(MetricTable rows) {
    states.add(query.aggregate(Objects.requireNonNull(rows, "rows must not be null")).states());
    return this;
  }

  /**
   * Adds a partial aggregate of other rows into this accumulator.
   *
   * @param partial the partial, of an equal query, not null
   * @return this accumulator
   * @throws NullPointerException if {@code partial} is null
   * @throws IllegalArgumentException if the queries differ, or the units do
   * @throws ArithmeticException if a sum overflows a {@code long}
   * @throws IllegalStateException if an earlier call overflowed
   */
  public AggregateAccumulator add(PartialAggregate partial) {
    Objects.requireNonNull(partial, "partial must not be null");
    sameQuery(partial.query());
    states.add(partial.states());
    return this;
  }

  /**
   * Merges another accumulator, of other rows, into this one in place.
   *
   * @param other the other accumulator, of an equal query, not null and not this; not changed
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is this accumulator, the queries differ, or
   *     the units do
   * @throws ArithmeticException if a sum overflows a {@code long}
   * @throws IllegalStateException if an earlier call on either overflowed
   */
  public AggregateAccumulator merge(AggregateAccumulator other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other == this) {
      throw new IllegalArgumentException(
          "an accumulator cannot merge itself: its rows would count twice");
    }
    sameQuery(other.query);
    states.add(other.states);
    return this;
  }

  /**
   * Returns the partial aggregate of everything added so far; the accumulator stays usable.
   *
   * @return an immutable snapshot, never null
   * @throws IllegalStateException if an earlier call overflowed
   */
  public PartialAggregate toPartial() {
    return new PartialAggregate(query, states.toStates());
  }

  /**
   * Computes the result of everything added so far.
   *
   * @return the table, never null
   * @throws IllegalStateException if an earlier call overflowed
   */
  public KpiTable toTable() {
    return toPartial().toTable();
  }

  private void sameQuery(KpiQuery other) {
    if (!query.equals(other)) {
      throw new IllegalArgumentException(
          "only accumulators and partials of equal queries merge, but got "
              + query
              + " and "
              + other);
    }
  }

  /**
   * Returns a summary such as {@code AggregateAccumulator[KpiQuery[...], 12 groups]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "AggregateAccumulator[" + query + ", " + groupCount() + " groups]";
  }
}
