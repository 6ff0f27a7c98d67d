package dev.northstar.beam;

import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.util.Objects;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.jspecify.annotations.Nullable;

/**
 * The accumulator of {@link KpiCombineFn}: a {@link PartialAggregate} of the rows folded so far,
 * plus a small columnar buffer of rows not folded yet. Adding a row writes its cells into the
 * buffer (no allocation per row); every {@code foldEvery} rows, and before it is merged, encoded or
 * read, the buffer is aggregated by Northstar's engine and merged into the partial.
 *
 * <p>The accumulator's value is its {@link #partial()}: an encoded accumulator is that partial only
 * (see {@link PartialAggregateCoder}), so its size depends on the number of groups, not of rows.
 *
 * <p>An accumulator is mutable and not thread-safe, as Beam's accumulators are.
 */
public final class KpiAccumulator {

  private static final Counter FOLDS = Metrics.counter(KpiCombineFn.class, "folds");

  private final KpiQuery query;
  private final @Nullable TableSchema schema;
  private final int foldEvery;
  private PartialAggregate partial;
  private @Nullable MetricTableBuilder buffer;

  KpiAccumulator(
      KpiQuery query, @Nullable TableSchema schema, int foldEvery, PartialAggregate partial) {
    this.query = query;
    this.schema = schema;
    this.foldEvery = foldEvery;
    this.partial = partial;
  }

  /** Returns the builder to write the next row into; {@link #endRow()} finishes it. */
  MetricTableBuilder buffer() {
    MetricTableBuilder b = buffer;
    if (b == null) {
      b = MetricTable.builder(Objects.requireNonNull(schema, "an accumulator of tables has no rows"));
      buffer = b;
    }
    return b;
  }

  /** Aggregates a whole table into this accumulator. */
  void addTable(MetricTable table) {
    partial = partial().merge(query.aggregate(table));
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
    partial = partial().merge(other.partial());
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
    return partial;
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
    partial = partial.merge(query.aggregate(rows));
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
        + partial.groupCount()
        + " groups, "
        + bufferedRows()
        + " rows buffered]";
  }
}
