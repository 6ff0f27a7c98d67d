package dev.northstar.spark;

import dev.northstar.formulas.aggregate.AggregateAccumulator;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation buffer of a {@link KpiAggregator}: in memory, Northstar's in-place {@link
 * AggregateAccumulator} and a small columnar buffer of rows not aggregated yet; on the wire (when
 * Spark moves it between tasks), one property, {@link #getState() state}: the partial aggregate's
 * versioned byte form ({@link PartialAggregate#toBytes()}), as large as the groups, not the rows.
 *
 * <p>It is a Java bean only so that {@code Encoders.bean} can encode it; applications do not use
 * it. It is mutable and not thread-safe, as Spark's buffers are.
 */
public final class KpiBuffer {

  private static final byte[] EMPTY = new byte[0];

  private byte @Nullable [] state;
  private @Nullable AggregateAccumulator accumulator;
  private @Nullable MetricTableBuilder rows;
  private @Nullable KpiQuery query;

  /** Creates a buffer of no rows (the bean constructor). */
  public KpiBuffer() {}

  /**
   * Returns the byte form of the rows aggregated so far (what Spark encodes).
   *
   * @return the partial's byte form, or no bytes for a buffer that never saw a row, never null
   */
  public byte[] getState() {
    KpiQuery q = query;
    if (q == null) {
      byte[] s = state;
      return s == null ? EMPTY : s;
    }
    return accumulator(q).toPartial().toBytes();
  }

  /**
   * Replaces the buffer by a byte form that {@link #getState()} gave (what Spark decodes).
   *
   * @param state the bytes, not null
   */
  public void setState(byte[] state) {
    this.state = state.clone();
    this.accumulator = null;
    this.rows = null;
    this.query = null;
  }

  /** Adds one row, aggregating the buffered rows every {@code foldEvery} rows. */
  void add(Row row, KpiQuery query, TableSchema schema, int foldEvery) {
    AggregateAccumulator acc = accumulator(query);
    MetricTableBuilder b = rows;
    if (b == null) {
      b = MetricTable.builder(schema);
      rows = b;
    }
    RowCells.write(row, schema, b);
    b.endRow();
    if (b.rowCount() >= foldEvery) {
      acc.add(b.build());
      rows = null;
    }
  }

  /** Merges another buffer into this one, in place; the other is not changed. */
  void merge(KpiBuffer other, KpiQuery query) {
    accumulator(query).merge(other.accumulator(query));
  }

  /**
   * Returns the accumulator of every row added or merged so far, decoding the state and aggregating
   * the buffered rows first.
   */
  AggregateAccumulator accumulator(KpiQuery query) {
    AggregateAccumulator acc = accumulator;
    if (acc == null) {
      byte[] s = state;
      acc =
          s == null || s.length == 0
              ? AggregateAccumulator.of(query)
              : AggregateAccumulator.from(PartialAggregate.fromBytes(query, s));
      accumulator = acc;
      state = null;
      this.query = query;
    }
    MetricTableBuilder b = rows;
    if (b != null && b.rowCount() > 0) {
      acc.add(b.build());
      rows = null;
    }
    return acc;
  }
}
