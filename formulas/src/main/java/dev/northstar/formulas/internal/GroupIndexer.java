package dev.northstar.formulas.internal;

import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.table.Dimension;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Gives each row its group id from the codes of the grouped dimensions and the time bucket of its
 * date.
 *
 * <p>When the number of possible combinations is small the id is computed directly (mixed radix:
 * each dimension contributes {@code code + 1}, 0 being a missing value, then the bucket); otherwise
 * ids are handed out in order of first appearance by a hash map, one step per dimension so that no
 * composite key can overflow.
 */
final class GroupIndexer {

  /** The most groups laid out densely; beyond it, or when sparse, ids come from a hash map. */
  private static final long DENSE_LIMIT = 1 << 20;

  /** The widest date range bucketed through a lookup table (about 11,000 years). */
  private static final long LOOKUP_DAYS = 1 << 22;

  private final int[][] codes;
  private final int[] radix;
  private final int @Nullable [] days;
  private final @Nullable TimeBucket bucket;
  private final int minDay;
  private final LocalDate firstBucket;
  private final int @Nullable [] bucketOfDay;
  private final int bucketCount;
  private final boolean dense;
  private final int denseGroups;
  private final LongIntMap[] steps;
  private final int[][] stepParent;
  private final int[][] stepCode;

  GroupIndexer(CompiledQuery compiled, @Nullable TimeBucket bucket) {
    int k = compiled.groupCodes.length;
    this.codes = new int[k][];
    this.radix = new int[k];
    for (int i = 0; i < k; i++) {
      codes[i] = compiled.groupCodes[i];
      radix[i] = compiled.groupDictionaries[i].length + 1;
    }
    this.bucket = bucket;
    int[] d = compiled.days;
    this.days = bucket == null ? null : d;
    int lo = 0;
    int hi = 0;
    if (days != null && days.length > 0) {
      int[] range = compiled.dayRange;
      lo = range[0];
      hi = range[1];
    }
    this.minDay = lo;
    this.firstBucket = bucket == null ? LocalDate.EPOCH : bucket.start(LocalDate.ofEpochDay(lo));
    if (bucket != null) {
      this.bucketCount = Math.toIntExact(ordinal(LocalDate.ofEpochDay(hi)) + 1);
      if ((long) hi - lo < LOOKUP_DAYS) {
        int[] lookup = new int[hi - lo + 1];
        for (int i = 0; i < lookup.length; i++) {
          lookup[i] = (int) ordinal(LocalDate.ofEpochDay((long) lo + i));
        }
        this.bucketOfDay = lookup;
      } else {
        this.bucketOfDay = null;
      }
    } else {
      this.bucketCount = 1;
      this.bucketOfDay = null;
    }
    double combinations = bucketCount;
    for (int r : radix) {
      combinations *= r;
    }
    this.dense = combinations <= DENSE_LIMIT && combinations <= 4.0 * compiled.store.rows() + 4096;
    this.denseGroups = dense ? (int) combinations : 0;
    int hashSteps = dense ? 0 : k + (bucket == null ? 0 : 1);
    this.steps = new LongIntMap[hashSteps];
    this.stepParent = new int[hashSteps][];
    this.stepCode = new int[hashSteps][];
    for (int s = 0; s < hashSteps; s++) {
      steps[s] = new LongIntMap();
      stepParent[s] = new int[64];
      stepCode[s] = new int[64];
    }
  }

  private long ordinal(LocalDate date) {
    LocalDate start = bucket == null ? date : bucket.start(date);
    return switch (bucket == null ? TimeBucket.DAY : bucket) {
      case DAY -> ChronoUnit.DAYS.between(firstBucket, start);
      case ISO_WEEK -> ChronoUnit.WEEKS.between(firstBucket, start);
      case MONTH -> ChronoUnit.MONTHS.between(firstBucket, start);
      case QUARTER -> ChronoUnit.MONTHS.between(firstBucket, start) / 3;
      case YEAR -> ChronoUnit.YEARS.between(firstBucket, start);
    };
  }

