package dev.northstar.formulas.table;

import dev.northstar.formulas.internal.ColumnStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link MetricTable} from whole columns given as arrays: a dimension as a dictionary and
 * one code per row, dates as epoch days, a measure as one stored value per row.
 *
 * <p>The arrays are copied, so the caller may reuse them; every value is checked ({@code build()}
 * names the first bad row, column and value). Columns are added in schema order.
 *
 * <p>A builder is mutable and not thread-safe.
 */
public final class ColumnsBuilder {

  /** The largest epoch second accepted: its local day fits an {@code int} in every zone. */
  static final long MAX_SECOND = (Integer.MAX_VALUE - 1L) * 86_400;

  private final int rows;
  private final TableSchema.Builder schema = TableSchema.builder();
  private final List<int[]> codes = new ArrayList<>();
  private final List<String[]> dictionaries = new ArrayList<>();
  private final List<long[]> values = new ArrayList<>();
  private final List<long @Nullable []> missing = new ArrayList<>();
  private int @Nullable [] days;
  private long @Nullable [] seconds;

  ColumnsBuilder(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be zero or more, but was " + rows);
    }
    this.rows = rows;
  }

  /**
   * Adds a dimension column.
   *
   * @param dimension the dimension, not null
   * @param dictionary the distinct values, not null, none blank or repeated
   * @param rowCodes for each row the index of its value in {@code dictionary}, or -1 if missing
   * @return this builder
   * @throws NullPointerException if an argument or a dictionary value is null
   * @throws IllegalArgumentException if the lengths disagree, a value is blank or repeated, or the
   *     dimension is already added
   * @throws InvalidRowException if a code is out of range, naming the row
   */
  public ColumnsBuilder dimension(Dimension dimension, String[] dictionary, int[] rowCodes) {
    Objects.requireNonNull(dimension, "dimension must not be null");
    Objects.requireNonNull(dictionary, "dictionary must not be null");
    Objects.requireNonNull(rowCodes, "codes must not be null");
    checkLength(rowCodes.length, dimension.id());
    Set<String> seen = new HashSet<>();
    for (String v : dictionary) {
      Objects.requireNonNull(v, () -> "dictionary of " + dimension + " must not contain null");
      if (v.isBlank() || !seen.add(v)) {
        throw new IllegalArgumentException(
            "dictionary of "
                + dimension
                + " must hold distinct, non-blank values, but has '"
                + v
                + "'");
      }
    }
    for (int r = 0; r < rows; r++) {
      int c = rowCodes[r];
      if (c < ColumnStore.MISSING_CODE || c >= dictionary.length) {
        throw new InvalidRowException(
            r,
            dimension.id(),
            Integer.toString(c),
            "a code must be -1 (missing) or 0 to " + (dictionary.length - 1));
      }
    }
    schema.dimensions(dimension);
    codes.add(rowCodes.clone());
    dictionaries.add(dictionary.clone());
    return this;
  }

  /**
   * Adds the date column as epoch days ({@link LocalDate#toEpochDay()}).
   *
   * @param epochDays the day of each row, not null
   * @return this builder
   * @throws NullPointerException if {@code epochDays} is null
   * @throws IllegalArgumentException if the length disagrees or dates were already added
   */
  public ColumnsBuilder dates(int[] epochDays) {
    Objects.requireNonNull(epochDays, "epochDays must not be null");
    checkLength(epochDays.length, "date");
    if (days != null) {
      throw new IllegalArgumentException("the date column was already added");
    }
    schema.dated();
    days = epochDays.clone();
    return this;
  }

  /**
   * Adds the timestamp column as epoch seconds ({@link java.time.Instant#getEpochSecond()}): the
   * instant of each row, which a query reads as a local date and hour in the zone it names.
   *
   * @param epochSeconds the instant of each row, not null
   * @return this builder
   * @throws NullPointerException if {@code epochSeconds} is null
   * @throws IllegalArgumentException if the length disagrees or timestamps were already added
   * @throws InvalidRowException if a second lies more than about 5.8 million years from 1970,
   *     naming the row
   */
  public ColumnsBuilder timestamps(long[] epochSeconds) {
    Objects.requireNonNull(epochSeconds, "epochSeconds must not be null");
    checkLength(epochSeconds.length, "timestamp");
    if (seconds != null) {
      throw new IllegalArgumentException("the timestamp column was already added");
    }
    for (int r = 0; r < rows; r++) {
      long s = epochSeconds[r];
      // Days must fit an int epoch day in any zone, as dates do.
      if (s < -MAX_SECOND || s > MAX_SECOND) {
        throw new InvalidRowException(
            r,
            "timestamp",
            Long.toString(s),
            "an epoch second must lie within about 5.8 million years of 1970");
      }
    }
    schema.timestamped();
    seconds = epochSeconds.clone();
    return this;
  }

  /**
   * Adds a measure column with no missing value.
   *
   * @param measure the measure, not null
   * @param stored the stored value of each row (counts, or amounts in units of {@code 10^-scale}),
   *     not null, none negative unless the measure is {@linkplain Measure#isSigned() signed}
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the length disagrees or the measure is already added
   * @throws InvalidRowException if a value is negative and the measure is not signed, naming the
   *     row
   */
  public ColumnsBuilder measure(Measure measure, long[] stored) {
    return measure(measure, stored, new BitSet());
  }

  /**
   * Adds a measure column in which some values are missing.
   *
   * @param measure the measure, not null
   * @param stored the stored value of each row, not null, none negative where present unless the
   *     measure is signed
   * @param missingRows the rows whose value is missing, not null; their stored value is ignored
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the length disagrees, a missing row is out of range, or the
   *     measure is already added
   * @throws InvalidRowException if a present value is negative and the measure is not signed,
   *     naming the row
   */
  public ColumnsBuilder measure(Measure measure, long[] stored, BitSet missingRows) {
    Objects.requireNonNull(measure, "measure must not be null");
    Objects.requireNonNull(stored, "stored must not be null");
    Objects.requireNonNull(missingRows, "missingRows must not be null");
    checkLength(stored.length, measure.id().value());
    if (missingRows.length() > rows) {
      throw new IllegalArgumentException(
          "missing row " + (missingRows.length() - 1) + " of " + measure + " is out of range");
    }
    long[] copy = stored.clone();
    for (int r = 0; r < rows; r++) {
      if (missingRows.get(r)) {
        copy[r] = 0;
      } else if (copy[r] < 0 && !measure.isSigned()) {
        throw new InvalidRowException(
            r, measure.id().value(), Long.toString(copy[r]), "a measure must be zero or more");
      }
    }
    schema.measure(measure);
    values.add(copy);
    missing.add(
        missingRows.isEmpty() ? null : Arrays.copyOf(missingRows.toLongArray(), (rows + 63) >>> 6));
    return this;
  }

  private void checkLength(int length, String column) {
    if (length != rows) {
      throw new IllegalArgumentException(
          "column '" + column + "' must have " + rows + " rows, but has " + length);
    }
  }

  /**
   * Builds the table.
   *
   * @return the table, never null
   * @throws IllegalArgumentException if no measure was added
   */
  public MetricTable build() {
    TableSchema s = schema.build();
    ColumnStore store =
        new ColumnStore(
            s,
            rows,
            codes.toArray(new int[0][]),
            dictionaries.toArray(new String[0][]),
            days == null ? null : days.clone(),
            seconds == null ? null : seconds.clone(),
            values.toArray(new long[0][]),
            missing.toArray(new long[0][]));
    // measure(...) checked every present value of an unsigned column and stored 0 for the missing
    // ones; a signed column's sign is found by the store's scan, on first use.
    for (int m = 0; m < s.measures().size(); m++) {
      if (!s.measures().get(m).isSigned()) {
        store.declareNonNegative(m);
      }
    }
    return new MetricTable(store);
  }
}
