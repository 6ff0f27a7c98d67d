package dev.northstar.formulas.internal;

import java.util.Arrays;

/**
 * {@link Kernel#GENERAL} for one KPI over one chunk whose group ids are assigned: any ratio of sums
 * or mean of ratios, weighted or per-platform terms, missing values. The KPI's row numerators and
 * denominators are evaluated into two buffers ({@link Terms#evaluate}), its rows missing an input
 * marked, then added into the groups' {@link Layout} slots with checked additions. It is also the
 * fallback of a chunk that overflowed a fused or inline loop, and throws the error naming the KPI
 * and the rows.
 */
final class GeneralKernel implements AccumulationKernel {

  /** The buffers of one chunk, shared by the KPIs of an accumulator, which run one at a time. */
  static final class Buffers {
    final long[] numerator = new long[Engine.CHUNK];
    final long[] denominator = new long[Engine.CHUNK];
    final boolean[] skip = new boolean[Engine.CHUNK];
  }

  private final CompiledQuery c;
  private final int k;
  private final boolean meanOfRatios;
  private final boolean count;
  private final boolean mayMiss;
  private final StateArray states;
  private final int[] group;
  private final long[] numerator;
  private final long[] denominator;
  private final boolean[] skip;

  /**
   * Creates the kernel of one KPI.
   *
   * @param c the compiled query
   * @param k the KPI's index
   * @param meanOfRatios whether the KPI is a mean of ratios
   * @param count whether this kernel counts the rows of the chunk; only for a ratio of sums that
   *     cannot miss an input, since a row counts whatever its inputs
   * @param states the state
   * @param buffers the chunk's buffers
   * @throws IllegalArgumentException if asked to count the rows of a KPI that cannot
   */
  GeneralKernel(
      CompiledQuery c,
      int k,
      boolean meanOfRatios,
      boolean count,
      StateArray states,
      Buffers buffers) {
    this.c = c;
    this.k = k;
    this.meanOfRatios = meanOfRatios;
    this.mayMiss = c.numerators[k].mayBeMissing() || c.denominators[k].mayBeMissing();
    if (count && (meanOfRatios || mayMiss)) {
      throw new IllegalArgumentException(
          "KPI "
              + k
              + " skips rows (missing inputs or zero denominators), so it cannot count them");
    }
    this.count = count;
    this.states = states;
    this.group = states.chunkIds();
    this.numerator = buffers.numerator;
    this.denominator = buffers.denominator;
    this.skip = buffers.skip;
  }

  /** Adds one chunk whose ids are in {@link StateArray#chunkIds()}; always true. */
  @Override
  public boolean add(int from, int to) {
    int start = from;
    int n = to - from;
    states.ran(Kernel.GENERAL);
    c.numerators[k].evaluate(start, n, numerator);
    c.denominators[k].evaluate(start, n, denominator);
    boolean anyMissing = false;
    if (mayMiss) {
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
      } else if (count) {
        ratioOfSumsCountingRows(base, n);
      } else {
        ratioOfSums(base, n);
      }
    } catch (ArithmeticException e) {
      throw overflow(c, k, start, n);
    }
    return true;
  }

  /**
   * Returns the error of a KPI's sum that passed a long in a chunk.
   *
   * @param c the compiled query
   * @param k the KPI's index
   * @param start the chunk's first row
   * @param n the chunk's rows
   * @return the error, naming the KPI and the rows
   */
  static ArithmeticException overflow(CompiledQuery c, int k, int start, int n) {
    return LongRange.inRows("sum of KPI '" + c.query.kpis().get(k).id() + "'", start, n);
  }

  private void ratioOfSums(int base, int n) {
    long[] s = states.slots();
    int w = states.stride();
    for (int i = 0; i < n; i++) {
      int g = group[i] * w + base;
      s[g + Layout.A] = Math.addExact(s[g + Layout.A], numerator[i]);
      s[g + Layout.B] = Math.addExact(s[g + Layout.B], denominator[i]);
    }
  }

  /** The same as {@link #ratioOfSums}, also counting each group's rows: one pass fewer. */
  private void ratioOfSumsCountingRows(int base, int n) {
    long[] s = states.slots();
    int w = states.stride();
    for (int i = 0; i < n; i++) {
      int r = group[i] * w;
      int g = r + base;
      s[r]++;
      s[g + Layout.A] = Math.addExact(s[g + Layout.A], numerator[i]);
      s[g + Layout.B] = Math.addExact(s[g + Layout.B], denominator[i]);
    }
  }

  private void ratioOfSumsSkipping(int base, int n) {
    long[] s = states.slots();
    int w = states.stride();
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

  /** Adds each row's ratio as a fixed-point number ({@link RowRatios}). */
  private void meanOfRatios(int base, int n, boolean anyMissing) {
    long[] s = states.slots();
    int w = states.stride();
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
      RowRatios.add(s, g, numerator[i], d);
    }
  }
}
