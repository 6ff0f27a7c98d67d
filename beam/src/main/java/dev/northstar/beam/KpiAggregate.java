package dev.northstar.beam;

import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.util.Objects;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A composite Beam transform that computes a {@link KpiQuery} over a {@code PCollection} of rows of
 * any type: it groups them by the query's dimensions and time bucket and emits one {@link KpiTable}
 * (per window), equal to what {@code query.run(table)} gives in process for the same rows, for both
 * aggregation methods, with undefined values kept undefined.
 *
 * <pre>{@code
 * PCollection<Post> posts = ...;
 * PCollection<KpiTable> kpis = posts.apply(KpiAggregate.of(query, schema, writer));
 * PCollection<KpiRow> rows = posts.apply(KpiAggregate.of(query, schema, writer).rows());
 * }</pre>
 *
 * <p>Grouping happens inside the accumulator (Northstar's partial aggregate is already grouped), so
 * the transform is a {@code Combine.globally} of {@link KpiCombineFn}: runners pre-combine each
 * bundle's rows, ship one partial per bundle and merge them. {@link #withFanout(int)} adds an
 * intermediate merge level for very large inputs. In the global window, an empty input gives the
 * empty table; in other windows, only windows with rows give a table.
 *
 * <p>This class is immutable and thread-safe if its writer is.
 *
 * @param <T> the type of the elements
 * @serial exclude
 */
// @serial exclude is javadoc's own tag (it keeps the serialized form off the javadoc
// "Serialized Form" page); Error Prone 2.52's InvalidBlockTag does not know it on a class.
@SuppressWarnings("InvalidBlockTag")
public final class KpiAggregate<T> extends PTransform<PCollection<T>, PCollection<KpiTable>> {

  private static final long serialVersionUID = 1L;

  private final Combine.CombineFn<T, KpiAccumulator, KpiTable> fn;
  private final KpiQuery query;
  private final int fanout;

  private KpiAggregate(
      Combine.CombineFn<T, KpiAccumulator, KpiTable> fn, KpiQuery query, int fanout) {
    this.fn = fn;
    this.query = query;
    this.fanout = fanout;
  }

  /**
   * Obtains the transform of a query over rows of a schema.
   *
   * @param <T> the type of the elements
   * @param query the query, not null
   * @param schema the schema of the rows the writer fills, not null
   * @param writer writes one element as a row, not null; serializable
   * @return the transform, without fanout, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the schema lacks a dimension, a measure or the date that
   *     the query needs
   */
  public static <T> KpiAggregate<T> of(KpiQuery query, TableSchema schema, RowWriter<T> writer) {
    return of(KpiCombineFn.of(query, schema, writer));
  }

  /**
   * Obtains the transform of a query over elements that are whole metric tables, such as those of
   * {@link MetricCsvRead}: the result is the table that {@code query.run} gives for all their rows.
   *
   * <pre>{@code
   * p.apply(MetricCsvRead.from("posts-*.csv", ColumnMapping::uciFacebookMetrics))
   *     .apply(KpiAggregate.tables(query))
   *     .apply(KpiTableWrite.json("kpis.json"));
   * }</pre>
   *
   * @param query the query, not null
   * @return the transform, without fanout, never null
   * @throws NullPointerException if {@code query} is null
   */
  public static KpiAggregate<MetricTable> tables(KpiQuery query) {
    MetricTableCombineFn fn = MetricTableCombineFn.of(query);
    return new KpiAggregate<>(fn, fn.query(), 0);
  }

  /**
   * Obtains the transform of a combine function.
   *
   * @param <T> the type of the elements
   * @param fn the function, not null
   * @return the transform, without fanout, never null
   * @throws NullPointerException if {@code fn} is null
   */
  public static <T> KpiAggregate<T> of(KpiCombineFn<T> fn) {
    Objects.requireNonNull(fn, "fn must not be null");
    return new KpiAggregate<>(fn, fn.query(), 0);
  }

  /**
   * Returns a copy that first merges partials under {@code fanout} random intermediate keys, then
   * merges those: it spreads the merge work of a very large input over more workers.
   *
   * @param fanout the number of intermediate keys, 2 to 1024, or 0 for none
   * @return the transform, never null
   * @throws IllegalArgumentException if {@code fanout} is out of range
   */
  public KpiAggregate<T> withFanout(int fanout) {
    if (fanout != 0 && (fanout < 2 || fanout > 1024)) {
      throw new IllegalArgumentException(
          "fanout must be 0 (none) or 2 to 1024 intermediate keys, but was " + fanout);
    }
    return new KpiAggregate<>(fn, query, fanout);
  }

  /**
   * Returns the combine function.
   *
   * @return the function, never null
   */
  public Combine.CombineFn<T, KpiAccumulator, KpiTable> combineFn() {
    return fn;
  }

  /**
   * Returns the fanout.
   *
   * @return 0 for none, or 2 to 1024
   */
  public int fanout() {
    return fanout;
  }

  /**
   * Returns a transform that emits the rows of the result table rather than the table, in key order
   * within each table.
   *
   * @return the transform, never null
   */
  public PTransform<PCollection<T>, PCollection<KpiRow>> rows() {
    return new Rows<>(this);
  }

  /**
   * Applies the transform.
   *
   * @param input the rows, not null
   * @return one table per window, never null
   */
  @Override
  public PCollection<KpiTable> expand(PCollection<T> input) {
    Combine.Globally<T, KpiTable> combine = Combine.globally(fn);
    if (fanout > 0) {
      combine = combine.withFanout(fanout);
    }
    if (!(input.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
      combine = combine.withoutDefaults();
    }
    return input
        .apply("Aggregate " + query, combine)
        .setCoder(SerializableCoder.of(KpiTable.class));
  }

  /**
   * The rows of the result tables.
   *
   * @param <T> the type of the elements
   */
  private static final class Rows<T> extends PTransform<PCollection<T>, PCollection<KpiRow>> {
    private static final long serialVersionUID = 1L;

    private final KpiAggregate<T> tables;

    Rows(KpiAggregate<T> tables) {
      this.tables = tables;
    }

    @Override
    public PCollection<KpiRow> expand(PCollection<T> input) {
      return input
          .apply("Tables", tables)
          .apply("Rows", FlatMapElements.into(TypeDescriptor.of(KpiRow.class)).via(KpiTable::rows))
          .setCoder(SerializableCoder.of(KpiRow.class));
    }
  }
}
