package dev.northstar.formulas.table;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.internal.ColumnStore;
import dev.northstar.formulas.internal.TableAccess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A columnar table of metric rows: one row per post, account-day or campaign-day, with
 * dictionary-encoded {@link Dimension dimensions}, an optional date, and {@link Measure measures}
 * stored as primitive {@code long} columns.
 *
 * <p>Build one row by row with {@link #builder(TableSchema)}, from records with {@link
 * #fromRows(Iterable, RowMapping)}, or from arrays with {@link #columns(int)}. Values are exact and
 * never negative, except in a {@linkplain Measure#isSigned() signed} measure; a missing value stays
 * missing (it is not zero) and aggregations report how many rows lacked it.
 *
 * <pre>{@code
 * TableSchema schema = TableSchema.builder().dimensions(Dimension.PLATFORM).dated()
 *     .counts(CoreMetrics.LIKES, CoreMetrics.REACH).build();
 * MetricTable table = MetricTable.builder(schema)
 *     .dimension(Dimension.PLATFORM, "facebook").date(LocalDate.of(2026, 3, 1))
 *     .count(CoreMetrics.LIKES, 150).count(CoreMetrics.REACH, 3_000).endRow()
 *     .build();
 * }</pre>
 *
 * <p>Two tables are equal when they have the same schema and the same rows in the same order. This
 * class is immutable and thread-safe.
 */
public final class MetricTable {

  static {
    TableAccess.register(t -> t.store);
  }

  private static final int SHOWN_ROWS = 10;

  private final ColumnStore store;

  MetricTable(ColumnStore store) {
    this.store = store;
  }

  /**
   * Starts a row-by-row builder.
   *
   * @param schema the columns, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code schema} is null
   */
  public static MetricTableBuilder builder(TableSchema schema) {
    return new MetricTableBuilder(Objects.requireNonNull(schema, "schema must not be null"));
  }

  /**
   * Starts a builder that takes whole columns as arrays.
   *
   * @param rows the number of rows every column has, zero or more
   * @return a new builder, never null
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public static ColumnsBuilder columns(int rows) {
    return new ColumnsBuilder(rows);
  }

  /**
   * Builds a table from objects, one row each, through a mapping.
   *
   * @param rows the objects, not null, no null elements
   * @param mapping how to read each column from an object, not null
   * @param <T> the type of the objects
   * @return the table, never null
   * @throws NullPointerException if an argument or a row is null
   * @throws InvalidRowException if a row has an invalid value, naming the row and column
   */
  public static <T> MetricTable fromRows(Iterable<? extends T> rows, RowMapping<T> mapping) {
    Objects.requireNonNull(rows, "rows must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    MetricTableBuilder b =
        rows instanceof Collection<?> known
            ? new MetricTableBuilder(mapping.schema(), known.size())
            : builder(mapping.schema());
    // Blocks of BLOCK rows are written column by column (see RowMapping.writeBlock).
    @Nullable Object[] block = new Object[BLOCK];
    int n = 0;
    long index = 0;
    for (T row : rows) {
      if (row == null) {
        writeBlock(block, n, mapping, b);
        throw new NullPointerException("row " + index + " must not be null");
      }
      block[n++] = row;
      index++;
      if (n == BLOCK) {
        writeBlock(block, n, mapping, b);
        n = 0;
      }
    }
    writeBlock(block, n, mapping, b);
    return b.build();
  }

  /** The rows of a block that {@link #fromRows} writes column by column: 20 KB of records or so. */
  private static final int BLOCK = 256;

  @SuppressWarnings({"unchecked", "NullAway"}) // the block holds n non-null rows of type T
  private static <T> void writeBlock(
      @Nullable Object[] block, int n, RowMapping<T> mapping, MetricTableBuilder b) {
    if (n == 0) {
      return;
    }
    try {
      mapping.writeBlock(block, n, b);
    } catch (RuntimeException columnFirst) {
      // Column by column, the first error found need not be the first in row order: rerun the
      // block row by row, which throws the error of the first bad row (the table is never built).
      for (int i = 0; i < n; i++) {
        mapping.write((T) block[i], b);
        b.endRow();
      }
      throw columnFirst;
    }
  }

  /**
   * Returns the columns.
   *
   * @return the schema, never null
   */
  public TableSchema schema() {
    return store.schema();
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count, zero or more
   */
  public int rowCount() {
    return store.rows();
  }

  /**
   * Returns a row's value of a dimension.
   *
   * @param dimension the dimension, not null
   * @param row the row index, from 0
   * @return the value, or empty if it is missing
   * @throws IllegalArgumentException if the table has no such dimension
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public Optional<String> dimensionValue(Dimension dimension, int row) {
    int d = dimensionIndex(dimension);
    int code = store.codes(d)[Objects.checkIndex(row, rowCount())];
    return code == ColumnStore.MISSING_CODE
        ? Optional.empty()
        : Optional.of(store.dictionary(d)[code]);
  }

  /**
   * Returns the distinct values of a dimension, in order of first appearance.
   *
   * @param dimension the dimension, not null
   * @return an unmodifiable list, never null
   * @throws IllegalArgumentException if the table has no such dimension
   */
  public List<String> dimensionValues(Dimension dimension) {
    return List.of(store.dictionary(dimensionIndex(dimension)));
  }

  /**
   * Returns a row's date.
   *
   * @param row the row index, from 0
   * @return the date, never null
   * @throws IllegalStateException if the table is undated
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public LocalDate date(int row) {
    int[] days = store.days();
    if (days == null) {
      throw new IllegalStateException("the table has no date column: " + schema());
    }
    return LocalDate.ofEpochDay(days[Objects.checkIndex(row, rowCount())]);
  }

  /**
   * Returns a row's timestamp.
   *
   * @param row the row index, from 0
   * @return the instant, never null
   * @throws IllegalStateException if the table has no timestamp column
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public java.time.Instant timestamp(int row) {
    long[] seconds = store.seconds();
    if (seconds == null) {
      throw new IllegalStateException("the table has no timestamp column: " + schema());
    }
    return java.time.Instant.ofEpochSecond(seconds[Objects.checkIndex(row, rowCount())]);
  }

  /**
   * Returns a row's value of a measure as the exact decimal it stands for (a count as a whole
   * number).
   *
   * @param measure the measure's id, not null
   * @param row the row index, from 0
   * @return the value, or empty if it is missing
   * @throws IllegalArgumentException if the table has no such measure
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public Optional<BigDecimal> value(MetricId measure, int row) {
    int m = measureIndex(measure);
    Objects.checkIndex(row, rowCount());
    if (store.isMissing(m, row)) {
      return Optional.empty();
    }
    return Optional.of(schema().measures().get(m).toDecimal(store.values(m)[row]));
  }

  /**
   * Counts the rows whose value of a measure is missing.
   *
   * @param measure the measure's id, not null
   * @return the count, zero or more
   * @throws IllegalArgumentException if the table has no such measure
   */
  public int missingCount(MetricId measure) {
    long[] bits = store.missing(measureIndex(measure));
    if (bits == null) {
      return 0;
    }
    int n = 0;
    for (long word : bits) {
      n += Long.bitCount(word);
    }
    return n;
  }

  /**
   * Returns the rows {@code from} (inclusive) to {@code to} (exclusive) as a table of their own,
   * with the same schema: a part for partial aggregation.
   *
   * @param from the first row, 0 to {@code to}
   * @param to the end, {@code from} to {@link #rowCount()}
   * @return the part, never null
   * @throws IndexOutOfBoundsException if the range is invalid
   */
  public MetricTable slice(int from, int to) {
    Objects.checkFromToIndex(from, to, rowCount());
    TableSchema schema = schema();
    int dims = schema.dimensions().size();
    int measures = schema.measures().size();
    int[][] codes = new int[dims][];
    String[][] dictionaries = new String[dims][];
    for (int d = 0; d < dims; d++) {
      codes[d] = Arrays.copyOfRange(store.codes(d), from, to);
      dictionaries[d] = store.dictionary(d);
    }
    int[] days = store.days();
    long[] seconds = store.seconds();
    long[][] values = new long[measures][];
    long[] @Nullable [] missing = new long[measures][];
    for (int m = 0; m < measures; m++) {
      values[m] = Arrays.copyOfRange(store.values(m), from, to);
      if (store.missing(m) != null) {
        long[] bits = new long[((to - from) + 63) >>> 6];
        for (int r = from; r < to; r++) {
          if (store.isMissing(m, r)) {
            bits[(r - from) >>> 6] |= 1L << (r - from);
          }
        }
        missing[m] = bits;
      }
    }
    return new MetricTable(
        new ColumnStore(
            schema,
            to - from,
            codes,
            dictionaries,
            days == null ? null : Arrays.copyOfRange(days, from, to),
            seconds == null ? null : Arrays.copyOfRange(seconds, from, to),
            values,
            missing));
  }

  private int dimensionIndex(Dimension dimension) {
    int d = schema().indexOf(dimension);
    if (d < 0) {
      throw new IllegalArgumentException(
          "the table has no dimension '" + dimension + "'; it has " + schema().dimensions());
    }
    return d;
  }

  private int measureIndex(MetricId measure) {
    int m = schema().indexOf(measure);
    if (m < 0) {
      throw new IllegalArgumentException(
          "the table has no measure '" + measure + "'; it has " + schema().measures());
    }
    return m;
  }

  private List<String> rowText(int row) {
    List<String> cells = new ArrayList<>();
    for (Dimension d : schema().dimensions()) {
      cells.add(dimensionValue(d, row).orElse(""));
    }
    if (schema().isDated()) {
      cells.add(date(row).toString());
    }
    if (schema().isTimestamped()) {
      cells.add(timestamp(row).toString());
    }
    for (Measure m : schema().measures()) {
      cells.add(value(m.id(), row).map(BigDecimal::toPlainString).orElse(""));
    }
    return cells;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof MetricTable other)
        || !schema().equals(other.schema())
        || rowCount() != other.rowCount()) {
      return false;
    }
    for (int r = 0; r < rowCount(); r++) {
      if (!rowText(r).equals(other.rowText(r))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = schema().hashCode() * 31 + rowCount();
    for (int r = 0; r < Math.min(rowCount(), 100); r++) {
      h = h * 31 + rowText(r).hashCode();
    }
    return h;
  }

  /**
   * Returns the row count, the columns and the first ten rows as an aligned text table, for JShell.
   * A missing value shows as an empty cell.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String> header = new ArrayList<>();
    schema().dimensions().forEach(d -> header.add(d.id()));
    if (schema().isDated()) {
      header.add("date");
    }
    if (schema().isTimestamped()) {
      header.add("timestamp");
    }
    schema().measures().forEach(m -> header.add(m.toString()));
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < Math.min(rowCount(), SHOWN_ROWS); r++) {
      rows.add(rowText(r));
    }
    String more =
        rowCount() > SHOWN_ROWS ? "... " + (rowCount() - SHOWN_ROWS) + " more rows\n" : "";
    return "MetricTable: "
        + rowCount()
        + " rows\n"
        + dev.northstar.formulas.internal.TextTable.render(
            header, rows, header.size() - schema().measures().size())
        + more;
  }
}
