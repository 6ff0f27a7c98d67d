package dev.northstar.formulas.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one state that every kernel writes: each group's {@link Layout} slots in one {@code long[]},
 * at {@code id * stride}, grown as the indexer hands out ids. It also holds the group ids of the
 * chunk being added, shared by the per-chunk kernels, and the record of the kernels that ran.
 *
 * <p>Not thread-safe: one per accumulated range.
 */
final class StateArray {

  private final GroupIndexer indexer;
  private final int stride;
  private long[] slots;
  private final int[] chunkIds = new int[Engine.CHUNK];
  private final EnumSet<Kernel> ran = EnumSet.noneOf(Kernel.class);

  /**
   * Creates the state of a query's groups.
   *
   * @param indexer gives the rows' group ids
   * @param stride {@link Layout#stride} of the query
   */
  StateArray(GroupIndexer indexer, int stride) {
    this.indexer = indexer;
    this.stride = stride;
    int initialGroups = indexer.isDense() ? indexer.capacity() : 1024;
    this.slots = new long[Math.multiplyExact(initialGroups, stride)];
  }

  /** Returns the slots; a new array after the ids outgrow it, so read it anew per chunk. */
  long[] slots() {
    return slots;
  }

  int stride() {
    return stride;
  }

  GroupIndexer indexer() {
    return indexer;
  }

  /**
   * Assigns the group ids of rows {@code [start, start + n)} into {@link #chunkIds()} and grows the
   * slots to hold them.
   *
   * @return the ids, {@code n} of them
   */
  int[] assign(int start, int n) {
    indexer.assign(start, n, chunkIds);
    ensureCapacity();
    return chunkIds;
  }

  /** Returns the group ids of the chunk last {@linkplain #assign assigned}. */
  int[] chunkIds() {
    return chunkIds;
  }

  /** Grows the slots to every id the indexer can hand out so far. */
  void ensureCapacity() {
    long needed = (long) indexer.capacity() * stride;
    if (needed > slots.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("too many groups: " + indexer.capacity());
      }
      slots =
          Arrays.copyOf(
              slots, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * slots.length)));
    }
  }

  /** Records that a kernel added rows. */
  void ran(Kernel kernel) {
    ran.add(kernel);
  }

  /** Returns the kernels that added rows so far, for tests. */
  Set<Kernel> kernelsRun() {
    return EnumSet.copyOf(ran);
  }
}
