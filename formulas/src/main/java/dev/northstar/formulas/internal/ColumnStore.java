package dev.northstar.formulas.internal;

import dev.northstar.formulas.table.TableSchema;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jspecify.annotations.Nullable;

/**
 * The primitive columns behind a metric table. Arrays are owned by the store and never written
 * after construction, so the store is safe to share between threads.
 *
 * <p>Dimension values are dictionary codes {@code 0..n-1}; {@link #MISSING_CODE} marks a missing
 * value. Dates are epoch days. A measure's missing values are a bit set ({@code null} when none is
 * missing), and a missing value is stored as 0 so that sums over present rows need no branch.
 */
public final class ColumnStore {

  /** The dictionary code of a missing dimension value. */
  public static final int MISSING_CODE = -1;

  private final TableSchema schema;
  private final int rows;
  private final int[][] codes;
  private final String[][] dictionaries;
  private final int @Nullable [] days;
  private final long @Nullable [] seconds;
  private final long[][] values;
  private final long[] @Nullable [] missing;

  /**
   * The first and last epoch day ({@code first << 32 | last & 0xFFFFFFFF}), computed on first use
   * so that every query on the table does not scan the dates again; {@link #NO_RANGE} until then. A
   * racy recomputation gives the same value.
   */
  private volatile long dayRange = NO_RANGE;

  private static final long NO_RANGE = Long.MIN_VALUE;

  /**
   * Per measure, its largest stored value, computed on first use ({@link #NOT_COMPUTED} until
   * then), so that the engine can prove that a sum cannot overflow; a racy recomputation gives the
   * same value.
   */
  private final AtomicLongArray largest;

  private static final long NOT_COMPUTED = -1;

  /**
   * Per measure, whether every stored value is zero or more: {@link #UNKNOWN} until a builder
   * declares it ({@link #declareNonNegative(int)}) or a scan finds it, then {@link #YES} or {@link
   * #NO}. The overflow proofs and the sign checks of the fused loops need it.
   */
  private final AtomicIntegerArray nonNegative;

  private static final int UNKNOWN = 0;
  private static final int YES = 1;
  private static final int NO = 2;

  /**
   * Wraps finished columns; the arrays are taken over, not copied.
   *
   * @param schema the schema
   * @param rows the row count
   * @param codes per dimension, the code of each row
   * @param dictionaries per dimension, the value of each code
   * @param days the epoch day of each row, or null if undated
   * @param values per measure, the stored value of each row
   * @param missing per measure, the bit set of missing rows or null
   */
  public ColumnStore(
      TableSchema schema,
      int rows,
      int[][] codes,
      String[][] dictionaries,
      int @Nullable [] days,
      long[][] values,
      long[] @Nullable [] missing) {
    this(schema, rows, codes, dictionaries, days, null, values, missing);
  }

  /**
   * Wraps finished columns, timestamps included; the arrays are taken over, not copied.
   *
   * @param schema the schema
   * @param rows the row count
   * @param codes per dimension, the code of each row
   * @param dictionaries per dimension, the value of each code
   * @param days the epoch day of each row, or null if undated
   * @param seconds the epoch second of each row, or null if not timestamped
   * @param values per measure, the stored value of each row
   * @param missing per measure, the bit set of missing rows or null
   */
  public ColumnStore(
      TableSchema schema,
      int rows,
      int[][] codes,
      String[][] dictionaries,
      int @Nullable [] days,
      long @Nullable [] seconds,
      long[][] values,
      long[] @Nullable [] missing) {
    this.schema = schema;
    this.rows = rows;
    this.codes = codes;
    this.dictionaries = dictionaries;
    this.days = days;
    this.seconds = seconds;
    this.values = values;
    this.missing = missing;
    this.largest = new AtomicLongArray(values.length);
    for (int m = 0; m < values.length; m++) {
      largest.set(m, NOT_COMPUTED);
    }
    this.nonNegative = new AtomicIntegerArray(values.length);
  }

  /**
   * Declares that no stored value of a measure is negative, as the table builders check value by
   * value for a measure that is not {@linkplain dev.northstar.formulas.table.Measure#isSigned()
   * signed}, so that {@link #isNonNegative(int)} need not scan its column; call it before the store
   * is shared. A signed measure is not declared: its sign is found by the scan.
   *
   * @param measure the measure index
   * @throws IndexOutOfBoundsException if {@code measure} is out of range
   */
  public void declareNonNegative(int measure) {
    nonNegative.set(Objects.checkIndex(measure, values.length), YES);
  }

