package dev.northstar.formulas.internal;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.DimensionValues;
import org.jspecify.annotations.Nullable;

/**
 * How a group id is made, taken apart and ordered: the one place that says so.
 *
 * <p>An id is a mixed-radix number. Each grouped dimension contributes a digit, {@code code + 1}
 * with 0 for a missing value, in radix {@code dictionary size + 1}; a time bucket contributes its
 * ordinal last, in radix {@code bucket count}. So one dimension by bucket is {@code (code + 1) *
 * buckets + bucket}. A hashed layout numbers the same digit sequences by first appearance, one
 * {@link #append} per step.
 *
 * <p>Keys are ordered by each dimension's values in turn, as {@link #compareValues} orders them,
 * then by bucket in time order. {@code GroupKey.compareTo} and the dense ids' key order both go
 * through {@link #compareValues}, so a change of a dimension's order (such as numeric values) lands
 * here only.
 */
public final class GroupIdEncoding {

  private GroupIdEncoding() {}

  /**
   * Returns the digit of a dimension code.
   *
   * @param code the code, or {@link ColumnStore#MISSING_CODE}
   * @return the digit, 0 for a missing value
   */
  static int digit(int code) {
    return code + 1;
  }

  /**
   * Returns the dimension code of a digit.
   *
   * @param digit the digit
   * @return the code, {@link ColumnStore#MISSING_CODE} for 0
   */
  static int code(int digit) {
    return digit - 1;
  }

  /**
   * Appends a digit to an id.
   *
   * @param id the id so far
   * @param digit the digit, 0 to {@code radix - 1}
   * @param radix the digit's radix
   * @return the id with the digit appended
   */
  static int append(int id, int digit, int radix) {
    return id * radix + digit;
  }

  /**
   * Appends a digit to an id, in {@code long} arithmetic (the keys of a hashed layout's steps).
   *
   * @param id the id so far
   * @param digit the digit
   * @param radix the digit's radix
   * @return the id with the digit appended
   */
  static long appendWide(int id, int digit, int radix) {
    return (long) id * radix + digit;
  }

  /**
   * Returns the id of one dimension's code by a bucket: what the fused loops compute per row.
   *
   * @param code the dimension code
   * @param bucket the bucket's ordinal
   * @param buckets the number of buckets
   * @return the id
   */
  static int id(int code, int bucket, int buckets) {
    return append(digit(code), bucket, buckets);
  }

  /**
   * Returns the last digit of an id.
   *
   * @param id the id
   * @param radix the last digit's radix
   * @return the digit
   */
  static int lastDigit(int id, int radix) {
    return id % radix;
  }

  /**
   * Returns an id without its last digit.
   *
   * @param id the id
   * @param radix the last digit's radix
   * @return the id's other digits
   */
  static int dropDigit(int id, int radix) {
    return id / radix;
  }

  /**
   * Compares two values of a grouped dimension in key order: {@link DimensionValues#compare}
   * (numbers as numbers, before text), a missing value last.
   *
   * @param dimension the dimension the values are of
   * @param a a value, null if missing
   * @param b another value, null if missing
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   */
  public static int compareValues(Dimension dimension, @Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return DimensionValues.compare(a, b);
  }
}
