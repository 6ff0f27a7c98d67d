package dev.northstar.formulas.internal;

/**
 * {@link Kernel#PROVEN_CHUNKS}: several plain KPIs ({@link PlainRatio}) by dense group, no totals,
 * over a range that {@link OverflowProof} has proven safe for every KPI. Per chunk of rows, the
 * group ids are assigned once, then one unchecked loop per KPI adds its numerator and denominator
 * into {@link CompactSums}; the first KPI's loop also counts the rows. The checked loops OR every
 * intermediate sum to detect a wrap, about a nanosecond per KPI and row; a proof makes that
 * unnecessary. The sums are folded into the state at the end of the range.
 */
final class ProvenChunksKernel implements AccumulationKernel {

  private final ColumnStore store;
  private final PlainRatio[] ratios;
  private final StateArray states;
  private final long[][][] num;
  private final long[][] den;

  /**
   * Creates the kernel of a query of plain KPIs by dense group, without totals.
   *
   * @param store the table's columns
   * @param ratios the KPIs, one or more
   * @param states the state, whose indexer is dense
   * @throws IllegalStateException if the indexer is not dense or there is no KPI
   */
  ProvenChunksKernel(ColumnStore store, PlainRatio[] ratios, StateArray states) {
    if (!states.indexer().isDense() || ratios.length == 0) {
      throw new IllegalStateException("not plain KPIs by dense group");
    }
    this.store = store;
    this.ratios = ratios.clone();
    this.states = states;
    this.num = new long[ratios.length][][];
    this.den = new long[ratios.length][];
    for (int k = 0; k < ratios.length; k++) {
      num[k] = ratios[k].num;
      den[k] = ratios[k].den;
    }
  }

  /** Adds the range if every KPI's sums are proven to fit; otherwise adds nothing. */
  @Override
  public boolean add(int from, int to) {
    for (PlainRatio ratio : ratios) {
      if (!ratio.cannotOverflow(store, (long) to - from)) {
        return false;
      }
    }
    states.ensureCapacity();
    GroupIndexer indexer = states.indexer();
    long[] local = sum(indexer, num, den, indexer.capacity(), from, to);
    states.ran(Kernel.PROVEN_CHUNKS);
    CompactSums.fold(local, ratios.length, states);
    return true;
  }

  /**
   * Adds a range of rows by group into a fresh local state.
   *
   * @param indexer assigns the rows' dense group ids
   * @param num per KPI, the numerator's columns, 1 to 4
   * @param den per KPI, the denominator's column
   * @param groups the number of dense group ids
   * @param from the first row
   * @param to the row after the last
   * @return the local state, {@link CompactSums} of {@code num.length} KPIs
   */
  static long[] sum(
      GroupIndexer indexer, long[][][] num, long[][] den, int groups, int from, int to) {
    int kpis = num.length;
    int w = CompactSums.stride(kpis);
    long[] local = new long[Math.multiplyExact(groups, w)];
    int[] group = new int[Engine.CHUNK];
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      indexer.assign(start, n, group);
      for (int k = 0; k < kpis; k++) {
        add(local, w, CompactSums.numerator(k), k == 0, group, num[k], den[k], start, n);
      }
    }
    return local;
  }

  private static void add(
      long[] local,
      int w,
      int slot,
      boolean count,
      int[] group,
      long[][] num,
      long[] den,
      int start,
      int n) {
    switch (num.length) {
      case 1 -> add1(local, w, slot, count, group, num[0], den, start, n);
      case 2 -> add2(local, w, slot, count, group, num[0], num[1], den, start, n);
      case 3 -> add3(local, w, slot, count, group, num[0], num[1], num[2], den, start, n);
      default -> add4(local, w, slot, count, group, num[0], num[1], num[2], num[3], den, start, n);
    }
  }

  // One loop per number of numerator columns, on purpose: a loop over the columns inside the row
  // loop costs what the proof saves.

  private static void add1(
      long[] local,
      int w,
      int slot,
      boolean count,
      int[] group,
      long[] a,
      long[] den,
      int start,
      int n) {
    for (int r = start, end = start + n; r < end; r++) {
      int g = group[r - start] * w;
      if (count) {
        local[g]++;
      }
      local[g + slot] += a[r];
      local[g + slot + 1] += den[r];
    }
  }

  private static void add2(
      long[] local,
      int w,
      int slot,
      boolean count,
      int[] group,
      long[] a,
      long[] b,
      long[] den,
      int start,
      int n) {
    for (int r = start, end = start + n; r < end; r++) {
      int g = group[r - start] * w;
      if (count) {
        local[g]++;
      }
      local[g + slot] += a[r] + b[r];
      local[g + slot + 1] += den[r];
    }
  }

  private static void add3(
      long[] local,
      int w,
      int slot,
      boolean count,
      int[] group,
      long[] a,
      long[] b,
      long[] c,
      long[] den,
      int start,
      int n) {
    for (int r = start, end = start + n; r < end; r++) {
      int g = group[r - start] * w;
      if (count) {
        local[g]++;
      }
      local[g + slot] += a[r] + b[r] + c[r];
      local[g + slot + 1] += den[r];
    }
  }

  private static void add4(
      long[] local,
      int w,
      int slot,
      boolean count,
      int[] group,
      long[] a,
      long[] b,
      long[] c,
      long[] d,
      long[] den,
      int start,
      int n) {
    for (int r = start, end = start + n; r < end; r++) {
      int g = group[r - start] * w;
      if (count) {
        local[g]++;
      }
      local[g + slot] += a[r] + b[r] + c[r] + d[r];
      local[g + slot + 1] += den[r];
    }
  }
}
