package dev.northstar.formulas.table;

import dev.northstar.core.metric.MetricId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * How to read the columns of a {@link MetricTable} from objects of an application's own type, such
 * as a record per post.
 *
 * <pre>{@code
 * record Post(String platform, LocalDate day, long likes, long reach) {}
 * RowMapping<Post> mapping = RowMapping.<Post>builder()
 *     .dimension(Dimension.PLATFORM, Post::platform)
 *     .date(Post::day)
 *     .count(CoreMetrics.LIKES, Post::likes)
 *     .count(CoreMetrics.REACH, Post::reach)
 *     .build();
 * MetricTable table = MetricTable.fromRows(posts, mapping);
 * }</pre>
 *
 * <p>A function that returns null for a dimension, an optional count or an amount means the value
 * is missing in that row. The functions should be plain getters, free of side effects: {@link
 * MetricTable#fromRows} calls them column by column over blocks of rows (and, when a block holds a
 * bad value, once more row by row), not in row order. This class is immutable and thread-safe if
 * its functions are.
 *
 * @param <T> the type of the objects
 */
public final class RowMapping<T> {

  private final TableSchema schema;
  // Arrays, not lists: write() runs once per row, and a list's get() is a call and a check more.
  private final Function<? super T, @Nullable String>[] dimensions;
  private final @Nullable Function<? super T, @Nullable LocalDate> date;
  private final Writer<T>[] measures;

  // The count getters of the first COUNT_SLOTS measures (null where the measure is a decimal),
  // each called from a loop of its own in writeBlock. The JIT profiles the receiver type of each
  // call site in the bytecode: one shared site (a loop over the measures) sees every getter and
  // stays a megamorphic call, about 3 ns a cell, while a site per slot sees one getter (per
  // mapping in use) and inlines it.
  private static final int COUNT_SLOTS = 8;
  private final @Nullable ToLongFunction<? super T> count0;
  private final @Nullable ToLongFunction<? super T> count1;
  private final @Nullable ToLongFunction<? super T> count2;
  private final @Nullable ToLongFunction<? super T> count3;
  private final @Nullable ToLongFunction<? super T> count4;
  private final @Nullable ToLongFunction<? super T> count5;
  private final @Nullable ToLongFunction<? super T> count6;
  private final @Nullable ToLongFunction<? super T> count7;

  /**
   * Writes one measure's cell. Two final implementations only, so that the call site in {@link
   * #write} stays bimorphic (inlined) and the only megamorphic call per cell is the user's getter.
   */
  private abstract static sealed class Writer<T> permits CountWriter, DecimalWriter {
    abstract void write(T row, MetricTableBuilder b, int index);

    /** Writes the cells of a block of rows, {@code block[0..n)}, from row {@code first} on. */
    abstract void writeBlock(
        @Nullable Object[] block, int n, MetricTableBuilder b, int index, int first);
  }

  private static final class CountWriter<T> extends Writer<T> {
    private final ToLongFunction<? super T> value;

    CountWriter(ToLongFunction<? super T> value) {
      this.value = value;
    }

    @Override
    void write(T row, MetricTableBuilder b, int index) {
      b.stored(index, value.applyAsLong(row));
    }

    @Override
    @SuppressWarnings({"unchecked", "NullAway"}) // the block holds n non-null rows of type T
    void writeBlock(@Nullable Object[] block, int n, MetricTableBuilder b, int index, int first) {
      ToLongFunction<? super T> f = value;
      for (int i = 0; i < n; i++) {
        b.blockStored(index, first + i, f.applyAsLong((T) block[i]));
      }
    }
  }

  private static final class DecimalWriter<T> extends Writer<T> {
    private final Function<? super T, @Nullable BigDecimal> value;

    DecimalWriter(Function<? super T, @Nullable BigDecimal> value) {
      this.value = value;
    }

    @Override
    void write(T row, MetricTableBuilder b, int index) {
      BigDecimal v = value.apply(row);
      if (v != null) {
        b.decimal(index, v);
      }
    }

