package dev.northstar.formulas.internal;

import dev.northstar.formulas.aggregate.GroupKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The kernel tests' view of a state array: the slots of each group that has rows, by key. */
final class KeyedStates {

  private KeyedStates() {}

  /**
   * Returns the states of the groups that have rows, by key, so that states of two indexers (whose
   * hashed ids differ) compare by value.
   */
  static Map<GroupKey, List<Long>> keyed(
      CompiledQuery c, GroupIndexer indexer, long[] state, int stride) {
    Map<GroupKey, List<Long>> groups = new HashMap<>();
    int capacity = Math.min(indexer.capacity(), state.length / stride);
    for (int g = 0; g < capacity; g++) {
      if (state[g * stride + Layout.ROWS] != 0) {
        long[] slots = Arrays.copyOfRange(state, g * stride, (g + 1) * stride);
        groups.put(Engine.keyOf(c, indexer, g), Arrays.stream(slots).boxed().toList());
      }
    }
    return groups;
  }
}
