package dev.northstar.formulas.internal;

import org.jspecify.annotations.Nullable;

/**
 * The per-chunk path of every query that no whole-range kernel takes: per chunk of {@link
 * Engine#CHUNK} rows, the group ids are assigned once ({@link StateArray#assign}), the rows
 * counted, then each KPI is added by its {@link FusedKernel} (a plain ratio of sums) if it has one
 * and the chunk does not overflow it, or by its {@link FusedMeanKernel} (a plain mean of ratios),
 * else by its {@link GeneralKernel}, each total by its {@link TotalKernel} and each stock level by
 * its {@link LevelKernel}.
 *
 * <p>Rows are counted in one place: by the first KPI's kernel when {@link #firstKpiCountsRows}
 * (saving a pass), else here in a pass of their own.
 */
final class ChunkedKernel implements AccumulationKernel {

  private final StateArray states;
  private final boolean firstKpiCountsRows;
  private final @Nullable AccumulationKernel[] fused;
  private final GeneralKernel[] general;
  private final TotalKernel[] totals;
  private final LevelKernel[] levels;

  /**
   * Creates the per-chunk path of a query.
   *
   * @param c the compiled query
   * @param meanOfRatios whether KPIs are means of ratios
   * @param plain per KPI, its plain terms if it takes a fused loop, else null
   * @param states the state
   */
  ChunkedKernel(
      CompiledQuery c, boolean meanOfRatios, @Nullable PlainRatio[] plain, StateArray states) {
    this.states = states;
    int kpis = c.numerators.length;
    this.firstKpiCountsRows = firstKpiCountsRows(c, meanOfRatios, kpis > 0 && plain[0] != null);
    this.fused = new @Nullable AccumulationKernel[kpis];
    this.general = new GeneralKernel[kpis];
    GeneralKernel.Buffers buffers = new GeneralKernel.Buffers();
    for (int k = 0; k < kpis; k++) {
      boolean count = k == 0 && firstKpiCountsRows;
      PlainRatio ratio = plain[k];
      if (ratio == null) {
        fused[k] = null;
      } else if (meanOfRatios) {
        fused[k] = new FusedMeanKernel(c, k, ratio, count, states);
      } else {
        fused[k] = new FusedKernel(ratio, k, count, states);
      }
      // A fused mean never falls back, so its general kernel never runs and counts nothing.
      boolean generalCounts = count && !meanOfRatios;
      general[k] = new GeneralKernel(c, k, meanOfRatios, generalCounts, states, buffers);
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
   * adds every row, and so does the fused loop of a plain mean of ratios (it visits every row, zero
   * denominator or not), so their loops can count them in the same pass. Otherwise (no KPI, a
   * general mean of ratios that skips zero denominators, or missing inputs) rows are counted in a
   * pass of their own.
   *
   * @param firstIsPlain whether the first KPI takes a fused loop
   */
  static boolean firstKpiCountsRows(CompiledQuery c, boolean meanOfRatios, boolean firstIsPlain) {
    if (c.numerators.length == 0) {
      return false;
    }
    if (meanOfRatios) {
      return firstIsPlain;
    }
    return !c.numerators[0].mayBeMissing() && !c.denominators[0].mayBeMissing();
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
        AccumulationKernel f = fused[k];
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