  private int bucketOf(int row) {
    int[] lookup = bucketOfDay;
    int[] d = days;
    if (d == null) {
      return 0;
    }
    return lookup != null ? lookup[d[row] - minDay] : (int) ordinal(LocalDate.ofEpochDay(d[row]));
  }

  /**
   * Tells whether ids are computed as {@code (codes[row] + 1) * bucketCount() +
   * dayLookup()[days[row] - minDay()]} with {@code codes = singleDimensionCodes()}: one dimension
   * by a time bucket, densely, which a fused loop may compute inline.
   */
  boolean isSingleDimensionByBucket() {
    return dense && codes.length == 1 && days != null && bucketOfDay != null;
  }

  int[] singleDimensionCodes() {
    return codes[0];
  }

  int @Nullable [] days() {
    return days;
  }

  int @Nullable [] dayLookup() {
    return bucketOfDay;
  }

  /**
   * Tells whether the time bucket is the day, so that a day's bucket is its distance from {@link
   * #minDay()}.
   */
  boolean bucketIsDay() {
    return bucket == TimeBucket.DAY;
  }

  int bucketCount() {
    return bucketCount;
  }

  int minDay() {
    return minDay;
  }

  /** Tells whether ids are dense, so that {@link #capacity()} is fixed. */
  boolean isDense() {
    return dense;
  }

  /** Returns an upper bound of the ids handed out so far, plus one. */
  int capacity() {
    return dense ? denseGroups : steps.length == 0 ? 1 : steps[steps.length - 1].size();
  }

  /** Writes the group id of each row of {@code [start, start + n)} into {@code out[0..n)}. */
  void assign(int start, int n, int[] out) {
    if (dense) {
      assignDense(start, n, out);
    } else {
      assignHashed(start, n, out);
    }
  }

  private void assignDense(int start, int n, int[] out) {
    int[] lookup = bucketOfDay;
    int[] d = days;
    if (codes.length == 1 && d != null && lookup != null) {
      // The common case (one dimension by a time bucket), in one pass.
      int[] c = codes[0];
      int bc = bucketCount;
      int lo = minDay;
      for (int i = 0; i < n; i++) {
        out[i] = GroupIdEncoding.id(c[start + i], lookup[d[start + i] - lo], bc);
      }
      return;
    }
    Arrays.fill(out, 0, n, 0);
    for (int k = 0; k < codes.length; k++) {
      int[] c = codes[k];
      int r = radix[k];
      for (int i = 0; i < n; i++) {
        out[i] = GroupIdEncoding.append(out[i], GroupIdEncoding.digit(c[start + i]), r);
      }
    }
    if (d != null) {
      for (int i = 0; i < n; i++) {
        out[i] = GroupIdEncoding.append(out[i], bucketOf(start + i), bucketCount);
      }
    }
  }

  private void assignHashed(int start, int n, int[] out) {
    for (int i = 0; i < n; i++) {
      int row = start + i;
      int id = 0;
      int s = 0;
      for (int k = 0; k < codes.length; k++) {
        id = step(s++, id, GroupIdEncoding.digit(codes[k][row]), radix[k]);
      }
      if (days != null) {
        id = step(s, id, bucketOf(row), bucketCount);
      }
      out[i] = id;
    }
  }

  private int step(int s, int parent, int code, int radixOfCode) {
    LongIntMap map = steps[s];
    int before = map.size();
    int id = map.idOf(GroupIdEncoding.appendWide(parent, code, radixOfCode));
    if (id == before) {
      if (id == stepParent[s].length) {
        stepParent[s] = Arrays.copyOf(stepParent[s], id * 2);
        stepCode[s] = Arrays.copyOf(stepCode[s], id * 2);
      }
      stepParent[s][id] = parent;
      stepCode[s][id] = code;
    }
    return id;
  }

