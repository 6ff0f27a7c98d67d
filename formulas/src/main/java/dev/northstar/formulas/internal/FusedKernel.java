package dev.northstar.formulas.internal;

/**
 * {@link Kernel#FUSED}: one plain KPI ({@link PlainRatio}) over one chunk whose group ids are
 * assigned: in one pass, each row's numerator (a plain sum of 1 to 4 columns) and denominator are
 * added into its group's {@link Layout} slots, and, for the KPI that counts the rows, the row too.
 *
 * <p>The adds wrap. The columns are non-negative ({@link PlainRatio}), so a sum that passes {@code
 * Long.MAX_VALUE} turns negative at the add that passes it, and the OR of every intermediate sum is
 * negative if and only if something overflowed. Then the chunk's adds are undone exactly (wrapping
 * subtraction is the inverse of wrapping addition) and {@link #add} returns false: the caller runs
 * the checked {@link GeneralKernel}, which throws the error naming the KPI and the rows.
 */
final class FusedKernel implements AccumulationKernel {

  private final PlainRatio ratio;
  private final int base;
  private final boolean count;
  private final StateArray states;

  /**
   * Creates the kernel of one KPI.
   *
   * @param ratio the KPI
   * @param kpi the KPI's index, for its {@link Layout#kpi} slots
   * @param count whether this kernel counts the rows of the chunk
   * @param states the state
   */
  FusedKernel(PlainRatio ratio, int kpi, boolean count, StateArray states) {
    this.ratio = ratio.requireNonNegative("FusedKernel");
    this.base = Layout.kpi(kpi);
    this.count = count;
    this.states = states;
  }

  /**
   * Adds one chunk whose ids are in {@link StateArray#chunkIds()}.
   *
   * @return true if the chunk was added, false if it was undone because a sum overflowed
   */
  @Override
  public boolean add(int from, int to) {
    long[][] num = ratio.num;
    long[] den = ratio.den;
    int start = from;
    int n = to - from;
    long sign =
        switch (num.length) {
          case 1 -> fused1(count, base, num[0], den, start, n);
          case 2 -> fused2(count, base, num[0], num[1], den, start, n);
          case 3 -> fused3(count, base, num[0], num[1], num[2], den, start, n);
          default -> fused4(count, base, num[0], num[1], num[2], num[3], den, start, n);
        };
    if (sign >= 0) {
      states.ran(Kernel.FUSED);
      return true;
    }
    undo(count, base, num, den, start, n);
    return false;
  }

  /** Subtracts what a fused loop added for a chunk, with the same wrapping arithmetic. */
  private void undo(boolean count, int base, long[][] num, long[] den, int start, int n) {
    long[] s = states.slots();
    int w = states.stride();
    int[] group = states.chunkIds();
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = group[i] * w;
      if (count) {
        s[g]--;
      }
      long v = 0;
      for (long[] col : num) {
        v += col[r];
      }
      s[g + base + Layout.A] -= v;
      s[g + base + Layout.B] -= den[r];
    }
  }

  // The fused loops return the OR of every intermediate sum: negative if and only if one wrapped.

  private long fused1(boolean count, int base, long[] a, long[] den, int start, int n) {
    long[] s = states.slots();
    int w = states.stride();
    int[] grp = states.chunkIds();
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long x = s[g + base + Layout.A] + a[r];
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= x | y;
    }
    return sign;
  }

  private long fused2(boolean count, int base, long[] a, long[] b, long[] den, int start, int n) {
    long[] s = states.slots();
    int w = states.stride();
    int[] grp = states.chunkIds();
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long v = a[r] + b[r];
      long x = s[g + base + Layout.A] + v;
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= v | x | y;
    }
    return sign;
  }

  private long fused3(
      boolean count, int base, long[] a, long[] b, long[] c3, long[] den, int start, int n) {
    long[] s = states.slots();
    int w = states.stride();
    int[] grp = states.chunkIds();
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long ab = a[r] + b[r];
      long v = ab + c3[r];
      long x = s[g + base + Layout.A] + v;
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= ab | v | x | y;
    }
    return sign;
  }

  private long fused4(
      boolean count,
      int base,
      long[] a,
      long[] b,
      long[] c3,
      long[] d4,
      long[] den,
      int start,
      int n) {
    long[] s = states.slots();
    int w = states.stride();
    int[] grp = states.chunkIds();
    long sign = 0;
    for (int i = 0; i < n; i++) {
      int r = start + i;
      int g = grp[i] * w;
      if (count) {
        s[g]++;
      }
      long ab = a[r] + b[r];
      long abc = ab + c3[r];
      long v = abc + d4[r];
      long x = s[g + base + Layout.A] + v;
      long y = s[g + base + Layout.B] + den[r];
      s[g + base + Layout.A] = x;
      s[g + base + Layout.B] = y;
      sign |= ab | abc | v | x | y;
    }
    return sign;
  }
}