  /**
   * Tells whether every stored value of a measure is zero or more: declared by the builder, or else
   * found by one scan of the column, once per table.
   *
   * @param measure the measure index
   * @return true if no value is negative
   */
  public boolean isNonNegative(int measure) {
    int known = nonNegative.get(measure);
    if (known == UNKNOWN) {
      known = YES;
      for (long v : values[measure]) {
        if (v < 0) {
          known = NO;
          break;
        }
      }
      nonNegative.set(measure, known);
    }
    return known == YES;
  }

  /**
   * Records the date range and the largest values that a builder tracked as it wrote the columns,
   * so that the first query need not scan them; call it before the store is shared.
   *
   * @param firstDay the first epoch day of the dates ({@code 0} if undated or empty)
   * @param lastDay the last epoch day of the dates ({@code 0} if undated or empty)
   * @param largestValues per measure, its largest stored value (missing values stored as 0)
   * @throws IllegalArgumentException if the range is reversed or there is not one value per measure
   */
  public void knownBounds(int firstDay, int lastDay, long[] largestValues) {
    if (firstDay > lastDay || largestValues.length != values.length) {
      throw new IllegalArgumentException(
          "bounds: days "
              + firstDay
              + " to "
              + lastDay
              + ", "
              + largestValues.length
              + " largest values for "
              + values.length
              + " measures");
    }
    dayRange = ((long) firstDay << 32) | (lastDay & 0xFFFFFFFFL);
    for (int m = 0; m < largestValues.length; m++) {
      largest.set(m, largestValues[m]);
    }
  }

  /**
   * Returns the timestamps as epoch seconds.
   *
   * @return the seconds, or null if the table has no timestamp column
   */
  public long @Nullable [] seconds() {
    return seconds;
  }

  /**
   * Returns the schema.
   *
   * @return the schema
   */
  public TableSchema schema() {
    return schema;
  }

  /**
   * Returns the row count.
   *
   * @return the number of rows
   */
  public int rows() {
    return rows;
  }

  /**
   * Returns a dimension's codes.
   *
   * @param dimension the dimension index
   * @return the codes, one per row
   */
  public int[] codes(int dimension) {
    return codes[dimension];
  }

  /**
   * Returns a dimension's dictionary.
   *
   * @param dimension the dimension index
   * @return the values, indexed by code
   */
  public String[] dictionary(int dimension) {
    return dictionaries[dimension];
  }

  /**
   * Returns the dates as epoch days.
   *
   * @return the days, or null if the table is undated
   */
  public int @Nullable [] days() {
    return days;
  }

  /**
   * Returns the first and last epoch day of the dates, computed once per table.
   *
   * @return {@code {first, last}}, or {@code {0, 0}} if the table is undated or empty
   */
  public int[] dayRange() {
    long range = dayRange;
    if (range == NO_RANGE) {
      int lo = 0;
      int hi = 0;
      int[] d = days;
      if (d != null && d.length > 0) {
        lo = Integer.MAX_VALUE;
        hi = Integer.MIN_VALUE;
        for (int day : d) {
          lo = Math.min(lo, day);
          hi = Math.max(hi, day);
        }
      }
      range = ((long) lo << 32) | (hi & 0xFFFFFFFFL);
      dayRange = range;
    }
    return new int[] {(int) (range >> 32), (int) range};
  }

  /**
   * Returns a measure's stored values.
   *
   * @param measure the measure index
   * @return the values, one per row, 0 where missing
   */
  public long[] values(int measure) {
    return values[measure];
  }

  /**
   * Returns the largest stored value of a measure, computed once per table; missing values count as
   * their stored 0.
   *
   * @param measure the measure index
   * @return the largest value, 0 or more (0 for an empty table)
   */
  public long largestValue(int measure) {
    long value = largest.get(measure);
    if (value == NOT_COMPUTED) {
      value = 0;
      for (long v : values[measure]) {
        value = Math.max(value, v);
      }
      largest.set(measure, value);
    }
    return value;
  }

  /**
   * Returns a measure's missing rows.
   *
   * @param measure the measure index
   * @return a bit set over the rows, or null if no value is missing
   */
  public long @Nullable [] missing(int measure) {
    return missing[measure];
  }

  /**
   * Tells whether a measure's value is missing in a row.
   *
   * @param measure the measure index
   * @param row the row
   * @return true if missing
   */
  public boolean isMissing(int measure, int row) {
    long[] bits = missing[measure];
    return bits != null && (bits[row >>> 6] & (1L << row)) != 0;
  }
}
