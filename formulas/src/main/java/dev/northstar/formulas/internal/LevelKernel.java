package dev.northstar.formulas.internal;

/**
 * The level of one stock measure over one chunk whose group ids are assigned: each row's value and
 * time merged into its group's {@link Layout} level slots ({@link Layout#mergeLevel}), or a count
 * of rows missing it. Part of the {@link Kernel#GENERAL} path.
 */
final class LevelKernel implements AccumulationKernel {

  private final CompiledQuery c;
  private final int l;
  private final int base;
  private final StateArray states;
  private final int[] group;
  private final long[] row = new long[Layout.PER_LEVEL];

  /**
   * Creates the kernel of one level.
   *
   * @param c the compiled query
   * @param l the level's index
   * @param states the state
   */
  LevelKernel(CompiledQuery c, int l, StateArray states) {
    this.c = c;
    this.l = l;
    this.base = Layout.level(c.numerators.length, c.totalColumns.length, l);
    this.states = states;
    this.group = states.chunkIds();
  }

  /** Adds one chunk whose ids are in {@link StateArray#chunkIds()}; always true. */
  @Override
  public boolean add(int from, int to) {
    long[] col = c.store.values(c.levelColumns[l]);
    long[] bits = c.store.missing(c.levelColumns[l]);
    long[] s = states.slots();
    int w = states.stride();
    int r = from;
    try {
      for (; r < to; r++) {
        int at = group[r - from] * w + base;
        if (bits != null && (bits[r >>> 6] & (1L << r)) != 0) {
          s[at + Layout.LEVEL_MISSING]++;
        } else {
          Layout.oneRow(row, c.levelTime(r), col[r]);
          Layout.mergeLevel(s, at, row, 0);
        }
      }
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "level of '"
              + c.query.levels().get(l)
              + "': the sum of the values at one time "
              + LongRange.OVERFLOWS
              + " in row "
              + r);
    }
    return true;
  }
}
