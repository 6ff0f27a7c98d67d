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
 * is missing in that row. This class is immutable and thread-safe if its functions are.
 *
 * @param <T> the type of the objects
 */
public final class RowMapping<T> {

  private final TableSchema schema;
  private final List<Function<? super T, @Nullable String>> dimensions;
  private final @Nullable Function<? super T, @Nullable LocalDate> date;
  private final List<Writer<T>> measures;

  private interface Writer<T> {
    void write(T row, MetricTableBuilder b, int index);
  }

  private RowMapping(Builder<T> b) {
    this.schema = b.schema.build();
    this.dimensions = List.copyOf(b.dimensions);
    this.date = b.date;
    this.measures = List.copyOf(b.measures);
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
    for (int d = 0; d < dimensions.size(); d++) {
      String v = dimensions.get(d).apply(row);
      if (v != null) {
        b.dimension(d, v);
      }
    }
    if (date != null) {
      b.date(date.apply(row));
    }
    for (int m = 0; m < measures.size(); m++) {
      measures.get(m).write(row, b, m);
    }
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
      measures.add((row, b, i) -> b.stored(i, value.applyAsLong(row)));
      return this;
    }

    /**
     * Reads a measure that may be missing (a null result), as an exact decimal.
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
      measures.add(
          (row, b, i) -> {
            BigDecimal v = value.apply(row);
            if (v != null) {
              b.decimal(i, v);
            }
          });
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
