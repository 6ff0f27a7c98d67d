package dev.northstar.formulas.internal;

/**
 * Where each figure of a group lives in its {@code long[]} state: the row count, then four slots
 * per KPI, then two per measure total, then ten per stock level. Every slot is an integer. The
 * slots before the levels merge by addition, exactly and in any order (the fraction slot of a mean
 * of ratios carries into the whole-number slot); a level merges by its times ({@link #mergeLevel}),
 * also in any order.
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

  /** Slots per stock level. */
  public static final int PER_LEVEL = 10;

  /** Offset of the count of rows with a value within a level's slots. */
  public static final int LEVEL_COUNTED = 0;

  /** Offset of the count of rows missing the measure within a level's slots. */
  public static final int LEVEL_MISSING = 1;

  /** Offset of the earliest time (epoch second) within a level's slots. */
  public static final int FIRST_TIME = 2;

  /** Offset of the sum of the values at the earliest time. */
  public static final int FIRST_VALUE = 3;

  /** Offset of the number of rows at the earliest time. */
  public static final int FIRST_ROWS = 4;

  /** Offset of the latest time (epoch second) within a level's slots. */
  public static final int LAST_TIME = 5;

  /** Offset of the sum of the values at the latest time. */
  public static final int LAST_VALUE = 6;

  /** Offset of the number of rows at the latest time. */
  public static final int LAST_ROWS = 7;

  /** Offset of the smallest value of a row. */
  public static final int MIN = 8;

  /** Offset of the largest value of a row. */
  public static final int MAX = 9;

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
    return stride(kpis, totals, 0);
  }

  /**
   * Returns the number of slots of a group's state.
   *
   * @param kpis the number of KPIs
   * @param totals the number of totals
   * @param levels the number of stock levels
   * @return the stride
   */
  public static int stride(int kpis, int totals, int levels) {
    return 1 + PER_KPI * kpis + PER_TOTAL * totals + PER_LEVEL * levels;
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
   * Returns the first slot of a stock level.
   *
   * @param kpis the number of KPIs
   * @param totals the number of totals
   * @param level the level's index
   * @return the offset within a group's state
   */
  public static int level(int kpis, int totals, int level) {
    return 1 + PER_KPI * kpis + PER_TOTAL * totals + PER_LEVEL * level;
  }

  /**
   * Merges the state {@code from} into {@code into}: {@link #merge(long[], int, long[], int, int,
   * int, int, boolean)} for two arrays of one state each.
   *
   * @param into the state merged into
   * @param from the state merged
   * @param kpis the number of KPIs
   * @param levels the number of stock levels, the last slots of the state
   * @param meanOfRatios whether the KPIs are means of ratios
   * @throws ArithmeticException if a sum overflows
   */
  public static void merge(long[] into, long[] from, int kpis, int levels, boolean meanOfRatios) {
    merge(into, 0, from, 0, into.length, kpis, levels, meanOfRatios);
  }

  /**
   * Merges the state at {@code fromBase} in {@code from} into the state at {@code intoBase} in
   * {@code into}: every slot before the levels by addition (carrying fraction parts of means of
   * ratios), each level by {@link #mergeLevel}. For arrays of many groups' states in one layout.
   *
   * @param into the states merged into
   * @param intoBase the first slot of the group's state in {@code into}
   * @param from the states merged
   * @param fromBase the first slot of the group's state in {@code from}
   * @param stride the slots of a state
   * @param kpis the number of KPIs
   * @param levels the number of stock levels, the last slots of the state
   * @param meanOfRatios whether the KPIs are means of ratios
   * @throws ArithmeticException if a sum overflows; {@code into} may then be partly merged into
   */
  public static void merge(
      long[] into,
      int intoBase,
      long[] from,
      int fromBase,
      int stride,
      int kpis,
      int levels,
      boolean meanOfRatios) {
    int additive = stride - PER_LEVEL * levels;
    for (int i = 0; i < additive; i++) {
      into[intoBase + i] = Math.addExact(into[intoBase + i], from[fromBase + i]);
    }
    if (meanOfRatios) {
      carry(into, intoBase, kpis);
    }
    for (int l = 0; l < levels; l++) {
      int at = additive + PER_LEVEL * l;
      mergeLevel(into, intoBase + at, from, fromBase + at);
    }
  }

  /**
   * Merges one stock level into another: counts add; the earlier first time wins, and equal first
   * times add their values and rows (the group's level at that moment is the sum of the rows that
   * report it, such as several accounts' followers); the same for the last time, the later winning;
   * the smaller minimum and the larger maximum win. An empty level (no row counted) changes nothing
   * but the missing count. Merging is associative and commutative, so partial aggregates merge in
   * any order.
   *
   * @param into the states merged into
   * @param at the first slot of the level in {@code into}
   * @param from the states merged
   * @param fromAt the first slot of the level in {@code from}
   * @throws ArithmeticException if a count or a sum of values at one time overflows
   */
  public static void mergeLevel(long[] into, int at, long[] from, int fromAt) {
    into[at + LEVEL_MISSING] =
        Math.addExact(into[at + LEVEL_MISSING], from[fromAt + LEVEL_MISSING]);
    long counted = from[fromAt + LEVEL_COUNTED];
    if (counted == 0) {
      return;
    }
    if (into[at + LEVEL_COUNTED] == 0) {
      System.arraycopy(from, fromAt + FIRST_TIME, into, at + FIRST_TIME, PER_LEVEL - FIRST_TIME);
      into[at + LEVEL_COUNTED] = counted;
      return;
    }
    into[at + LEVEL_COUNTED] = Math.addExact(into[at + LEVEL_COUNTED], counted);
    int firstOrder = Long.compare(from[fromAt + FIRST_TIME], into[at + FIRST_TIME]);
    mergeMoment(into, at + FIRST_TIME, from, fromAt + FIRST_TIME, firstOrder < 0, firstOrder == 0);
    int lastOrder = Long.compare(from[fromAt + LAST_TIME], into[at + LAST_TIME]);
    mergeMoment(into, at + LAST_TIME, from, fromAt + LAST_TIME, lastOrder > 0, lastOrder == 0);
    into[at + MIN] = Math.min(into[at + MIN], from[fromAt + MIN]);
    into[at + MAX] = Math.max(into[at + MAX], from[fromAt + MAX]);
  }

  /** Merges a moment's time, value sum and row count: taken if it wins, added if it ties. */
  private static void mergeMoment(
      long[] into, int at, long[] from, int fromAt, boolean wins, boolean ties) {
    if (wins) {
      System.arraycopy(from, fromAt, into, at, 3);
    } else if (ties) {
      into[at + 1] = Math.addExact(into[at + 1], from[fromAt + 1]);
      into[at + 2] = Math.addExact(into[at + 2], from[fromAt + 2]);
    }
  }

  /**
   * Writes one row's value at one time as a level of one row: what {@link #mergeLevel} merges a row
   * with.
   *
   * @param level at least {@link #PER_LEVEL} slots, written from 0
   * @param time the row's time, in epoch seconds
   * @param value the row's value
   */
  static void oneRow(long[] level, long time, long value) {
    level[LEVEL_COUNTED] = 1;
    level[LEVEL_MISSING] = 0;
    level[FIRST_TIME] = time;
    level[FIRST_VALUE] = value;
    level[FIRST_ROWS] = 1;
    level[LAST_TIME] = time;
    level[LAST_VALUE] = value;
    level[LAST_ROWS] = 1;
    level[MIN] = value;
    level[MAX] = value;
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
