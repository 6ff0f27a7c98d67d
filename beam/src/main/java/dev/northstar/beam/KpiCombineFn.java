package dev.northstar.beam;

import dev.northstar.formulas.aggregate.AggregateAccumulator;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A Beam {@code CombineFn} that computes a {@link KpiQuery} over elements of any type: each element
 * is written as one row of a metric table by a {@link RowWriter}, the rows are aggregated by
 * Northstar's engine into a {@link PartialAggregate} (grouped by the query's dimensions and time
 * bucket inside the accumulator), partials are merged exactly, and the output is the same {@link
 * KpiTable} that {@code query.run(table)} gives for the same rows.
 *
 * <pre>{@code
 * KpiCombineFn<Post> fn = KpiCombineFn.of(query, schema, writer);
 * PCollection<KpiTable> table = posts.apply(Combine.globally(fn));
 * }</pre>
 *
 * <p>{@link KpiAggregate} applies it for a whole {@code PCollection}; use the function directly
 * with {@code Combine.perKey} to compute one table per key of your own.
 *
 * <p>The accumulator coder is {@link PartialAggregateCoder}: deterministic, and as large as the
 * groups, not the rows. The function reports two Beam counters in the namespace {@code
 * dev.northstar.beam.KpiCombineFn}: {@code folds} (buffers aggregated by the engine) and {@code
 * merges} (accumulators merged).
 *
 * <p>This class is immutable and thread-safe if its writer is.
 *
 * @param <T> the type of the elements
 * @serial exclude
 */
// @serial exclude is javadoc's own tag (it keeps the serialized form off the javadoc
// "Serialized Form" page); Error Prone 2.52's InvalidBlockTag does not know it on a class.
@SuppressWarnings("InvalidBlockTag")
public final class KpiCombineFn<T> extends Combine.CombineFn<T, KpiAccumulator, KpiTable> {

  private static final long serialVersionUID = 1L;

  /**
   * The default number of rows buffered before they are aggregated: 65,536. Each fold costs about
   * as much per group it touches as per row, so folds must hold many rows per group; a buffer only
   * grows with the rows an accumulator gets (about 40 bytes a row with four measures, 2.6 MB when
   * full).
   */
  public static final int DEFAULT_FOLD_EVERY = 65_536;

  /** The largest number of rows buffered before they are aggregated. */
  public static final int MAX_FOLD_EVERY = 1 << 20;

  private static final Counter MERGES = Metrics.counter(KpiCombineFn.class, "merges");

  private final KpiQuery query;
  private final TableSchema schema;
  private final RowWriter<T> writer;
  private final int foldEvery;

  private KpiCombineFn(KpiQuery query, TableSchema schema, RowWriter<T> writer, int foldEvery) {
    this.query = query;
    this.schema = schema;
    this.writer = writer;
    this.foldEvery = foldEvery;
  }

  /**
   * Obtains the function of a query over rows of a schema.
   *
   * @param <T> the type of the elements
   * @param query the query, not null
   * @param schema the schema of the rows the writer fills, not null
   * @param writer writes one element as a row, not null; serializable
   * @return the function, folding every {@link #DEFAULT_FOLD_EVERY} rows, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the schema lacks a dimension, a measure or the date that
   *     the query needs (checked now, while the pipeline is built)
   */
  public static <T> KpiCombineFn<T> of(KpiQuery query, TableSchema schema, RowWriter<T> writer) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    Objects.requireNonNull(writer, "writer must not be null");
    query.aggregate(MetricTable.builder(schema).build());
    return new KpiCombineFn<>(query, schema, writer, DEFAULT_FOLD_EVERY);
  }

  /**
   * Returns a copy that aggregates its buffered rows every {@code rows} rows. Fewer rows use less
   * memory per accumulator; more rows amortise the engine's per-call cost over more rows.
   *
   * @param rows the number of rows, 1 to {@link #MAX_FOLD_EVERY}
   * @return the function, never null
   * @throws IllegalArgumentException if {@code rows} is out of range
   */
  public KpiCombineFn<T> withFoldEvery(int rows) {
    if (rows < 1 || rows > MAX_FOLD_EVERY) {
      throw new IllegalArgumentException(
          "foldEvery must be 1 to " + MAX_FOLD_EVERY + " rows, but was " + rows);
    }
    return new KpiCombineFn<>(query, schema, writer, rows);
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
   * Returns the schema of the rows.
   *
   * @return the schema, never null
   */
  public TableSchema schema() {
    return schema;
  }

  /**
   * Returns the number of rows buffered before they are aggregated.
   *
   * @return the count, 1 to {@link #MAX_FOLD_EVERY}
   */
  public int foldEvery() {
    return foldEvery;
  }

  /**
   * Creates an accumulator of no rows.
   *
   * @return the accumulator, never null
   */
  @Override
  public KpiAccumulator createAccumulator() {
    return new KpiAccumulator(schema, foldEvery, AggregateAccumulator.of(query));
  }

  /**
   * Writes an element into the accumulator's buffer.
   *
   * @param accumulator the accumulator, not null
   * @param input the element, not null
   * @return {@code accumulator}
   * @throws dev.northstar.formulas.table.InvalidRowException if the writer's values are refused
   */
  @Override
  public KpiAccumulator addInput(KpiAccumulator accumulator, T input) {
    writer.write(input, accumulator.buffer());
    accumulator.endRow();
    return accumulator;
  }

  /**
   * Merges accumulators into the first one.
   *
   * @param accumulators the accumulators, not null, at least one
   * @return the merged accumulator, never null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  @Override
  public KpiAccumulator mergeAccumulators(Iterable<KpiAccumulator> accumulators) {
    return mergeInto(accumulators, this::createAccumulator);
  }

  /** Merges accumulators into the first one, or creates one if there are none. */
  static KpiAccumulator mergeInto(
      Iterable<KpiAccumulator> accumulators,
      java.util.function.Supplier<KpiAccumulator> createAccumulator) {
    KpiAccumulator into = null;
    for (KpiAccumulator a : accumulators) {
      if (into == null) {
        into = a;
      } else {
        into.mergeFrom(a);
        MERGES.inc();
      }
    }
    return into == null ? createAccumulator.get() : into;
  }

  /**
   * Aggregates the accumulator's buffered rows, so that only its partial remains.
   *
   * @param accumulator the accumulator, not null
   * @return {@code accumulator}
   */
  @Override
  public KpiAccumulator compact(KpiAccumulator accumulator) {
    accumulator.partial();
    return accumulator;
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
  public Coder<KpiAccumulator> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
    return new AccumulatorCoder(query, schema, foldEvery);
  }

  /**
   * Returns the output coder: Java serialization of the (serializable) result table.
   *
   * @param registry the registry, not used
   * @param inputCoder the elements' coder, not used
   * @return the coder, never null
   */
  @Override
  public Coder<KpiTable> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder) {
    return SerializableCoder.of(KpiTable.class);
  }

  /**
   * Returns a summary such as {@code KpiCombineFn[KpiQuery[...], fold every 65536 rows]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KpiCombineFn[" + query + ", fold every " + foldEvery + " rows]";
  }
}
