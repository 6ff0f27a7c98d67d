package dev.northstar.beam;

import dev.northstar.formulas.aggregate.AggregateAccumulator;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.table.MetricTable;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A Beam {@code CombineFn} that computes a {@link KpiQuery} over elements that are whole metric
 * tables (such as the slices that {@link MetricCsvRead} emits): each table is aggregated by the
 * engine at once and merged into the accumulator's partial; the output is the {@link KpiTable} that
 * {@code query.run(table)} gives for all the rows together.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
@SuppressWarnings("InvalidBlockTag")
public final class MetricTableCombineFn
    extends Combine.CombineFn<MetricTable, KpiAccumulator, KpiTable> {

  private static final long serialVersionUID = 1L;

  private final KpiQuery query;

  private MetricTableCombineFn(KpiQuery query) {
    this.query = query;
  }

  /**
   * Obtains the function of a query.
   *
   * @param query the query, not null
   * @return the function, never null
   * @throws NullPointerException if {@code query} is null
   */
  public static MetricTableCombineFn of(KpiQuery query) {
    return new MetricTableCombineFn(Objects.requireNonNull(query, "query must not be null"));
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
   * Creates an accumulator of no rows.
   *
   * @return the accumulator, never null
   */
  @Override
  public KpiAccumulator createAccumulator() {
    return new KpiAccumulator(null, 1, AggregateAccumulator.of(query));
  }

  /**
   * Aggregates a table into the accumulator.
   *
   * @param accumulator the accumulator, not null
   * @param input the table, not null
   * @return {@code accumulator}
   * @throws IllegalArgumentException if the table lacks a column the query needs
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  @Override
  public KpiAccumulator addInput(KpiAccumulator accumulator, MetricTable input) {
    accumulator.addTable(input);
    return accumulator;
  }

  /**
   * Merges accumulators into the first one.
   *
   * @param accumulators the accumulators, not null
   * @return the merged accumulator, never null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  @Override
  public KpiAccumulator mergeAccumulators(Iterable<KpiAccumulator> accumulators) {
    return KpiCombineFn.mergeInto(accumulators, this::createAccumulator);
  }

  /**
   * Computes the result.
   *
   * @param accumulator the accumulator, not null
   * @return the table, equal to the in-process engine's for the same rows, never null
   */
  @Override
  public KpiTable extractOutput(KpiAccumulator accumulator) {
    return accumulator.table();
  }

  /**
   * Returns the accumulator coder: the accumulator's partial, encoded by {@link
   * PartialAggregateCoder}.
   *
   * @param registry the registry, not used
   * @param inputCoder the elements' coder, not used
   * @return the coder, deterministic, never null
   */
  @Override
  public Coder<KpiAccumulator> getAccumulatorCoder(
      CoderRegistry registry, Coder<MetricTable> inputCoder) {
    return new AccumulatorCoder(query, null, 1);
  }

  /**
   * Returns the output coder: Java serialization of the (serializable) result table.
   *
   * @param registry the registry, not used
   * @param inputCoder the elements' coder, not used
   * @return the coder, never null
   */
  @Override
  public Coder<KpiTable> getDefaultOutputCoder(
      CoderRegistry registry, Coder<MetricTable> inputCoder) {
    return SerializableCoder.of(KpiTable.class);
  }

  /**
   * Returns a summary such as {@code MetricTableCombineFn[KpiQuery[...]]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "MetricTableCombineFn[" + query + "]";
  }
}
