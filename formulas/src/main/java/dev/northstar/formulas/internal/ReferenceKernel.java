package dev.northstar.formulas.internal;

import java.util.Arrays;

/**
 * The plain reference of every accumulation loop: one row at a time, every addition checked, no
 * chunk, no local sums, no proof that a sum fits. It writes the same {@link Layout} state as {@link
 * Accumulator} for the same group ids, so the property test of the loops compares the two slot by
 * slot. It is not used by the engine.
 */
final class ReferenceKernel {

  private static final double TWO_TO_THE_52 = 0x1p52;

  private ReferenceKernel() {}

  /**
   * Accumulates rows {@code [from, to)}.
   *
   * @param c the compiled query
   * @param indexer a new indexer of the query: ids are handed out as the rows come
   * @param meanOfRatios whether KPIs are means of ratios
   * @param from the first row
   * @param to the row after the last
   * @return the state of every id up to the indexer's capacity
   * @throws ArithmeticException if a sum overflows
   */
  static long[] run(CompiledQuery c, GroupIndexer indexer, boolean meanOfRatios, int from, int to) {
    int kpis = c.numerators.length;
    int totals = c.totalColumns.length;
    int stride = Layout.stride(kpis, totals, c.levelColumns.length);
    long[] state = new long[0];
    int[] id = new int[1];
    long[] num = new long[1];
    long[] den = new long[1];
    boolean[] skip = new boolean[1];
    for (int r = from; r < to; r++) {
      indexer.assign(r, 1, id);
      int at = id[0] * stride;
      if (at + stride > state.length) {
        state = Arrays.copyOf(state, Math.max(at + stride, 2 * state.length));
      }
      state[at + Layout.ROWS] = Math.addExact(state[at + Layout.ROWS], 1);
      for (int k = 0; k < kpis; k++) {
        c.numerators[k].evaluate(r, 1, num);
        c.denominators[k].evaluate(r, 1, den);
        skip[0] = false;
        c.numerators[k].markMissing(r, 1, skip);
        c.denominators[k].markMissing(r, 1, skip);
        int slot = at + Layout.kpi(k);
        if (skip[0]) {
          state[slot + Layout.KPI_MISSING]++;
        } else if (!meanOfRatios) {
          state[slot + Layout.A] = Math.addExact(state[slot + Layout.A], num[0]);
          state[slot + Layout.B] = Math.addExact(state[slot + Layout.B], den[0]);
        } else if (den[0] == 0) {
          state[slot + Layout.ZERO_DENOMINATOR]++;
        } else {
          addRatio(state, slot, num[0], den[0]);
        }
      }
      for (int t = 0; t < c.totalColumns.length; t++) {
        long[] bits = c.store.missing(c.totalColumns[t]);
        int slot = at + Layout.total(kpis, t);
        if (bits != null && (bits[r >>> 6] & (1L << r)) != 0) {
          state[slot + Layout.TOTAL_MISSING]++;
        } else {
          state[slot] = Math.addExact(state[slot], c.store.values(c.totalColumns[t])[r]);
        }
      }
      for (int l = 0; l < c.levelColumns.length; l++) {
        addLevel(c, l, state, at + Layout.level(kpis, totals, l), r);
      }
    }
    int capacity = indexer.capacity() * stride;
    return state.length >= capacity ? state : Arrays.copyOf(state, capacity);
  }

  /**
   * Adds one row to a level: the first row of the group sets every figure; a later row replaces the
   * first (last) moment if it is earlier (later), adds to it if at the same time.
   */
  private static void addLevel(CompiledQuery c, int l, long[] state, int slot, int r) {
    long[] bits = c.store.missing(c.levelColumns[l]);
    if (bits != null && (bits[r >>> 6] & (1L << r)) != 0) {
      state[slot + Layout.LEVEL_MISSING]++;
      return;
    }
    long value = c.store.values(c.levelColumns[l])[r];
    long time = c.levelTime(r);
    boolean first = state[slot + Layout.LEVEL_COUNTED] == 0;
    state[slot + Layout.LEVEL_COUNTED]++;
    if (first || time < state[slot + Layout.FIRST_TIME]) {
      state[slot + Layout.FIRST_TIME] = time;
      state[slot + Layout.FIRST_VALUE] = value;
      state[slot + Layout.FIRST_ROWS] = 1;
    } else if (time == state[slot + Layout.FIRST_TIME]) {
      state[slot + Layout.FIRST_VALUE] = Math.addExact(state[slot + Layout.FIRST_VALUE], value);
      state[slot + Layout.FIRST_ROWS]++;
    }
    if (first || time > state[slot + Layout.LAST_TIME]) {
      state[slot + Layout.LAST_TIME] = time;
      state[slot + Layout.LAST_VALUE] = value;
      state[slot + Layout.LAST_ROWS] = 1;
    } else if (time == state[slot + Layout.LAST_TIME]) {
      state[slot + Layout.LAST_VALUE] = Math.addExact(state[slot + Layout.LAST_VALUE], value);
      state[slot + Layout.LAST_ROWS]++;
    }
    state[slot + Layout.MIN] = first ? value : Math.min(state[slot + Layout.MIN], value);
    state[slot + Layout.MAX] = first ? value : Math.max(state[slot + Layout.MAX], value);
  }

  /**
   * Adds one row's ratio as a fixed-point number: the whole quotient exactly, the remainder's
   * fraction rounded to {@link Layout#FRACTION_BITS} bits, carried.
   */
  private static void addRatio(long[] state, int slot, long num, long den) {
    long whole = num / den;
    long fraction = Math.round((double) (num - whole * den) / den * TWO_TO_THE_52);
    state[slot + Layout.B] += fraction;
    state[slot + Layout.A] = Math.addExact(state[slot + Layout.A], whole);
    Layout.carry(state, slot - Layout.kpi(0), 1);
  }
}
