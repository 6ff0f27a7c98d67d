package dev.northstar.formulas.table;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.internal.ColumnStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link MetricTable} row by row: set the row's cells, then {@link #endRow()}.
 *
 * <p>A measure not set in a row is missing in it (not zero); a dimension not set is missing too.
 * Every value is checked when set, and the error names the row, the column and the value. Cells can
 * be addressed by column (a {@link Dimension} or measure id) or, in a hot loop, by index in the
 * schema. Nothing is allocated per row but dictionary entries for new dimension values.
 *
 * <p>A builder is mutable and not thread-safe; it cannot be used after {@link #build()}.
 */
public final class MetricTableBuilder {

  private static final int INITIAL_CAPACITY = 1024;

  private static final int[] EMPTY_INTS = new int[0];

  private static final long[] EMPTY_LONGS = new long[0];

  private final TableSchema schema;
  private final int dims;
  private final int measures;

  /** Per measure, whether it is signed: only a signed column may take a negative value. */
  private final boolean[] signed;

  private final List<Map<String, Integer>> codeOf;
  private final String[][] dictionaries;
  private final int[] dictionarySizes;
  private int[][] codes;
  private int @Nullable [] days;
  private long @Nullable [] seconds;
  private long[][] values;
  private final long[][] missing;
  private final boolean[] hasMissing;
  private int rows;
  private int capacity;
  private boolean built;

  // The current row's cells are written straight into the columns at index `rows` (a setter
  // grows the columns first when they are full); these flags say which cells were set, so that
  // endRow marks the others missing.
  private final boolean[] rowDimensionSet;
  private final boolean[] rowSet;
  private boolean rowDated;
  private long rowSecond;
  private boolean rowTimestamped;

  // Per dimension, a small open-addressed cache of value instances and their codes, indexed by
  // the value's hash: rows repeat a few instances (a reader's interned strings, an application's
  // constants), and an identity check beside the cached hash is cheaper than the dictionary's
  // look-up, equals and unboxing. An equal value of another instance is found in the dictionary.
  private static final int VALUE_SLOTS = 64;
  private static final int VALUE_PROBES = 4;
  private final @Nullable String[][] cachedValue;
  private final int[][] cachedCode;

  // Epoch days by month and day of month, valid for the year beside them: a table's dates span
  // few years, and LocalDate.toEpochDay's branches mispredict on rows in random order.
  private static final int DATE_SLOTS = 13 * 32;
  private final int[] cachedYear;
  private final int[] cachedEpochDay;

  // What the finished rows hold, tracked as they are written so that the table's first query
  // need not scan every column for its date range and the largest values (ColumnStore).
  private int firstDay = Integer.MAX_VALUE;
  private int lastDay = Integer.MIN_VALUE;
  private final long[] largest;

  MetricTableBuilder(TableSchema schema) {
    this(schema, INITIAL_CAPACITY);
  }

  /**
   * Creates a builder sized for {@code expectedRows} rows, so that a table of a known number of
   * rows is built without growing its columns (it still grows past them).
   */
  MetricTableBuilder(TableSchema schema, int expectedRows) {
    this.schema = schema;
    this.dims = schema.dimensions().size();
    this.measures = schema.measures().size();
    this.signed = new boolean[measures];
    for (int m = 0; m < measures; m++) {
      signed[m] = schema.measures().get(m).isSigned();
    }
    this.capacity = Math.max(16, Math.min(expectedRows, Integer.MAX_VALUE - 8));
    this.codeOf = new java.util.ArrayList<>();
    this.dictionaries = new String[dims][];
    this.dictionarySizes = new int[dims];
    this.codes = new int[dims][capacity];
    for (int d = 0; d < dims; d++) {
      codeOf.add(new HashMap<>());
      dictionaries[d] = new String[16];
    }
    this.days = schema.isDated() ? new int[capacity] : null;
    this.seconds = schema.isTimestamped() ? new long[capacity] : null;
    this.values = new long[measures][capacity];
    this.missing = new long[measures][(capacity + 63) >>> 6];
    this.hasMissing = new boolean[measures];
    this.rowDimensionSet = new boolean[dims];
    this.rowSet = new boolean[measures];
    this.cachedValue = new String[dims][VALUE_SLOTS];
    this.cachedCode = new int[dims][VALUE_SLOTS];
    this.cachedYear = new int[DATE_SLOTS];
    Arrays.fill(cachedYear, Integer.MIN_VALUE); // no year is MIN_VALUE: every slot starts empty
    this.cachedEpochDay = new int[DATE_SLOTS];
    this.largest = new long[measures];
  }

  /**
   * Returns the schema the table gets.
   *
   * @return the schema, never null
   */
  public TableSchema schema() {
    return schema;
  }

  /**
   * Returns the number of finished rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return rows;
  }

  /**
   * Sets the current row's value of a dimension.
   *
   * @param dimension the dimension, not null
   * @param value the value, not null, not blank (use {@link #missingDimension(int)} for a missing
   *     one); surrounding white space is kept
   * @return this builder
   * @throws IllegalArgumentException if the schema has no such dimension
   * @throws InvalidRowException if the value is blank
   */
  public MetricTableBuilder dimension(Dimension dimension, String value) {
    return dimension(dimensionIndex(dimension), value);
  }

  /**
   * Sets the current row's value of the dimension at an index of the schema.
   *
   * @param index the dimension's index in the schema
   * @param value the value, not null, not blank
   * @return this builder
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   * @throws InvalidRowException if the value is null or blank
   */
  public MetricTableBuilder dimension(int index, @Nullable String value) {
    checkOpen();
    Objects.checkIndex(index, dims);
    ensureRoom();
    // codeOf refuses null with the row's error; a value goes through the cache.
    codes[index][rows] = value == null ? codeOf(index, null, rows) : code(index, value, rows);
    rowDimensionSet[index] = true;
    return this;
  }

  /**
   * The dictionary code of a dimension value, through the cache of instances: the value's slot and
   * the next {@link #VALUE_PROBES} - 1, so that a few values whose hashes share a slot do not evict
   * each other on every row.
   */
  @SuppressWarnings("ReferenceEquality") // identity on purpose: equals would cost the hash look-up
  private int code(int index, String value, int row) {
    @Nullable String[] values = cachedValue[index];
    int h = value.hashCode();
    int home = (h ^ (h >>> 16)) & (VALUE_SLOTS - 1);
    for (int p = 0; p < VALUE_PROBES; p++) {
      int slot = (home + p) & (VALUE_SLOTS - 1);
      if (values[slot] == value) {
        return cachedCode[index][slot];
      }
    }
    int code = codeOf(index, value, row);
    int slot = home;
    for (int p = 0; p < VALUE_PROBES; p++) {
      if (values[(home + p) & (VALUE_SLOTS - 1)] == null) {
        slot = (home + p) & (VALUE_SLOTS - 1);
        break;
      }
    }
    values[slot] = value;
    cachedCode[index][slot] = code;
    return code;
  }

  /** The dictionary code of a value, added if new; only new values need validating. */
  private int codeOf(int index, @Nullable String value, int row) {
    Integer known = value == null ? null : codeOf.get(index).get(value);
    if (known != null) {
      return known;
    }
    if (value == null || value.isBlank()) {
      throw new InvalidRowException(
          row,
          schema.dimensions().get(index).id(),
          value,
          "a dimension value must not be blank; leave it unset if missing");
    }
    int code = dictionarySizes[index];
    if (code == dictionaries[index].length) {
      dictionaries[index] = Arrays.copyOf(dictionaries[index], code * 2);
    }
    dictionaries[index][code] = value;
    dictionarySizes[index]++;
    codeOf.get(index).put(value, code);
    return code;
  }

  /**
   * Marks the current row's value of a dimension as missing (the default).
   *
   * @param index the dimension's index in the schema
   * @return this builder
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public MetricTableBuilder missingDimension(int index) {
    checkOpen();
    rowDimensionSet[Objects.checkIndex(index, dims)] = false;
    return this;
  }

  /**
   * Sets the current row's date.
   *
   * @param date the date, not null
   * @return this builder
   * @throws IllegalStateException if the schema is undated
   * @throws InvalidRowException if {@code date} is null
   */
  public MetricTableBuilder date(@Nullable LocalDate date) {
    checkOpen();
    if (days == null) {
      throw new IllegalStateException("the schema has no date column: " + schema);
    }
    if (date == null) {
      throw new InvalidRowException(rows, "date", null, "a dated table needs a date in every row");
    }
    int epochDay = epochDay(date, rows);
    ensureRoom();
    days[rows] = epochDay;
    rowDated = true;
    return this;
  }

  /**
   * Sets the current row's timestamp.
   *
   * @param instant the instant, not null
   * @return this builder
   * @throws IllegalStateException if the schema has no timestamp column
   * @throws InvalidRowException if {@code instant} is null or more than about 5.8 million years
   *     from 1970
   */
  public MetricTableBuilder timestamp(java.time.@Nullable Instant instant) {
    checkOpen();
    if (seconds == null) {
      throw new IllegalStateException("the schema has no timestamp column: " + schema);
    }
    if (instant == null) {
      throw new InvalidRowException(
          rows, "timestamp", null, "a timestamped table needs a timestamp in every row");
    }
    long s = instant.getEpochSecond();
    if (Math.abs(s) > ColumnsBuilder.MAX_SECOND) {
      throw new InvalidRowException(
          rows,
          "timestamp",
          instant.toString(),
          "a timestamp must lie within about 5.8 million years of 1970");
    }
    rowSecond = s;
    rowTimestamped = true;
    return this;
  }

  /**
   * Sets the current row's value of a count measure.
   *
   * @param measure the measure's id, not null
   * @param value the count, zero or more unless the measure is {@linkplain Measure#isSigned()
   *     signed}
   * @return this builder
   * @throws IllegalArgumentException if the schema has no such measure
   * @throws InvalidRowException if {@code value} is negative and the measure is not signed
   */
  public MetricTableBuilder count(MetricId measure, long value) {
    return stored(measureIndex(measure), value);
  }

  /**
   * Sets the current row's value of a measure as an exact decimal: a whole number for a count, at
   * most the measure's scale in decimals for an amount.
   *
   * @param measure the measure's id, not null
   * @param value the value, not null, zero or more unless the measure is signed
   * @return this builder
   * @throws IllegalArgumentException if the schema has no such measure
   * @throws InvalidRowException if the value is negative in a measure that is not signed, has too
   *     many decimals or is too large
   */
  public MetricTableBuilder amount(MetricId measure, BigDecimal value) {
    return decimal(measureIndex(measure), value);
  }

  /**
   * Sets the current row's value of the measure at an index of the schema as an exact decimal.
   *
   * @param index the measure's index in the schema
   * @param value the value, not null, zero or more unless the measure is signed
   * @return this builder
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   * @throws InvalidRowException if the value is null, negative in a measure that is not signed, has
   *     too many decimals or is too large
   */
  public MetricTableBuilder decimal(int index, @Nullable BigDecimal value) {
    checkOpen();
    Measure m = schema.measures().get(Objects.checkIndex(index, measures));
    if (value == null) {
      throw new InvalidRowException(rows, m.id().value(), null, "value must not be null");
    }
    long stored;
    try {
      stored = m.toStored(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRowException(
          rows, m.id().value(), value.toPlainString(), String.valueOf(e.getMessage()));
    }
    return stored(index, stored);
  }

  /**
   * Sets the current row's stored value of the measure at an index: a count, or an amount in units
   * of {@code 10^-scale}.
   *
   * @param index the measure's index in the schema
   * @param value the stored value, zero or more unless the measure is signed
   * @return this builder
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   * @throws InvalidRowException if {@code value} is negative and the measure is not signed
   */
  public MetricTableBuilder stored(int index, long value) {
    checkOpen();
    Objects.checkIndex(index, measures);
    if (value < 0 && !signed[index]) {
      throw new InvalidRowException(
          rows,
          schema.measures().get(index).id().value(),
          Long.toString(value),
          "a measure must be zero or more");
    }
    ensureRoom();
    values[index][rows] = value;
    rowSet[index] = true;
    return this;
  }

  /**
   * Marks the current row's value of a measure as missing (the default for a measure not set).
   *
   * @param measure the measure's id, not null
   * @return this builder
   * @throws IllegalArgumentException if the schema has no such measure
   */
  public MetricTableBuilder missing(MetricId measure) {
    checkOpen();
    rowSet[measureIndex(measure)] = false;
    return this;
  }

  /**
   * Finishes the current row and starts the next one with every cell unset.
   *
   * @return this builder
   * @throws InvalidRowException if the table is dated and the row has no date, or timestamped and
   *     the row has no timestamp
   * @throws IllegalStateException if the table already has {@code Integer.MAX_VALUE - 8} rows
   */
  public MetricTableBuilder endRow() {
    checkOpen();
    if (days != null && !rowDated) {
      throw new InvalidRowException(rows, "date", null, "a dated table needs a date in every row");
    }
    if (seconds != null && !rowTimestamped) {
      throw new InvalidRowException(
          rows, "timestamp", null, "a timestamped table needs a timestamp in every row");
    }
    ensureRoom();
    for (int d = 0; d < dims; d++) {
      if (!rowDimensionSet[d]) {
        codes[d][rows] = ColumnStore.MISSING_CODE;
      }
      rowDimensionSet[d] = false;
    }
    if (seconds != null) {
      seconds[rows] = rowSecond;
    }
    if (days != null) {
      firstDay = Math.min(firstDay, days[rows]);
      lastDay = Math.max(lastDay, days[rows]);
    }
    for (int m = 0; m < measures; m++) {
      if (!rowSet[m]) {
        // A value set and then unset was written: a missing value is stored as 0.
        values[m][rows] = 0;
        missing[m][rows >>> 6] |= 1L << rows;
        hasMissing[m] = true;
      }
      rowSet[m] = false;
      largest[m] = Math.max(largest[m], values[m][rows]);
    }
    rowDated = false;
    rowTimestamped = false;
    rows++;
    return this;
  }

  /**
   * Forgets the cells set for the current row, so that a row found bad half-way, such as one whose
   * date a setter refused, can be left out and the next row begun: the builder is as it was after
   * the last {@link #endRow()}, except that a dimension value first set in the discarded row stays
   * among the table's {@linkplain MetricTable#dimensionValues(Dimension) values}.
   *
   * @return this builder
   * @throws IllegalStateException if the builder was already built
   */
  public MetricTableBuilder discardRow() {
    checkOpen();
    Arrays.fill(rowDimensionSet, false);
    Arrays.fill(rowSet, false);
    rowDated = false;
    rowTimestamped = false;
    return this;
  }

  // Blocks: MetricTable.fromRows fills a block of rows column by column (RowMapping.writeBlock),
  // so that each column's getter runs in a loop of its own over records still in the cache. The
  // cells are checked as in the row-by-row setters, with the same messages.

  /**
   * Begins a block of {@code n} rows, to be filled cell by cell with the block setters and finished
   * by {@link #endBlock(int)}; no cell of the current row may be set.
   *
   * @return the index of the block's first row
   */
  int beginBlock(int n) {
    checkOpen();
    if ((long) rows + n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a table holds at most " + (Integer.MAX_VALUE - 8) + " rows");
    }
    while (capacity - rows < n) {
      grow();
    }
    return rows;
  }

  /** Sets a block row's dimension value; null is missing. */
  void blockDimension(int index, int row, @Nullable String value) {
    codes[index][row] = value == null ? ColumnStore.MISSING_CODE : code(index, value, row);
  }

  /** Sets a block row's date, which a dated table needs in every row. */
  void blockDate(int row, @Nullable LocalDate date) {
    int[] d = days;
    if (d == null) {
      throw new IllegalStateException("the schema has no date column: " + schema);
    }
    if (date == null) {
      throw new InvalidRowException(row, "date", null, "a dated table needs a date in every row");
    }
    d[row] = epochDay(date, row);
  }

  /**
   * A date's epoch day, through the cache; only a date missing from it is converted and checked.
   */
  private int epochDay(LocalDate date, int row) {
    int year = date.getYear();
    int slot = date.getMonthValue() * 32 + date.getDayOfMonth();
    if (cachedYear[slot] == year) {
      return cachedEpochDay[slot];
    }
    long epochDay = date.toEpochDay();
    if (epochDay != (int) epochDay) {
      throw new InvalidRowException(
          row, "date", date.toString(), "a date must lie within about 5.8 million years of 1970");
    }
    cachedYear[slot] = year;
    cachedEpochDay[slot] = (int) epochDay;
    return (int) epochDay;
  }

  /** Sets a block row's stored value of a measure; only a signed one may be negative. */
  void blockStored(int index, int row, long value) {
    if (value < 0 && !signed[index]) {
      throw new InvalidRowException(
          row,
          schema.measures().get(index).id().value(),
          Long.toString(value),
          "a measure must be zero or more");
    }
    values[index][row] = value;
  }

  /** Sets a block row's value of a measure as an exact decimal; null is missing. */
  void blockDecimal(int index, int row, @Nullable BigDecimal value) {
    if (value == null) {
      values[index][row] = 0;
      missing[index][row >>> 6] |= 1L << row;
      hasMissing[index] = true;
      return;
    }
    Measure m = schema.measures().get(index);
    long stored;
    try {
      stored = m.toStored(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRowException(
          row, m.id().value(), value.toPlainString(), String.valueOf(e.getMessage()));
    }
    blockStored(index, row, stored);
  }

  /** Finishes a block of {@code n} rows begun by {@link #beginBlock(int)}. */
  void endBlock(int n) {
    int end = rows + n;
    // The block's cells are still in the cache: one pass per column over them is cheap.
    int[] d = days;
    if (d != null) {
      int lo = firstDay;
      int hi = lastDay;
      for (int i = rows; i < end; i++) {
        lo = Math.min(lo, d[i]);
        hi = Math.max(hi, d[i]);
      }
      firstDay = lo;
      lastDay = hi;
    }
    for (int m = 0; m < measures; m++) {
      long[] v = values[m];
      long max = largest[m];
      for (int i = rows; i < end; i++) {
        max = Math.max(max, v[i]);
      }
      largest[m] = max;
    }
    rows = end;
  }

  /** Makes room for the current row's cells: a row past the columns' end grows them. */
  private void ensureRoom() {
    if (rows == capacity) {
      grow();
    }
  }

  private void grow() {
    if (capacity >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a table holds at most " + (Integer.MAX_VALUE - 8) + " rows");
    }
    capacity = (int) Math.min((long) capacity * 2, Integer.MAX_VALUE - 8);
    for (int d = 0; d < dims; d++) {
      codes[d] = Arrays.copyOf(codes[d], capacity);
    }
    if (days != null) {
      days = Arrays.copyOf(days, capacity);
    }
    if (seconds != null) {
      seconds = Arrays.copyOf(seconds, capacity);
    }
    for (int m = 0; m < measures; m++) {
      values[m] = Arrays.copyOf(values[m], capacity);
      missing[m] = Arrays.copyOf(missing[m], (capacity + 63) >>> 6);
    }
  }

  /**
   * Builds the table of the finished rows; a row begun but not ended is not included.
   *
   * @return the table, never null
   * @throws IllegalStateException if the builder was already built
   */
  public MetricTable build() {
    checkOpen();
    built = true;
    int[][] c = new int[dims][];
    String[][] dict = new String[dims][];
    // A builder is built once: columns that are exactly full are handed over, not copied, and
    // each column cut to size lets go of its builder's copy at once, so that building needs at
    // most one column more than the columns themselves, not a second copy of the table.
    boolean full = rows == capacity;
    for (int d = 0; d < dims; d++) {
      c[d] = full ? codes[d] : Arrays.copyOf(codes[d], rows);
      codes[d] = EMPTY_INTS;
      dict[d] = Arrays.copyOf(dictionaries[d], dictionarySizes[d]);
    }
    long[][] v = new long[measures][];
    long[] @Nullable [] miss = new long[measures][];
    int words = (rows + 63) >>> 6;
    for (int m = 0; m < measures; m++) {
      v[m] = full ? values[m] : Arrays.copyOf(values[m], rows);
      values[m] = EMPTY_LONGS;
      miss[m] =
          !hasMissing[m]
              ? null
              : missing[m].length == words ? missing[m] : Arrays.copyOf(missing[m], words);
    }
    int[] dd = days == null ? null : full ? days : Arrays.copyOf(days, rows);
    days = null;
    long[] ss = seconds == null ? null : full ? seconds : Arrays.copyOf(seconds, rows);
    seconds = null;
    codes = new int[0][];
    values = new long[0][];
    ColumnStore store = new ColumnStore(schema, rows, c, dict, dd, ss, v, miss);
    store.knownBounds(
        rows == 0 || dd == null ? 0 : firstDay, rows == 0 || dd == null ? 0 : lastDay, largest);
    // Every value was checked as it was added: no negative value reaches an unsigned column. A
    // signed column's sign is found by the store's scan, on first use.
    for (int m = 0; m < measures; m++) {
      if (!signed[m]) {
        store.declareNonNegative(m);
      }
    }
    return new MetricTable(store);
  }

  private void checkOpen() {
    if (built) {
      throw new IllegalStateException("the builder was already built");
    }
  }

  private int dimensionIndex(Dimension dimension) {
    int d = schema.indexOf(dimension);
    if (d < 0) {
      throw new IllegalArgumentException(
          "the schema has no dimension '" + dimension + "'; it has " + schema.dimensions());
    }
    return d;
  }

  private int measureIndex(MetricId measure) {
    int m = schema.indexOf(measure);
    if (m < 0) {
      throw new IllegalArgumentException(
          "the schema has no measure '" + measure + "'; it has " + schema.measures());
    }
    return m;
  }
}
