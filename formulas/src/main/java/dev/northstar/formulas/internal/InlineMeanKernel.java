package dev.northstar.formulas.internal;

/**
 * {@link Kernel#INLINE_MEAN}: the mean of ratios of one plain KPI ({@link PlainRatio}) by one
 * dimension and a time bucket, no totals. One loop over the range computes each row's group id
 * ({@link GroupIdEncoding}), counts the row, sums its numerator's columns, divides and adds the
 * ratio to the group's {@link Layout} slots ({@link RowRatios}), or counts a zero denominator. The
 * ids are not assigned into a buffer first, as {@link FusedMeanKernel} must for other groupings:
 * the division is the slow part of a row, and a separate pass over the ids no longer overlaps with
 * it.
 *
 * <p>The additions are checked, chunk by chunk of {@link Engine#CHUNK} rows, so that a sum that
 * passes a long throws the error naming the KPI and the chunk's rows, as {@link GeneralKernel}
 * does.
 */
final class InlineMeanKernel implements AccumulationKernel {

  private final CompiledQuery c;
  private final PlainRatio ratio;
  private final StateArray states;
  private final InlineIds ids;

  /**
   * Creates the kernel of a query of the inline shape.
   *
   * @param c the compiled query, for the error message
   * @param ratio the query's one KPI, a mean of ratios; the query has no totals or levels
   * @param states the state, whose indexer {@link GroupIndexer#isSingleDimensionByBucket()}
   * @throws IllegalStateException if the indexer is not of that shape
   * @throws IllegalArgumentException if a column of the KPI may be negative
   */
  InlineMeanKernel(CompiledQuery c, PlainRatio ratio, StateArray states) {
    this.c = c;
    this.ratio = ratio.requireNonNegative("InlineMeanKernel");
    this.states = states;
    this.ids = InlineIds.of(states.indexer());
  }

  /** Adds the range; always true. */
  @Override
  public boolean add(int from, int to) {
    states.ensureCapacity();
    states.ran(Kernel.INLINE_MEAN);
    int[] codes = ids.codes;
    int[] days = ids.days;
    int[] lookup = ids.lookup;
    int buckets = ids.buckets;
    int minDay = ids.minDay;
    long[] s = states.slots();
    int w = states.stride();
    int base = Layout.kpi(0);
    long[][] num = ratio.num;
    long[] first = num[0];
    long[] den = ratio.den;
    for (int start = from; start < to; start += Engine.CHUNK) {
      int end = Math.min(to, start + Engine.CHUNK);
      try {
        for (int r = start; r < end; r++) {
          int row = w * GroupIdEncoding.id(codes[r], lookup[days[r] - minDay], buckets);
          s[row + Layout.ROWS]++;
          int at = row + base;
          long d = den[r];
          if (d == 0) {
            s[at + Layout.ZERO_DENOMINATOR]++;
            continue;
          }
          long v = first[r];
          for (int j = 1; j < num.length; j++) {
            v = Math.addExact(v, num[j][r]);
          }
          RowRatios.add(s, at, v, d);
        }
      } catch (ArithmeticException e) {
        throw GeneralKernel.overflow(c, 0, start, end - start);
      }
    }
    return true;
  }
}
