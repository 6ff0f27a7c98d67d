package dev.northstar.formulas.internal;

/**
 * The local state of the kernels that keep their sums apart from the {@link Layout} state while
 * they run ({@link InlineProvenKernel}, {@link InlineCheckedKernel}, {@link ProvenChunksKernel}):
 * per group, {@code 1 + 2 x KPIs} slots, the row count then each KPI's numerator and denominator
 * sums. Fewer slots than the state's, so more groups stay in the L1 cache; and an array the kernel
 * allocates itself, which the compiler can see shares no memory with the columns. {@link #fold},
 * the one way back into the state, adds them with checked additions.
 */
final class CompactSums {

  /** Offset of the row count. */
  static final int ROWS = 0;

  /** Slots per group of one KPI. */
  static final int STRIDE_OF_ONE = 3;

  /** Offset of the numerator sum of a single KPI; its denominator sum follows. */
  static final int NUMERATOR = 1;

  /** Offset of the denominator sum of a single KPI. */
  static final int DENOMINATOR = 2;

  private CompactSums() {}

  /** Slots per group of {@code kpis} KPIs. */
  static int stride(int kpis) {
    return 1 + 2 * kpis;
  }

  /** The slot of a KPI's numerator sum; its denominator sum follows. */
  static int numerator(int kpi) {
    return 1 + 2 * kpi;
  }

  /**
   * Adds local sums into the state's rows and ratio-of-sums slots of the first {@code kpis} KPIs,
   * group by group, skipping groups without rows, and clears the local sums it added.
   *
   * @param local the local sums, {@link #stride} slots per group, group ids as the state's
   * @param kpis the number of KPIs in {@code local}
   * @param into the state; grown to the indexer's capacity already
   * @throws ArithmeticException if a state's sum overflows
   */
  static void fold(long[] local, int kpis, StateArray into) {
    long[] s = into.slots();
    int w = into.stride();
    int lw = stride(kpis);
    int groups = local.length / lw;
    for (int g = 0; g < groups; g++) {
      int from = g * lw;
      long rows = local[from + ROWS];
      if (rows == 0) {
        continue;
      }
      int at = g * w;
      s[at + Layout.ROWS] = Math.addExact(s[at + Layout.ROWS], rows);
      local[from + ROWS] = 0;
      for (int k = 0; k < kpis; k++) {
        int slot = at + Layout.kpi(k);
        int sum = from + numerator(k);
        s[slot + Layout.A] = Math.addExact(s[slot + Layout.A], local[sum]);
        s[slot + Layout.B] = Math.addExact(s[slot + Layout.B], local[sum + 1]);
        local[sum] = 0;
        local[sum + 1] = 0;
      }
    }
  }
}
