package dev.northstar.formulas.internal;

import org.jspecify.annotations.Nullable;

/**
 * The per-chunk path of every query that no whole-range kernel takes: per chunk of {@link
 * Engine#CHUNK} rows, the group ids are assigned once ({@link StateArray#assign}), the rows
 * counted, then each KPI is added by its {@link FusedKernel} if it has one and the chunk does not
 * overflow it, else by its {@link GeneralKernel}, each total by its {@link TotalKernel} and each
 * stock level by its {@link LevelKernel}.
 *
 * <p>Rows are counted in one place: by the first KPI's kernel when {@link #firstKpiCountsRows}
 * (saving a pass), else here in a pass of their own.
 */
final class ChunkedKernel implements AccumulationKernel {

  private final StateArray states;
  private final boolean firstKpiCountsRows;
  private final @Nullable FusedKernel[] fused;
  private final GeneralKernel[] general;
  private final TotalKernel[] totals;
  private final LevelKernel[] levels;

  /**
   * Creates the per-chunk path of a query.
   *
   * @param c the compiled query
   * @param meanOfRatios whether KPIs are means of ratios
   * @param plain per KPI, its plain ratio if it takes the fused loop, else null
   * @param states the state
   */
  ChunkedKernel(
      CompiledQuery c, boolean meanOfRatios, @Nullable PlainRatio[] plain, StateArray states) {
    this.states = states;
    int kpis = c.numerators.length;
    this.firstKpiCountsRows = firstKpiCountsRows(c, meanOfRatios);
    this.fused = new @Nullable FusedKernel[kpis];
    this.general = new GeneralKernel[kpis];
    GeneralKernel.Buffers buffers = new GeneralKernel.Buffers();
    for (int k = 0; k < kpis; k++) {
      boolean count = k == 0 && firstKpiCountsRows;
      PlainRatio ratio = plain[k];
      fused[k] = ratio == null ? null : new FusedKernel(ratio, k, count, states);
      general[k] = new GeneralKernel(c, k, meanOfRatios, count, states, buffers);
    }
    this.totals = new TotalKernel[c.totalColumns.length];
    for (int t = 0; t < totals.length; t++) {
      totals[t] = new TotalKernel(c, t, states);
    }
    this.levels = new LevelKernel[c.levelColumns.length];
    for (int l = 0; l < levels.length; l++) {
      levels[l] = new LevelKernel(c, l, states);
    }
  }

  /**
   * Tells whether the first KPI's loop counts the rows: a ratio of sums that cannot miss an input
   * adds every row, so its loop can count them in the same pass. Otherwise (no KPI, a mean of
   * ratios that skips zero denominators, or missing inputs) rows are counted in a pass of their
   * own.
   */
  static boolean firstKpiCountsRows(CompiledQuery c, boolean meanOfRatios) {
    return c.numerators.length > 0
        && !meanOfRatios
        && !c.numerators[0].mayBeMissing()
        && !c.denominators[0].mayBeMissing();
  }

  /** Returns the checked kernel of a KPI, which counts the rows if it is the first. */
  GeneralKernel general(int k) {
    return general[k];
  }

  /** Adds the range chunk by chunk; always true. */
  @Override
  public boolean add(int from, int to) {
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      int end = start + n;
      states.assign(start, n);
      if (!firstKpiCountsRows) {
        countRows(n);
      }
      if (general.length == 0) {
        states.ran(Kernel.GENERAL);
      }
      for (int k = 0; k < general.length; k++) {
        FusedKernel f = fused[k];
        if (f == null || !f.add(start, end)) {
          general[k].add(start, end);
        }
      }
      for (TotalKernel total : totals) {
        total.add(start, end);
      }
      for (LevelKernel level : levels) {
        level.add(start, end);
      }
    }
    return true;
  }

  private void countRows(int n) {
    long[] s = states.slots();
    int w = states.stride();
    int[] group = states.chunkIds();
    for (int i = 0; i < n; i++) {
      s[group[i] * w]++;
    }
  }
}
