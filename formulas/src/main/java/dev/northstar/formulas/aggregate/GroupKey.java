package dev.northstar.formulas.aggregate;

import dev.northstar.formulas.internal.GroupIdEncoding;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.DimensionValues;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The key of one group of an aggregation: the values of the grouped dimensions (any of them may be
 * missing) and, when rows are bucketed by time, the bucket.
 *
 * <p>Keys are values, independent of any table's dictionary, so partial aggregates of different
 * tables merge by key. They sort by dimension values in {@link DimensionValues#ORDER} (numbers as
 * numbers, a missing value last), then by bucket start.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list fields hold List.copyOf or unmodifiable ArrayList copies, which are serializable.
@SuppressWarnings("serial")
public final class GroupKey implements Comparable<GroupKey>, Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Dimension> dimensions;
  private final List<@Nullable String> values;
  private final @Nullable TimeBucket bucket;
  private final @Nullable LocalDate bucketStart;

  private GroupKey(
      List<Dimension> dimensions,
      List<@Nullable String> values,
      @Nullable TimeBucket bucket,
      @Nullable LocalDate bucketStart) {
    this.dimensions = dimensions;
    this.values = values;
    this.bucket = bucket;
    this.bucketStart = bucketStart;
  }

  /**
   * Obtains a key.
   *
   * @param dimensions the grouped dimensions, not null, no null elements
   * @param values the value of each dimension, null where missing; as many as dimensions
   * @param bucket the time bucket, or null if rows are not bucketed
   * @param bucketStart the bucket's first day, null exactly when {@code bucket} is null
   * @return the key, never null
   * @throws NullPointerException if {@code dimensions} or {@code values} or a dimension is null
   * @throws IllegalArgumentException if the sizes differ, a value is blank, or the bucket and its
   *     start disagree
   */
  public static GroupKey of(
      List<Dimension> dimensions,
      List<@Nullable String> values,
      @Nullable TimeBucket bucket,
      @Nullable LocalDate bucketStart) {
    List<Dimension> dims = List.copyOf(dimensions);
    Objects.requireNonNull(values, "values must not be null");
    if (values.size() != dims.size()) {
      throw new IllegalArgumentException(
          "a group key needs one value per dimension " + dims + ", but has " + values.size());
    }
    for (String v : values) {
      if (v != null && v.isBlank()) {
        throw new IllegalArgumentException("a group key value must not be blank");
      }
    }
    if ((bucket == null) != (bucketStart == null)) {
      throw new IllegalArgumentException(
          "a group key has a bucket start exactly when it has a bucket");
    }
    if (bucket != null && bucketStart != null && !bucket.start(bucketStart).equals(bucketStart)) {
      throw new IllegalArgumentException(
          "bucket start " + bucketStart + " is not the first day of a " + bucket.columnName());
    }
    return new GroupKey(
        dims, Collections.unmodifiableList(new ArrayList<>(values)), bucket, bucketStart);
  }

  /**
   * Returns the grouped dimensions.
   *
   * @return an unmodifiable list, never null
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * Returns the value of each dimension, null where the rows' value is missing.
   *
   * @return an unmodifiable list, never null
   */
  public List<@Nullable String> values() {
    return values;
  }

  /**
   * Returns the value of one dimension.
   *
   * @param dimension the dimension, not null
   * @return the value, or empty if the rows' value is missing
   * @throws IllegalArgumentException if the key does not group by {@code dimension}
   */
  public Optional<String> value(Dimension dimension) {
    int i = dimensions.indexOf(Objects.requireNonNull(dimension, "dimension must not be null"));
    if (i < 0) {
      throw new IllegalArgumentException(
          "the key groups by " + dimensions + ", not by '" + dimension + "'");
    }
    return Optional.ofNullable(values.get(i));
  }

  /**
   * Returns the time bucket.
   *
   * @return the bucket, or empty if rows are not bucketed
   */
  public Optional<TimeBucket> bucket() {
    return Optional.ofNullable(bucket);
  }

  /**
   * Returns the first day of the time bucket.
   *
   * @return the day, or empty if rows are not bucketed
   */
  public Optional<LocalDate> bucketStart() {
    return Optional.ofNullable(bucketStart);
  }

  /**
   * Returns the bucket's label, such as {@code 2026-03}.
   *
   * @return the label, or empty if rows are not bucketed
   */
  public Optional<String> bucketLabel() {
    return bucket == null || bucketStart == null
        ? Optional.empty()
        : Optional.of(bucket.label(bucketStart));
  }

  @Override
  public int compareTo(GroupKey other) {
    for (int i = 0; i < Math.min(values.size(), other.values.size()); i++) {
      int c = GroupIdEncoding.compareValues(dimensions.get(i), values.get(i), other.values.get(i));
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(values.size(), other.values.size());
    if (c != 0) {
      return c;
    }
    return Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())
        .compare(bucketStart, other.bucketStart);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GroupKey other
        && dimensions.equals(other.dimensions)
        && values.equals(other.values)
        && bucket == other.bucket
        && Objects.equals(bucketStart, other.bucketStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, values, bucket, bucketStart);
  }

  /**
   * Returns the key as {@code [platform=facebook, month=2026-03]}; a missing value shows as {@code
   * (missing)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      String v = values.get(i);
      parts.add(dimensions.get(i).id() + "=" + (v == null ? "(missing)" : v));
    }
    if (bucket != null && bucketStart != null) {
      parts.add(bucket.columnName() + "=" + bucket.label(bucketStart));
    }
    return parts.toString();
  }
}
