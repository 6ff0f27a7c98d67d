package dev.northstar.formulas.internal;

/**
 * {@link Kernel#FUSED_MEAN}: the mean of ratios of one plain KPI ({@link PlainRatio}) over one
 * chunk whose group ids are assigned. The chunk's numerators (plain sums of columns) are evaluated
 * into a buffer; then in one pass each is divided by its row's denominator and the ratio added to
 * its group's {@link Layout} slots ({@link RowRatios}), a zero denominator counted instead, and,
 * for the KPI that counts the rows, the row counted too: no denominator buffer, no missing-value
 * marks and no separate pass to count the rows, as {@link GeneralKernel} needs. (Carrying the
 * fractions once per chunk instead of per row measured slower.)
 *
 * <p>The additions are checked; a sum that passes a long throws the error naming the KPI and the
 * chunk's rows, as {@link GeneralKernel} does.
 */
final class FusedMeanKernel implements AccumulationKernel {

  private final CompiledQuery c;
  private final int k;
  private final PlainRatio ratio;
  private final int base;
  private final boolean count;
  private final StateArray states;
  private final long[] numerator = new long[Engine.CHUNK];

  /**
   * Creates the kernel of one KPI.
   *
   * @param c the compiled query, for the error message
   * @param k the KPI's index
   * @param ratio the KPI's plain terms
   * @param count whether this kernel counts the rows of the chunk
   * @param states the state
   */
  FusedMeanKernel(CompiledQuery c, int k, PlainRatio ratio, boolean count, StateArray states) {
    ratio.requireNonNegative("FusedMeanKernel");
    this.c = c;
    this.k = k;
    this.ratio = ratio;
    this.base = Layout.kpi(k);
    this.count = count;
    this.states = states;
  }

  /** Adds one chunk whose ids are in {@link StateArray#chunkIds()}; always true. */
  @Override
  public boolean add(int from, int to) {
    long[] s = states.slots();
    int w = states.stride();
    int[] group = states.chunkIds();
    long[] den = ratio.den;
    long[] v = numerator;
    int n = to - from;
    states.ran(Kernel.FUSED_MEAN);
    ratio.numerator.evaluate(from, n, v);
    try {
      for (int i = 0; i < n; i++) {
        int row = group[i] * w;
        if (count) {
          s[row]++;
        }
        int at = row + base;
        long d = den[from + i];
        if (d == 0) {
          s[at + Layout.ZERO_DENOMINATOR]++;
          continue;
        }
        RowRatios.add(s, at, v[i], d);
      }
    } catch (ArithmeticException e) {
      throw GeneralKernel.overflow(c, k, from, n);
    }
    return true;
  }
}
