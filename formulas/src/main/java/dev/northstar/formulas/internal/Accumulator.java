package dev.northstar.formulas.internal;

import java.util.Arrays;

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
  private long[] state;

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
    int initialGroups = indexer.isDense() ? indexer.capacity() : 1024;
    this.state = new long[Math.multiplyExact(initialGroups, stride)];
  }

  long[] state() {
    return state;
  }

  int stride() {
    return stride;
  }

  void run(int from, int to) {
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      indexer.assign(start, n, group);
      ensureCapacity();
      if (kpis == 0 || meanOfRatios || kpiMayMiss[0]) {
        countRows(n);
      }
      for (int k = 0; k < kpis; k++) {
        accumulateKpi(k, start, n);
      }
      for (int t = 0; t < c.totalColumns.length; t++) {
        accumulateTotal(t, start, n);
      }
    }
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

  private void accumulateKpi(int k, int start, int n) {
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
