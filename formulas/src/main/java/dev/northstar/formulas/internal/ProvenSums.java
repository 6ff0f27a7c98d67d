package dev.northstar.formulas.internal;

import org.jspecify.annotations.Nullable;

/**
 * The one-pass loops of the inline case (one dimension by a time bucket, one plain ratio of sums,
 * no totals) for a range of rows whose sums are proven not to overflow: no row's numerator,
 * denominator or running sum can pass {@code Long.MAX_VALUE}, because the range's row count times
 * the columns' largest values does not. So the loops carry no overflow check at all and run like a
 * hand-written loop, which is what the checked loops of {@link Accumulator} could not match: their
 * OR of every intermediate sum is a chain of dependent instructions per row.
 *
 * <p>Each loop allocates and returns its own local state, {@link #STRIDE} slots per group
 * (numerator sum, denominator sum, rows), so that the compiler sees that the state shares no memory
 * with the columns. Group ids are as {@link GroupIndexer#isSingleDimensionByBucket()} computes
 * them; for the day bucket the bucket of a day is the day itself, without the lookup.
 */
final class ProvenSums {

  /** Slots per group in a loop's local state. */
  static final int STRIDE = 3;

  /** Offset of the numerator sum. */
  static final int NUMERATOR = 0;

  /** Offset of the denominator sum. */
  static final int DENOMINATOR = 1;

  /** Offset of the row count. */
  static final int ROWS = 2;

  private ProvenSums() {}

  /**
   * Tells whether no sum over {@code rows} rows can overflow, given each column's largest value;
   * false also when a column is not one of the store's own (nothing is known of its values).
   *
   * @param store the columns' store
   * @param numerator the numerator's columns, summed per row
   * @param denominator the denominator's column
   * @param rows the number of rows summed
   * @return true if the largest possible sum of the numerator and of the denominator fit a long
   */
  static boolean cannotOverflow(
      ColumnStore store, long[][] numerator, long[] denominator, long rows) {
    int denominatorMeasure = store.measureOf(denominator);
    if (denominatorMeasure < 0) {
      return false;
    }
    try {
      long perRow = 0;
      for (long[] column : numerator) {
        int measure = store.measureOf(column);
        if (measure < 0) {
          return false;
        }
        perRow = Math.addExact(perRow, store.largestValue(measure));
      }
      Math.multiplyExact(perRow, rows);
      Math.multiplyExact(store.largestValue(denominatorMeasure), rows);
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * Sums a range of rows by group.
   *
   * @param g the group ids' inputs
   * @param num the numerator's columns, 1 to 4
   * @param den the denominator's column
   * @param from the first row
   * @param to the row after the last
   * @return the local state, {@link #STRIDE} slots per group
   */
  static long[] sum(GroupIds g, long[][] num, long[] den, int from, int to) {
    int[] lookup = g.lookup;
    if (lookup == null) {
      return switch (num.length) {
        case 1 -> byDay1(g, num[0], den, from, to);
        case 2 -> byDay2(g, num[0], num[1], den, from, to);
        case 3 -> byDay3(g, num[0], num[1], num[2], den, from, to);
        default -> byDay4(g, num[0], num[1], num[2], num[3], den, from, to);
      };
    }
    return switch (num.length) {
      case 1 -> byBucket1(g, lookup, num[0], den, from, to);
      case 2 -> byBucket2(g, lookup, num[0], num[1], den, from, to);
      case 3 -> byBucket3(g, lookup, num[0], num[1], num[2], den, from, to);
      default -> byBucket4(g, lookup, num[0], num[1], num[2], num[3], den, from, to);
    };
  }

  /**
   * What a row's group id is computed from: {@code (codes[row] + 1) * buckets + bucket}, the bucket
   * being {@code days[row] - minDay} or, when {@code lookup} is not null, {@code lookup[days[row] -
   * minDay]}.
   */
  static final class GroupIds {
    final int[] codes;
    final int[] days;
    final int @Nullable [] lookup;
    final int minDay;
    final int buckets;
    final int groups;

    GroupIds(
        int[] codes, int[] days, int @Nullable [] lookup, int minDay, int buckets, int groups) {
      this.codes = codes;
      this.days = days;
      this.lookup = lookup;
      this.minDay = minDay;
      this.buckets = buckets;
      this.groups = groups;
    }
  }

  // One loop per arity and bucket lookup: a loop over an array of columns, or a branch on the
  // lookup, would cost what the checks cost. Slot of a group: STRIDE * id.

  private static long[] byDay1(GroupIds g, long[] a, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at] += a[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byDay2(GroupIds g, long[] a, long[] b, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at] += a[r] + b[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byDay3(
      GroupIds g, long[] a, long[] b, long[] c, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at] += a[r] + b[r] + c[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byDay4(
      GroupIds g, long[] a, long[] b, long[] c, long[] d, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at] += a[r] + b[r] + c[r] + d[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket1(
      GroupIds g, int[] lookup, long[] a, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at] += a[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket2(
      GroupIds g, int[] lookup, long[] a, long[] b, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at] += a[r] + b[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket3(
      GroupIds g, int[] lookup, long[] a, long[] b, long[] c, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at] += a[r] + b[r] + c[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket4(
      GroupIds g,
      int[] lookup,
      long[] a,
      long[] b,
      long[] c,
      long[] d,
      long[] den,
      int from,
      int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at] += a[r] + b[r] + c[r] + d[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }
}
