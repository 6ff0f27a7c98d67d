package dev.northstar.formulas.internal;

/**
 * The checked additions of one measure total over one chunk whose group ids are assigned: each
 * row's value into its group's {@link Layout} total slot, or a count of rows missing it. Part of
 * the {@link Kernel#GENERAL} path.
 */
final class TotalKernel implements AccumulationKernel {

  private final CompiledQuery c;
  private final int t;
  private final int kpis;
  private final StateArray states;
  private final int[] group;

  /**
   * Creates the kernel of one total.
   *
   * @param c the compiled query
   * @param t the total's index
   * @param states the state
   */
  TotalKernel(CompiledQuery c, int t, StateArray states) {
    this.c = c;
    this.t = t;
    this.kpis = c.numerators.length;
    this.states = states;
    this.group = states.chunkIds();
  }

  /** Adds one chunk whose ids are in {@link StateArray#chunkIds()}; always true. */
  @Override
  public boolean add(int from, int to) {
    int start = from;
    int n = to - from;
    long[] col = c.store.values(c.totalColumns[t]);
    long[] bits = c.store.missing(c.totalColumns[t]);
    long[] s = states.slots();
    int w = states.stride();
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
      throw LongRange.inRows("total of '" + c.query.totals().get(t) + "'", start, n);
    }
    return true;
  }
}
