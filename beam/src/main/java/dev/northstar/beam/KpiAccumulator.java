package dev.northstar.beam;

import dev.northstar.formulas.aggregate.AggregateAccumulator;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.util.Objects;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.jspecify.annotations.Nullable;

/**
 * The accumulator of {@link KpiCombineFn} and {@link MetricTableCombineFn}: Northstar's in-place
 * {@link AggregateAccumulator} of the rows folded so far, plus a small columnar buffer of rows not
 * folded yet. Adding a row writes its cells into the buffer (no allocation per row); every {@code
 * foldEvery} rows, and before it is merged, encoded or read, the buffer is aggregated by the engine
 * into the accumulator, which adds to the slots of the groups the rows touch (no partial of all the
 * groups is rebuilt). Merging adds the other accumulator's groups in place too.
 *
 * <p>The accumulator's value is its {@link #partial()}: an encoded accumulator is that partial only
 * (see {@link PartialAggregateCoder}), so its size depends on the number of groups, not of rows.
 *
 * <p>An accumulator is mutable and not thread-safe, as Beam's accumulators are.
 */
public final class KpiAccumulator {

  private static final Counter FOLDS = Metrics.counter(KpiCombineFn.class, "folds");

  private final @Nullable TableSchema schema;
  private final int foldEvery;
  private final AggregateAccumulator accumulator;
  private @Nullable MetricTableBuilder buffer;

  KpiAccumulator(@Nullable TableSchema schema, int foldEvery, AggregateAccumulator accumulator) {
    this.schema = schema;
    this.foldEvery = foldEvery;
    this.accumulator = accumulator;
  }

  /** Returns the builder to write the next row into; {@link #endRow()} finishes it. */
  MetricTableBuilder buffer() {
    MetricTableBuilder b = buffer;
    if (b == null) {
      b =
          MetricTable.builder(
              Objects.requireNonNull(schema, "an accumulator of tables has no rows"));
      buffer = b;
    }
    return b;
  }

  /** Aggregates a whole table into this accumulator. */
  void addTable(MetricTable table) {
    accumulator.add(table);
  }

  /** Finishes the buffered row, folding the buffer when it is full. */
  void endRow() {
    MetricTableBuilder b = buffer();
    b.endRow();
    if (b.rowCount() >= foldEvery) {
      fold();
    }
  }

  /** Merges another accumulator's rows into this one. */
  void mergeFrom(KpiAccumulator other) {
    other.fold();
    fold();
    accumulator.merge(other.accumulator);
  }

  /**
   * Aggregates the buffered rows into the partial, and returns the partial of every row added or
   * merged into this accumulator.
   *
   * @return the partial, never null
   * @throws ArithmeticException if a sum overflows a {@code long}, naming the KPI or measure
   */
  public PartialAggregate partial() {
    fold();
    return accumulator.toPartial();
  }

  /** Returns the result of every row added or merged so far. */
  KpiTable table() {
    fold();
    return accumulator.toTable();
  }

  /**
   * Returns the number of rows added but not yet aggregated.
   *
   * @return the count, zero or more
   */
  public int bufferedRows() {
    MetricTableBuilder b = buffer;
    return b == null ? 0 : b.rowCount();
  }

  private void fold() {
    MetricTableBuilder b = buffer;
    if (b == null || b.rowCount() == 0) {
      return;
    }
    MetricTable rows = b.build();
    buffer = null;
    accumulator.add(rows);
    FOLDS.inc();
  }

  /**
   * Returns a summary such as {@code KpiAccumulator[12 groups, 300 rows buffered]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KpiAccumulator["
        + accumulator.groupCount()
        + " groups, "
        + bufferedRows()
        + " rows buffered]";
  }
}