    @Override
    @SuppressWarnings({"unchecked", "NullAway"}) // the block holds n non-null rows of type T
    void writeBlock(@Nullable Object[] block, int n, MetricTableBuilder b, int index, int first) {
      Function<? super T, @Nullable BigDecimal> f = value;
      for (int i = 0; i < n; i++) {
        b.blockDecimal(index, first + i, f.apply((T) block[i]));
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays, filled from lists of that type
  private RowMapping(Builder<T> b) {
    this.schema = b.schema.build();
    this.dimensions = b.dimensions.toArray(new Function[0]);
    this.date = b.date;
    this.measures = b.measures.toArray(new Writer[0]);
    this.count0 = countAt(0);
    this.count1 = countAt(1);
    this.count2 = countAt(2);
    this.count3 = countAt(3);
    this.count4 = countAt(4);
    this.count5 = countAt(5);
    this.count6 = countAt(6);
    this.count7 = countAt(7);
  }

  private @Nullable ToLongFunction<? super T> countAt(int m) {
    return m < measures.length && measures[m] instanceof CountWriter<T> c ? c.value : null;
  }

  /**
   * Starts a builder.
   *
   * @param <T> the type of the objects
   * @return a new builder, never null
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns the schema of the tables this mapping builds.
   *
   * @return the schema, never null
   */
  public TableSchema schema() {
    return schema;
  }

  void write(T row, MetricTableBuilder b) {
    Function<? super T, @Nullable String>[] dims = dimensions;
    for (int d = 0; d < dims.length; d++) {
      String v = dims[d].apply(row);
      if (v != null) {
        b.dimension(d, v);
      }
    }
    if (date != null) {
      b.date(date.apply(row));
    }
    Writer<T>[] ms = measures;
    for (int m = 0; m < ms.length; m++) {
      ms[m].write(row, b, m);
    }
  }

  /**
   * Writes the rows {@code block[0..n)} column by column: each getter runs in a loop of its own,
   * over rows that stay in the CPU's cache, instead of every getter once per row. The first error
   * found column by column need not be the first in row order; {@link MetricTable#fromRows} then
   * reruns the block row by row.
   */
  @SuppressWarnings({"unchecked", "NullAway"}) // the block holds n non-null rows of type T
  void writeBlock(@Nullable Object[] block, int n, MetricTableBuilder b) {
    int first = b.beginBlock(n);
    Function<? super T, @Nullable String>[] dims = dimensions;
    for (int d = 0; d < dims.length; d++) {
      Function<? super T, @Nullable String> f = dims[d];
      for (int i = 0; i < n; i++) {
        b.blockDimension(d, first + i, f.apply((T) block[i]));
      }
    }
    Function<? super T, @Nullable LocalDate> day = date;
    if (day != null) {
      for (int i = 0; i < n; i++) {
        b.blockDate(first + i, day.apply((T) block[i]));
      }
    }
    Writer<T>[] ms = measures;
    // One loop per slot, on purpose (see COUNT_SLOTS); measures past the slots share one loop.
    if (count0 != null) {
      ToLongFunction<? super T> f = count0;
      for (int i = 0; i < n; i++) {
        b.blockStored(0, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 0) {
      ms[0].writeBlock(block, n, b, 0, first);
    }
    if (count1 != null) {
      ToLongFunction<? super T> f = count1;
      for (int i = 0; i < n; i++) {
        b.blockStored(1, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 1) {
      ms[1].writeBlock(block, n, b, 1, first);
    }
    if (count2 != null) {
      ToLongFunction<? super T> f = count2;
      for (int i = 0; i < n; i++) {
        b.blockStored(2, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 2) {
      ms[2].writeBlock(block, n, b, 2, first);
    }
    if (count3 != null) {
      ToLongFunction<? super T> f = count3;
      for (int i = 0; i < n; i++) {
        b.blockStored(3, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 3) {
      ms[3].writeBlock(block, n, b, 3, first);
    }
    if (count4 != null) {
      ToLongFunction<? super T> f = count4;
      for (int i = 0; i < n; i++) {
        b.blockStored(4, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 4) {
      ms[4].writeBlock(block, n, b, 4, first);
    }
    if (count5 != null) {
      ToLongFunction<? super T> f = count5;
      for (int i = 0; i < n; i++) {
        b.blockStored(5, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 5) {
      ms[5].writeBlock(block, n, b, 5, first);
    }
    if (count6 != null) {
      ToLongFunction<? super T> f = count6;
      for (int i = 0; i < n; i++) {
        b.blockStored(6, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 6) {
      ms[6].writeBlock(block, n, b, 6, first);
    }
    if (count7 != null) {
      ToLongFunction<? super T> f = count7;
      for (int i = 0; i < n; i++) {
        b.blockStored(7, first + i, f.applyAsLong((T) block[i]));
      }
    } else if (ms.length > 7) {
      ms[7].writeBlock(block, n, b, 7, first);
    }
    for (int m = COUNT_SLOTS; m < ms.length; m++) {
      ms[m].writeBlock(block, n, b, m, first);
    }
    b.endBlock(n);
  }

  @Override
  public String toString() {
    return "RowMapping" + schema;
  }

  /**
   * A mutable builder of {@link RowMapping}; not thread-safe.
   *
   * @param <T> the type of the objects
   */
  public static final class Builder<T> {
    private final TableSchema.Builder schema = TableSchema.builder();
    private final List<Function<? super T, @Nullable String>> dimensions = new ArrayList<>();
    private @Nullable Function<? super T, @Nullable LocalDate> date;
    private final List<Writer<T>> measures = new ArrayList<>();

    private Builder() {}

    /**
     * Reads a dimension; a null result means missing.
     *
     * @param dimension the dimension, not null
     * @param value reads the value, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the dimension is already mapped
     */
    public Builder<T> dimension(Dimension dimension, Function<? super T, @Nullable String> value) {
      Objects.requireNonNull(value, "value must not be null");
      schema.dimensions(dimension);
      dimensions.add(value);
      return this;
    }

    /**
     * Reads the date of every row.
     *
     * @param date reads the date, not null; it must not return null
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the date is already mapped
     */
    public Builder<T> date(Function<? super T, @Nullable LocalDate> date) {
      Objects.requireNonNull(date, "date must not be null");
      if (this.date != null) {
        throw new IllegalArgumentException("the date is already mapped");
      }
      schema.dated();
      this.date = date;
      return this;
    }

    /**
     * Reads a count that every row has.
     *
     * @param measure the measure's id, not null
     * @param value reads the count, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the measure is already mapped
     */
    public Builder<T> count(MetricId measure, ToLongFunction<? super T> value) {
      Objects.requireNonNull(value, "value must not be null");
      schema.measure(Measure.count(measure));
      measures.add(new CountWriter<>(value));
      return this;
    }

    /**
     * Reads a {@linkplain Measure#signedCount(MetricId) signed count} that every row has, such as a
     * net follower change: its values may be negative.
     *
     * @param measure the measure's id, not null
     * @param value reads the count, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the measure is already mapped
     */
    public Builder<T> signedCount(MetricId measure, ToLongFunction<? super T> value) {
      Objects.requireNonNull(value, "value must not be null");
      schema.measure(Measure.signedCount(measure));
      measures.add(new CountWriter<>(value));
      return this;
    }

    /**
     * Reads a measure that may be missing (a null result), as an exact decimal; a negative value
     * needs a {@linkplain Measure#isSigned() signed} measure.
     *
     * @param measure the measure, not null
     * @param value reads the value, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the measure is already mapped
     */
    public Builder<T> decimal(Measure measure, Function<? super T, @Nullable BigDecimal> value) {
      Objects.requireNonNull(value, "value must not be null");
      schema.measure(measure);
      measures.add(new DecimalWriter<>(value));
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if no measure is mapped
     */
    public RowMapping<T> build() {
      return new RowMapping<>(this);
    }
  }
}