  /**
   * Returns every dense id in the order of the groups' keys ({@code GroupKey}'s order: by each
   * dimension's value in {@code DimensionValues}' order, a missing value last, then by bucket), so
   * that the keys of a result come sorted without being compared. The id's digits are those of
   * {@link #decode}; only their order changes: each dimension's codes by value, then 0 (missing),
   * and the buckets in time order, which is their ordinal order.
   *
   * @param dictionaries each grouped dimension's distinct values, by code
   * @return the ids, {@link #capacity()} of them, each once
   * @throws IllegalStateException if the layout is not dense
   */
  int[] denseIdsInKeyOrder(List<Dimension> dimensions, String[][] dictionaries) {
    if (!dense) {
      throw new IllegalStateException("only dense ids have a fixed order");
    }
    int k = codes.length;
    int[][] digitAtRank = new int[k][];
    for (int i = 0; i < k; i++) {
      String[] values = dictionaries[i];
      Dimension dimension = dimensions.get(i);
      Integer[] byValue = new Integer[values.length];
      for (int code = 0; code < values.length; code++) {
        byValue[code] = code;
      }
      Arrays.sort(
          byValue, (x, y) -> GroupIdEncoding.compareValues(dimension, values[x], values[y]));
      int[] digits = new int[radix[i]];
      for (int rank = 0; rank < values.length; rank++) {
        digits[rank] = GroupIdEncoding.digit(byValue[rank]);
      }
      digitAtRank[i] = digits; // the last rank keeps digit 0: a missing value
    }
    int[] ids = new int[denseGroups];
    int[] rank = new int[k];
    for (int at = 0; at < ids.length; at += bucketCount) {
      int base = 0;
      for (int i = 0; i < k; i++) {
        base = GroupIdEncoding.append(base, digitAtRank[i][rank[i]], radix[i]);
      }
      for (int b = 0; b < bucketCount; b++) {
        ids[at + b] = GroupIdEncoding.append(base, b, bucketCount);
      }
      for (int i = k - 1; i >= 0 && ++rank[i] == radix[i]; i--) {
        rank[i] = 0;
      }
    }
    return ids;
  }

  /**
   * Decodes a group id: the code of each grouped dimension ({@link ColumnStore#MISSING_CODE} if
   * missing) into {@code dimensionCodes}, and returns the bucket's first day, or null.
   */
  @Nullable LocalDate decode(int id, int[] dimensionCodes) {
    int bucketOrdinal = 0;
    if (dense) {
      int rest = id;
      if (days != null) {
        bucketOrdinal = GroupIdEncoding.lastDigit(rest, bucketCount);
        rest = GroupIdEncoding.dropDigit(rest, bucketCount);
      }
      for (int k = codes.length - 1; k >= 0; k--) {
        dimensionCodes[k] = GroupIdEncoding.code(GroupIdEncoding.lastDigit(rest, radix[k]));
        rest = GroupIdEncoding.dropDigit(rest, radix[k]);
      }
    } else {
      int s = steps.length - 1;
      int current = id;
      if (days != null) {
        bucketOrdinal = stepCode[s][current];
        current = stepParent[s][current];
        s--;
      }
      for (int k = codes.length - 1; k >= 0; k--, s--) {
        dimensionCodes[k] = GroupIdEncoding.code(stepCode[s][current]);
        current = stepParent[s][current];
      }
    }
    TimeBucket b = bucket;
    if (b == null || days == null) {
      return null;
    }
    return switch (b) {
      case DAY -> firstBucket.plusDays(bucketOrdinal);
      case ISO_WEEK -> firstBucket.plusWeeks(bucketOrdinal);
      case MONTH -> firstBucket.plusMonths(bucketOrdinal);
      case QUARTER -> firstBucket.plusMonths(3L * bucketOrdinal);
      case YEAR -> firstBucket.plusYears(bucketOrdinal);
    };
  }
}
