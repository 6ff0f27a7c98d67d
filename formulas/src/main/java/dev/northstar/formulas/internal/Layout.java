package dev.northstar.formulas.internal;

/**
 * Where each figure of a group lives in its {@code long[]} state: the row count, then four slots
 * per KPI, then two per measure total. Every slot is an integer, so states merge by addition,
 * exactly and in any order (the fraction slot of a mean of ratios carries into the whole-number
 * slot).
 *
 * <ul>
 *   <li>KPI, ratio of sums: numerator sum, denominator sum, (unused), rows missing an input.
 *   <li>KPI, mean of ratios: whole part of the sum of row ratios, fraction part in units of {@code
 *       2^-52}, rows with a zero denominator (undefined, skipped), rows missing an input.
 *   <li>Total: the sum over rows that have a value, rows without one.
 * </ul>
 */
public final class Layout {

  /** Slot of the row count. */
  public static final int ROWS = 0;

  /** Slots per KPI. */
  public static final int PER_KPI = 4;

  /** Offset of the first sum (numerator, or whole part) within a KPI's slots. */
  public static final int A = 0;

  /** Offset of the second sum (denominator, or fraction part) within a KPI's slots. */
  public static final int B = 1;

  /** Offset of the count of rows with a zero denominator within a KPI's slots. */
  public static final int ZERO_DENOMINATOR = 2;

  /** Offset of the count of rows missing an input within a KPI's or a total's slots. */
  public static final int KPI_MISSING = 3;

  /** Slots per measure total. */
  public static final int PER_TOTAL = 2;

  /** Offset of the count of rows missing the measure within a total's slots. */
  public static final int TOTAL_MISSING = 1;

  /** Bits of the fraction part of a mean of ratios. */
  public static final int FRACTION_BITS = 52;

  /** Mask of the fraction part. */
  public static final long FRACTION_MASK = (1L << FRACTION_BITS) - 1;

  private Layout() {}

  /**
   * Returns the number of slots of a group's state.
   *
   * @param kpis the number of KPIs
   * @param totals the number of totals
   * @return the stride
   */
  public static int stride(int kpis, int totals) {
    return 1 + PER_KPI * kpis + PER_TOTAL * totals;
  }

  /**
   * Returns the first slot of a KPI.
   *
   * @param kpi the KPI's index
   * @return the offset within a group's state
   */
  public static int kpi(int kpi) {
    return 1 + PER_KPI * kpi;
  }

  /**
   * Returns the first slot of a total.
   *
   * @param kpis the number of KPIs
   * @param total the total's index
   * @return the offset within a group's state
   */
  public static int total(int kpis, int total) {
    return 1 + PER_KPI * kpis + PER_TOTAL * total;
  }

  /**
   * Adds the state {@code from} into {@code into}, slot by slot, carrying fraction parts of means
   * of ratios.
   *
   * @param into the state added to
   * @param from the state added
   * @param kpis the number of KPIs
   * @param meanOfRatios whether the KPIs are means of ratios
   * @throws ArithmeticException if a sum overflows
   */
  public static void merge(long[] into, long[] from, int kpis, boolean meanOfRatios) {
    merge(into, from, 0, into.length, kpis, meanOfRatios);
  }

  /**
   * Adds the state at {@code base} in {@code from} into the state at the same place in {@code
   * into}, as {@link #merge(long[], long[], int, boolean)} does for whole arrays: for arrays of
   * many groups' states in the same layout.
   *
   * @param into the states added to
   * @param from the states added
   * @param base the first slot of the group's state in both
   * @param stride the slots of a state
   * @param kpis the number of KPIs
   * @param meanOfRatios whether the KPIs are means of ratios
   * @throws ArithmeticException if a sum overflows; {@code into} may then be partly added to
   */
  public static void merge(
      long[] into, long[] from, int base, int stride, int kpis, boolean meanOfRatios) {
    for (int i = base; i < base + stride; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
    if (meanOfRatios) {
      carry(into, base, kpis);
    }
  }

  /**
   * Carries the whole part of each mean-of-ratios KPI's fraction slot into its whole-number slot,
   * after fraction slots were added.
   *
   * @param state the states
   * @param base the first slot of the group's state
   * @param kpis the number of KPIs
   * @throws ArithmeticException if the whole-number slot overflows
   */
  public static void carry(long[] state, int base, int kpis) {
    for (int k = 0; k < kpis; k++) {
      int at = base + kpi(k);
      long fraction = state[at + B];
      state[at + A] = Math.addExact(state[at + A], fraction >> FRACTION_BITS);
      state[at + B] = fraction & FRACTION_MASK;
    }
  }
}
