package dev.northstar.formulas.internal;

/**
 * Unchecked sums of several plain KPIs by dense group, for ranges that {@link
 * ProvenSums#cannotOverflow} has proven safe for every KPI. Per chunk of rows, the group ids are
 * assigned once, then one loop per KPI adds its numerator and denominator into a compact local
 * state; the first KPI's loop also counts the rows. The checked loops of {@link Accumulator} OR
 * every intermediate sum to detect a wrap, about a nanosecond per KPI and row; a proof makes that
 * unnecessary.
 *
 * <p>The local state holds {@code 1 + 2 x KPIs} slots per group: the row count, then each KPI's
 * numerator and denominator sums.
 */
final class ProvenChunks {

  private ProvenChunks() {}

  /** Slots per group of the local state of {@code kpis} KPIs. */
  static int stride(int kpis) {
    return 1 + 2 * kpis;
  }

  /** The local slot of a KPI's numerator sum; its denominator sum follows. */
  static int numerator(int kpi) {
    return 1 + 2 * kpi;
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
   * @return the local state, {@link #stride} slots per group
   */
  static long[] sum(
      GroupIndexer indexer, long[][][] num, long[][] den, int groups, int from, int to) {
    int kpis = num.length;
    int w = stride(kpis);
    long[] local = new long[Math.multiplyExact(groups, w)];
    int[] group = new int[Engine.CHUNK];
    for (int start = from; start < to; start += Engine.CHUNK) {
      int n = Math.min(Engine.CHUNK, to - start);
      indexer.assign(start, n, group);
      for (int k = 0; k < kpis; k++) {
        add(local, w, numerator(k), k == 0, group, num[k], den[k], start, n);
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
