package dev.northstar.formulas.internal;

/**
 * {@link Kernel#INLINE_PROVEN}: one plain ratio of sums by one dimension and a time bucket, no
 * totals, over a range whose sums {@link OverflowProof} has proven to fit a long. One loop over the
 * whole range computes each row's group id and adds its numerator, denominator and row into {@link
 * CompactSums} with no overflow check at all, so it runs like a hand-written loop, which the
 * checked loops cannot match: their OR of every intermediate sum is a chain of dependent
 * instructions per row. The sums are then folded into the state.
 *
 * <p>Each loop allocates and returns its own local state, so that the compiler sees that it shares
 * no memory with the columns. Group ids are as {@link GroupIndexer#isSingleDimensionByBucket()}
 * computes them; for the day bucket the bucket of a day is the day itself, without the lookup.
 */
final class InlineProvenKernel implements AccumulationKernel {

  private static final int STRIDE = CompactSums.STRIDE_OF_ONE;
  private static final int NUMERATOR = CompactSums.NUMERATOR;
  private static final int DENOMINATOR = CompactSums.DENOMINATOR;
  private static final int ROWS = CompactSums.ROWS;

  private final StateArray states;
  private final ColumnStore store;
  private final PlainRatio ratio;
  private final InlineIds ids;

  /**
   * Creates the kernel of a query of the inline shape.
   *
   * @param store the table's columns
   * @param ratio the query's one KPI; the query has no totals
   * @param states the state, whose indexer {@link GroupIndexer#isSingleDimensionByBucket()}
   * @throws IllegalStateException if the indexer is not of that shape
   */
  InlineProvenKernel(ColumnStore store, PlainRatio ratio, StateArray states) {
    this.states = states;
    this.store = store;
    this.ratio = ratio;
    this.ids = InlineIds.of(states.indexer());
  }

  /** Adds the range if its sums are proven to fit; otherwise adds nothing and returns false. */
  @Override
  public boolean add(int from, int to) {
    if (!ratio.cannotOverflow(store, (long) to - from)) {
      return false;
    }
    states.ensureCapacity();
    CompactSums.fold(sum(ids, ratio.num, ratio.den, from, to), 1, states);
    states.ran(Kernel.INLINE_PROVEN);
    return true;
  }

  /**
   * Sums a range of rows by group.
   *
   * @param g the group ids' inputs
   * @param num the numerator's columns, 1 to 4
   * @param den the denominator's column
   * @param from the first row
   * @param to the row after the last
   * @return the local state, {@link CompactSums} of one KPI
   */
  static long[] sum(InlineIds g, long[][] num, long[] den, int from, int to) {
    int[] lookup = g.lookup;
    if (g.dayIsBucket) {
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

  // One loop per arity and bucket lookup: a loop over an array of columns, or a branch on the
  // lookup, would cost what the checks cost. Slot of a group: STRIDE * id.

  private static long[] byDay1(InlineIds g, long[] a, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at + NUMERATOR] += a[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byDay2(InlineIds g, long[] a, long[] b, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at + NUMERATOR] += a[r] + b[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byDay3(
      InlineIds g, long[] a, long[] b, long[] c, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at + NUMERATOR] += a[r] + b[r] + c[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byDay4(
      InlineIds g, long[] a, long[] b, long[] c, long[] d, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], days[r] - minDay, buckets);
      s[at + NUMERATOR] += a[r] + b[r] + c[r] + d[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket1(
      InlineIds g, int[] lookup, long[] a, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at + NUMERATOR] += a[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket2(
      InlineIds g, int[] lookup, long[] a, long[] b, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at + NUMERATOR] += a[r] + b[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket3(
      InlineIds g, int[] lookup, long[] a, long[] b, long[] c, long[] den, int from, int to) {
    long[] s = new long[STRIDE * g.groups];
    int[] codes = g.codes;
    int[] days = g.days;
    int buckets = g.buckets;
    int minDay = g.minDay;
    for (int r = from; r < to; r++) {
      int at = STRIDE * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
      s[at + NUMERATOR] += a[r] + b[r] + c[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }

  private static long[] byBucket4(
      InlineIds g,
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
      s[at + NUMERATOR] += a[r] + b[r] + c[r] + d[r];
      s[at + DENOMINATOR] += den[r];
      s[at + ROWS]++;
    }
    return s;
  }
}
