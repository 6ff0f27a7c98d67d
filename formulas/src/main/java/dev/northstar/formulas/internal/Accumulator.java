package dev.northstar.formulas.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The hot loop: accumulates a range of rows into the integer states of their groups, column by
 * column over chunks of {@link Engine#CHUNK} rows. Nothing is allocated per row or per chunk, and
 * nothing is boxed.
 */
final class Accumulator {

  private static final double TWO_TO_THE_52 = 0x1p52;

  private final CompiledQuery c;
  private final GroupIndexer indexer;
  private final boolean meanOfRatios;
  private final int stride;
  private final int kpis;
  private final boolean[] kpiMayMiss;

  /**
   * Per KPI, the numerator's columns when the KPI takes the fused path (a ratio of sums whose
   * numerator is a plain sum of 1 to 4 columns and whose denominator is one column, no value
   * missing), else null.
   */
  private final long[] @Nullable [][] fusedNumerators;

  /** Per KPI, the denominator's column on the fused path, else null. */
  private final long[] @Nullable [] fusedDenominators;

  /**
   * Whether the whole chunk is one fused pass with the group ids computed inline: a single fused
   * KPI, no totals, and one dimension by a time bucket laid out densely.
   */
  private final boolean inline;

  private long[] state;

  /** The kernels that ran, for tests. */
  private final EnumSet<Kernel> ran = EnumSet.noneOf(Kernel.class);

  private final int[] group = new int[Engine.CHUNK];
  private final long[] numerator = new long[Engine.CHUNK];
  private final long[] denominator = new long[Engine.CHUNK];
  private final boolean[] skip = new boolean[Engine.CHUNK];

  Accumulator(CompiledQuery c, GroupIndexer indexer, boolean meanOfRatios) {
    this.c = c;
    this.indexer = indexer;
    this.meanOfRatios = meanOfRatios;
    this.kpis = c.numerators.length;
    this.stride = Layout.stride(kpis, c.totalColumns.length);
    this.kpiMayMiss = new boolean[kpis];
    for (int k = 0; k < kpis; k++) {
      kpiMayMiss[k] = c.numerators[k].mayBeMissing() || c.denominators[k].mayBeMissing();
    }
    this.fusedNumerators = new long[kpis][][];
    this.fusedDenominators = new long[kpis][];
    for (int k = 0; k < kpis && !meanOfRatios; k++) {
      long[][] num = c.numerators[k].plainColumns();
      long[][] den = c.denominators[k].plainColumns();
      if (num != null && num.length <= 4 && den != null && den.length == 1) {
        fusedNumerators[k] = num;
        fusedDenominators[k] = den[0];
      }
    }
    this.inline =
        kpis == 1
            && c.totalColumns.length == 0
            && fusedNumerators[0] != null
            && indexer.isSingleDimensionByBucket();
    int initialGroups = indexer.isDense() ? indexer.capacity() : 1024;
    this.state = new long[Math.multiplyExact(initialGroups, stride)];
  }

  long[] state() {
    return state;
  }

  CompiledQuery compiled() {
    return c;
  }

  GroupIndexer indexer() {
    return indexer;
  }

  boolean meanOfRatios() {
    return meanOfRatios;
  }

  int stride() {
    return stride;
  }

  /** Returns the kernels that ran so far. */
  Set<Kernel> kernelsRun() {
    return EnumSet.copyOf(ran);
  }

  void run(int from, int to) {
    if (inline) {
      runInline(from, to);
      return;
    }
    if (runProvenChunks(from, to)) {
      return;
    }
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      indexer.assign(start, n, group);
      ensureCapacity();
      if (kpis == 0 || meanOfRatios || kpiMayMiss[0]) {
        countRows(n);
      }
      if (kpis == 0) {
        ran.add(Kernel.GENERAL);
      }
      for (int k = 0; k < kpis; k++) {
        long[][] num = fusedNumerators[k];
        long[] den = fusedDenominators[k];
        if (num == null || den == null || !fused(k, num, den, start, n)) {
          accumulateKpi(k, start, n);
        }
      }
      for (int t = 0; t < c.totalColumns.length; t++) {
        accumulateTotal(t, start, n);
      }
    }
  }

  /**
   * The one-pass path of {@link #inline}: per chunk, one loop computes each row's group id, its
   * numerator and denominator, and adds them and the row into compact local sums, moved into the
   * group states at the end with checked adds. On an overflow the chunk is undone and runs through
   * the checked path, as in {@link #fused}.
   */
  private void runInline(int from, int to) {
    ensureCapacity();
    long[][] num = fusedNumerators[0];
    long[] den = fusedDenominators[0];
    int[] codes = indexer.singleDimensionCodes();
    int[] days = indexer.days();
    int[] lookup = indexer.dayLookup();
    if (num == null || den == null || days == null || lookup == null) {
      throw new IllegalStateException("not an inline query");
    }
    int buckets = indexer.bucketCount();
    int minDay = indexer.minDay();
    int base = Layout.kpi(0);
    if (ProvenSums.cannotOverflow(c.store, num, den, (long) to - from)) {
      ProvenSums.GroupIds ids =
          new ProvenSums.GroupIds(
              codes,
              days,
              indexer.bucketIsDay() ? null : lookup,
              minDay,
              buckets,
              indexer.capacity());
      foldProven(ProvenSums.sum(ids, num, den, from, to), base);
      ran.add(Kernel.INLINE_PROVEN);
      return;
    }
    // Compact local state (numerator and denominator side by side, int row counts): 20 bytes per
    // group instead of the state's 40, so that more of it stays in the L1 cache.
    ran.add(Kernel.INLINE_CHECKED);
    int groups = indexer.capacity();
    long[] sums = new long[2 * groups];
    int[] counts = new int[groups];
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      long sign =
          switch (num.length) {
            case 1 ->
                inline1(codes, days, lookup, buckets, minDay, num[0], den, start, n, sums, counts);
            case 2 ->
                inline2(
                    codes, days, lookup, buckets, minDay, num[0], num[1], den, start, n, sums,
                    counts);
            case 3 ->
                inline3(
                    codes, days, lookup, buckets, minDay, num[0], num[1], num[2], den, start, n,
                    sums, counts);
            default ->
                inline4(
                    codes, days, lookup, buckets, minDay, num[0], num[1], num[2], num[3], den,
                    start, n, sums, counts);
          };
      if (sign < 0) {
        // Undo the chunk in the local sums, move them into the state, and let the checked path
        // add the chunk and throw.
        indexer.assign(start, n, group);
        for (int i = 0; i < n; i++) {
          int g = group[i];
          long v = 0;
          for (long[] col : num) {
            v += col[start + i];
          }
          counts[g]--;
          sums[2 * g] -= v;
          sums[2 * g + 1] -= den[start + i];
        }
        fold(sums, counts, base);
        accumulateKpi(0, start, n);
      }
    }
    fold(sums, counts, base);
  }

  /**
   * The unchecked path of plain KPIs by dense group, without totals ({@link ProvenChunks}), taken
   * when every KPI's sums over the range are proven to fit a long.
   *
   * @return false, having done nothing, if the query or the range does not qualify
   */
  private boolean runProvenChunks(int from, int to) {
    if (kpis == 0 || meanOfRatios || c.totalColumns.length > 0 || !indexer.isDense()) {
      return false;
    }
    long[][][] num = new long[kpis][][];
    long[][] den = new long[kpis][];
    for (int k = 0; k < kpis; k++) {
      long[][] n = fusedNumerators[k];
      long[] d = fusedDenominators[k];
      if (n == null || d == null || !ProvenSums.cannotOverflow(c.store, n, d, (long) to - from)) {
        return false;
      }
      num[k] = n;
      den[k] = d;
    }
    ensureCapacity();
    int groups = indexer.capacity();
    long[] local = ProvenChunks.sum(indexer, num, den, groups, from, to);
    ran.add(Kernel.PROVEN_CHUNKS);
    long[] s = state;
    int w = stride;
    int lw = ProvenChunks.stride(kpis);
    for (int g = 0; g < groups; g++) {
      int from0 = g * lw;
      long rows = local[from0];
      if (rows == 0) {
        continue;
      }
      int at = g * w;
      s[at + Layout.ROWS] = Math.addExact(s[at + Layout.ROWS], rows);
      for (int k = 0; k < kpis; k++) {
        int slot = at + Layout.kpi(k);
        int sum = from0 + ProvenChunks.numerator(k);
        s[slot + Layout.A] = Math.addExact(s[slot + Layout.A], local[sum]);
        s[slot + Layout.B] = Math.addExact(s[slot + Layout.B], local[sum + 1]);
      }
    }
    return true;
  }

  /** Adds the local state of a {@link ProvenSums} loop into the state. */
  private void foldProven(long[] local, int base) {
    long[] s = state;
    int w = stride;
    int groups = local.length / ProvenSums.STRIDE;
    for (int g = 0; g < groups; g++) {
      int from = g * ProvenSums.STRIDE;
      long rows = local[from + ProvenSums.ROWS];
      if (rows != 0) {
        int at = g * w;
        s[at + Layout.ROWS] += rows;
        s[at + base + Layout.A] =
            Math.addExact(s[at + base + Layout.A], local[from + ProvenSums.NUMERATOR]);
        s[at + base + Layout.B] =
            Math.addExact(s[at + base + Layout.B], local[from + ProvenSums.DENOMINATOR]);
      }
    }
  }

  /** Adds the local sums and counts of {@link #runInline} into the state and clears them. */
  private void fold(long[] sums, int[] counts, int base) {
    long[] s = state;
    int w = stride;
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] != 0) {
        int at = g * w;
        s[at] += counts[g];
        s[at + base + Layout.A] = Math.addExact(s[at + base + Layout.A], sums[2 * g]);
        s[at + base + Layout.B] = Math.addExact(s[at + base + Layout.B], sums[2 * g + 1]);
        counts[g] = 0;
        sums[2 * g] = 0;
        sums[2 * g + 1] = 0;
      }
    }
  }

  // The inline loops: ids as GroupIndexer's one-pass case, figures as the fused loops, into the
  // local sums (2 per group) and counts. They return the OR of every intermediate sum.

  private long inline1(
      int[] codes,
      int[] days,
      int[] lookup,
      int buckets,
      int minDay,
      long[] a,
      long[] den,
      int start,
      int n,
      long[] sums,
      int[] counts) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long x = sums[2 * g] + a[r];
      long y = sums[2 * g + 1] + den[r];
      counts[g]++;
      sums[2 * g] = x;
      sums[2 * g + 1] = y;
      sign |= x | y;
    }
    return sign;
  }

  private long inline2(
      int[] codes,
      int[] days,
      int[] lookup,
      int buckets,
      int minDay,
      long[] a,
      long[] b,
      long[] den,
      int start,
      int n,
      long[] sums,
      int[] counts) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long v = a[r] + b[r];
      long x = sums[2 * g] + v;
      long y = sums[2 * g + 1] + den[r];
      counts[g]++;
      sums[2 * g] = x;
      sums[2 * g + 1] = y;
      sign |= v | x | y;
    }
    return sign;
  }

  private long inline3(
      int[] codes,
      int[] days,
      int[] lookup,
      int buckets,
      int minDay,
      long[] a,
      long[] b,
      long[] c3,
      long[] den,
      int start,
      int n,
      long[] sums,
      int[] counts) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long ab = a[r] + b[r];
      long v = ab + c3[r];
      long x = sums[2 * g] + v;
      long y = sums[2 * g + 1] + den[r];
      counts[g]++;
      sums[2 * g] = x;
      sums[2 * g + 1] = y;
      sign |= ab | v | x | y;
    }
    return sign;
  }

  private long inline4(
      int[] codes,
      int[] days,
      int[] lookup,
      int buckets,
      int minDay,
      long[] a,
      long[] b,
      long[] c3,
      long[] d4,
      long[] den,
      int start,
      int n,
      long[] sums,
      int[] counts) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long ab = a[r] + b[r];
      long abc = ab + c3[r];
      long v = abc + d4[r];
      long x = sums[2 * g] + v;
      long y = sums[2 * g + 1] + den[r];
      counts[g]++;
      sums[2 * g] = x;
      sums[2 * g + 1] = y;
      sign |= ab | abc | v | x | y;
    }
    return sign;
  }

  private void ensureCapacity() {
    long needed = (long) indexer.capacity() * stride;
    if (needed > state.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("too many groups: " + indexer.capacity());
      }
      state =
          Arrays.copyOf(
              state, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * state.length)));
    }
  }

  private void countRows(int n) {
    long[] s = state;
    int w = stride;
    for (int i = 0; i < n; i++) {
      s[group[i] * w]++;
    }
  }

  /**
   * The fused path of a KPI: in one pass over the chunk, each row's numerator (a plain sum of 1 to
   * 4 columns) and denominator are added into its group's state, and for the first KPI the group's
   * row count too. The adds wrap; since every value is zero or more, a sum that passes {@code
   * Long.MAX_VALUE} turns negative at the add that passes it, so the OR of every intermediate sum
   * is negative if and only if something overflowed. Then the chunk's adds are undone exactly
   * (wrapping subtraction is the inverse of wrapping addition) and the caller runs the checked
   * path, which throws the error naming the KPI and the rows.
   *
   * @return true if the chunk was added, false if it was undone because a sum overflowed
   */
  private boolean fused(int k, long[][] num, long[] den, int start, int n) {
    boolean count = k == 0;
    int base = Layout.kpi(k);
    long sign =
        switch (num.length) {
          case 1 -> fused1(count, base, num[0], den, start, n);
          case 2 -> fused2(count, base, num[0], num[1], den, start, n);
          case 3 -> fused3(count, base, num[0], num[1], num[2], den, start, n);
          default -> fused4(count, base, num[0], num[1], num[2], num[3], den, start, n);
        };
    if (sign >= 0) {
      ran.add(Kernel.FUSED);
      return true;
    }
    undo(count, base, num, den, start, n);
    return false;
  }

  /** Subtracts what a fused loop added for a chunk, with the same wrapping arithmetic. */
  private void undo(boolean count, int base, long[][] num, long[] den, int start, int n) {
    long[] s = state;
    int w = stride;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = group[i] * w;
      if (count) {
        s[g]--;
      }
      long v = 0;
      for (long[] col : num) {
        v += col[r];
      }
      s[g + base + Layout.A] -= v;
      s[g + base + Layout.B] -= den[r];
    }
  }

  // The fused loops return the OR of every intermediate sum: negative if and only if one wrapped.

  private long fused1(boolean count, int base, long[] a, long[] den, int start, int n) {
    long[] s = state;
    int w = stride;
    int[] grp = group;
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long x = s[g + base + Layout.A] + a[r];
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= x | y;
    }
    return sign;
  }

  private long fused2(boolean count, int base, long[] a, long[] b, long[] den, int start, int n) {
    long[] s = state;
    int w = stride;
    int[] grp = group;
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long v = a[r] + b[r];
      long x = s[g + base + Layout.A] + v;
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= v | x | y;
    }
    return sign;
  }

  private long fused3(
      boolean count, int base, long[] a, long[] b, long[] c3, long[] den, int start, int n) {
    long[] s = state;
    int w = stride;
    int[] grp = group;
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long ab = a[r] + b[r];
      long v = ab + c3[r];
      long x = s[g + base + Layout.A] + v;
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= ab | v | x | y;
    }
    return sign;
  }

  private long fused4(
      boolean count,
      int base,
      long[] a,
      long[] b,
      long[] c3,
      long[] d4,
      long[] den,
      int start,
      int n) {
    long[] s = state;
    int w = stride;
    int[] grp = group;
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long ab = a[r] + b[r];
      long abc = ab + c3[r];
      long v = abc + d4[r];
      long x = s[g + base + Layout.A] + v;
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= ab | abc | v | x | y;
    }
    return sign;
  }

  private void accumulateKpi(int k, int start, int n) {
    ran.add(Kernel.GENERAL);
    c.numerators[k].evaluate(start, n, numerator);
    c.denominators[k].evaluate(start, n, denominator);
    boolean anyMissing = false;
    if (kpiMayMiss[k]) {
      Arrays.fill(skip, 0, n, false);
      anyMissing = c.numerators[k].markMissing(start, n, skip);
      anyMissing |= c.denominators[k].markMissing(start, n, skip);
    }
    int base = Layout.kpi(k);
    try {
      if (meanOfRatios) {
        meanOfRatios(base, n, anyMissing);
      } else if (anyMissing) {
        ratioOfSumsSkipping(base, n);
      } else if (k == 0 && !kpiMayMiss[0]) {
        ratioOfSumsCountingRows(base, n);
      } else {
        ratioOfSums(base, n);
      }
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "sum of KPI '"
              + c.query.kpis().get(k).id()
              + "' overflows a long (more than "
              + Long.MAX_VALUE
              + ") in rows "
              + start
              + " to "
              + (start + n - 1));
    }
  }

  private void ratioOfSums(int base, int n) {
    long[] s = state;
    int w = stride;
    for (int i = 0; i < n; i++) {
      int g = group[i] * w + base;
      s[g + Layout.A] = Math.addExact(s[g + Layout.A], numerator[i]);
      s[g + Layout.B] = Math.addExact(s[g + Layout.B], denominator[i]);
    }
  }

  /** The same as {@link #ratioOfSums}, also counting each group's rows: one pass fewer. */
  private void ratioOfSumsCountingRows(int base, int n) {
    long[] s = state;
    int w = stride;
    for (int i = 0; i < n; i++) {
      int r = group[i] * w;
      int g = r + base;
      s[r]++;
      s[g + Layout.A] = Math.addExact(s[g + Layout.A], numerator[i]);
      s[g + Layout.B] = Math.addExact(s[g + Layout.B], denominator[i]);
    }
  }

  private void ratioOfSumsSkipping(int base, int n) {
    long[] s = state;
    int w = stride;
    for (int i = 0; i < n; i++) {
      int g = group[i] * w + base;
      if (skip[i]) {
        s[g + Layout.KPI_MISSING]++;
        continue;
      }
      s[g + Layout.A] = Math.addExact(s[g + Layout.A], numerator[i]);
      s[g + Layout.B] = Math.addExact(s[g + Layout.B], denominator[i]);
    }
  }

  /**
   * Adds each row's ratio as a fixed-point number: the whole part exactly, the fraction rounded to
   * 52 bits. Integer slots make the sum exact and independent of the order of rows and merges.
   */
  private void meanOfRatios(int base, int n, boolean anyMissing) {
    long[] s = state;
    int w = stride;
    for (int i = 0; i < n; i++) {
      int g = group[i] * w + base;
      if (anyMissing && skip[i]) {
        s[g + Layout.KPI_MISSING]++;
        continue;
      }
      long d = denominator[i];
      if (d == 0) {
        s[g + Layout.ZERO_DENOMINATOR]++;
        continue;
      }
      long num = numerator[i];
      long whole = num / d;
      long rest = num - whole * d;
      long fraction = Math.round((double) rest / d * TWO_TO_THE_52);
      long sum = s[g + Layout.B] + fraction;
      s[g + Layout.A] =
          Math.addExact(s[g + Layout.A], Math.addExact(whole, sum >> Layout.FRACTION_BITS));
      s[g + Layout.B] = sum & Layout.FRACTION_MASK;
    }
  }

  private void accumulateTotal(int t, int start, int n) {
    long[] col = c.store.values(c.totalColumns[t]);
    long[] bits = c.store.missing(c.totalColumns[t]);
    long[] s = state;
    int w = stride;
    int base = Layout.total(kpis, t);
    try {
      for (int i = 0; i < n; i++) {
        int row = start + i;
        int g = group[i] * w + base;
        if (bits != null && (bits[row >>> 6] & (1L << row)) != 0) {
          s[g + Layout.TOTAL_MISSING]++;
        } else {
          s[g] = Math.addExact(s[g], col[row]);
        }
      }
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "total of '"
              + c.query.totals().get(t)
              + "' overflows a long (more than "
              + Long.MAX_VALUE
              + ") in rows "
              + start
              + " to "
              + (start + n - 1));
    }
  }
}
