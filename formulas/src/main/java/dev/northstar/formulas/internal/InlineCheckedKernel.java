package dev.northstar.formulas.internal;

/**
 * {@link Kernel#INLINE_CHECKED}: the shape of {@link InlineProvenKernel} (one plain ratio of sums
 * by one dimension and a time bucket, no totals) over a range whose sums are not proven to fit. Per
 * chunk, one loop computes each row's group id and adds its numerator, denominator and row into
 * {@link CompactSums}, folded into the state at the end of the range.
 *
 * <p>The adds wrap. The columns are non-negative ({@link PlainRatio}), so a sum that passes {@code
 * Long.MAX_VALUE} turns negative at the add that passes it, and the OR of every intermediate sum,
 * which each loop returns, is negative if and only if something overflowed. Then the chunk's adds
 * are undone exactly (wrapping subtraction is the inverse of wrapping addition), the sums so far
 * are folded, and the chunk goes to the checked {@link GeneralKernel}, which throws the error
 * naming the KPI and the rows.
 */
final class InlineCheckedKernel implements AccumulationKernel {

  private static final int STRIDE = CompactSums.STRIDE_OF_ONE;
  private static final int NUMERATOR = CompactSums.NUMERATOR;
  private static final int DENOMINATOR = CompactSums.DENOMINATOR;
  private static final int ROWS = CompactSums.ROWS;

  private final StateArray states;
  private final PlainRatio ratio;
  private final AccumulationKernel fallback;
  private final InlineIds ids;

  /**
   * Creates the kernel of a query of the inline shape.
   *
   * @param ratio the query's one KPI; the query has no totals
   * @param states the state, whose indexer {@link GroupIndexer#isSingleDimensionByBucket()}
   * @param fallback the checked kernel of the KPI, for a chunk that overflowed; it counts the rows
   * @throws IllegalStateException if the indexer is not of that shape
   */
  InlineCheckedKernel(PlainRatio ratio, StateArray states, AccumulationKernel fallback) {
    this.states = states;
    this.ratio = ratio.requireNonNegative("InlineCheckedKernel");
    this.fallback = fallback;
    this.ids = InlineIds.of(states.indexer());
  }

  /** Adds the range; a chunk that overflows goes to the fallback, which throws. */
  @Override
  public boolean add(int from, int to) {
    states.ensureCapacity();
    int[] codes = ids.codes;
    int[] days = ids.days;
    int[] lookup = ids.lookup;
    int buckets = ids.buckets;
    int minDay = ids.minDay;
    long[][] num = ratio.num;
    long[] den = ratio.den;
    states.ran(Kernel.INLINE_CHECKED);
    long[] local = new long[Math.multiplyExact(STRIDE, ids.groups)];
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      long sign =
          switch (num.length) {
            case 1 -> inline1(codes, days, lookup, buckets, minDay, num[0], den, start, n, local);
            case 2 ->
                inline2(codes, days, lookup, buckets, minDay, num[0], num[1], den, start, n, local);
            case 3 ->
                inline3(
                    codes, days, lookup, buckets, minDay, num[0], num[1], num[2], den, start, n,
                    local);
            default ->
                inline4(
                    codes, days, lookup, buckets, minDay, num[0], num[1], num[2], num[3], den,
                    start, n, local);
          };
      if (sign < 0) {
        undo(local, start, n);
        CompactSums.fold(local, 1, states);
        fallback.add(start, start + n);
      }
    }
    CompactSums.fold(local, 1, states);
    return true;
  }

  /** Subtracts what an inline loop added for a chunk, with the same wrapping arithmetic. */
  private void undo(long[] local, int start, int n) {
    int[] group = states.assign(start, n);
    long[][] num = ratio.num;
    long[] den = ratio.den;
    for (int i = 0; i < n; i++) {
      int at = STRIDE * group[i];
      long v = 0;
      for (long[] col : num) {
        v += col[start + i];
      }
      local[at + ROWS]--;
      local[at + NUMERATOR] -= v;
      local[at + DENOMINATOR] -= den[start + i];
    }
  }

  // The inline loops: ids as GroupIndexer's one-pass case, figures as FusedKernel's loops, into the
  // local sums. They return the OR of every intermediate sum.

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
      long[] local) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long x = local[at + NUMERATOR] + a[r];
      long y = local[at + DENOMINATOR] + den[r];
      local[at + ROWS]++;
      local[at + NUMERATOR] = x;
      local[at + DENOMINATOR] = y;
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
      long[] local) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long v = a[r] + b[r];
      long x = local[at + NUMERATOR] + v;
      long y = local[at + DENOMINATOR] + den[r];
      local[at + ROWS]++;
      local[at + NUMERATOR] = x;
      local[at + DENOMINATOR] = y;
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
      long[] local) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long ab = a[r] + b[r];
      long v = ab + c3[r];
      long x = local[at + NUMERATOR] + v;
      long y = local[at + DENOMINATOR] + den[r];
      local[at + ROWS]++;
      local[at + NUMERATOR] = x;
      local[at + DENOMINATOR] = y;
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
      long[] local) {
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      long ab = a[r] + b[r];
      long abc = ab + c3[r];
      long v = abc + d4[r];
      long x = local[at + NUMERATOR] + v;
      long y = local[at + DENOMINATOR] + den[r];
      local[at + ROWS]++;
      local[at + NUMERATOR] = x;
      local[at + DENOMINATOR] = y;
      sign |= ab | abc | v | x | y;
    }
    return sign;
  }
}
