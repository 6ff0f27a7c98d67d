package dev.northstar.formulas.internal;

import dev.northstar.formulas.aggregate.GroupKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Group states that grow in place: one {@code long[]} of dense slots ({@link Layout}'s stride per
 * group, groups in order of arrival), each slot's key, and a map from key to slot. Adding a state
 * writes its group's slot; merging another instance walks its slots and, while both have the same
 * key at the same slot (as two accumulators fed from the same kind of rows usually do), adds slot
 * to slot without a lookup. Nothing is rebuilt: the cost of a merge is that of the groups merged.
 *
 * <p>Not thread-safe. After an {@link ArithmeticException} the instance refuses further use, since
 * some slots may already have been added to.
 */
public final class MutableStates {

  private final int kpis;
  private final int totals;
  private final int levels;
  private final int stride;
  private final boolean meanOfRatios;
  private final List<GroupKey> keys = new ArrayList<>();
  private final Map<GroupKey, Integer> slots = new HashMap<>();
  private long[] state;
  private @Nullable GroupedStates units;
  private boolean broken;

  /**
   * Creates empty states.
   *
   * @param kpis the number of KPIs
   * @param totals the number of totals
   * @param levels the number of stock levels
   * @param meanOfRatios whether KPIs are means of ratios
   */
  public MutableStates(int kpis, int totals, int levels, boolean meanOfRatios) {
    this.kpis = kpis;
    this.totals = totals;
    this.levels = levels;
    this.stride = Layout.stride(kpis, totals, levels);
    this.meanOfRatios = meanOfRatios;
    this.state = new long[stride * 16];
  }

  /**
   * Returns the number of groups.
   *
   * @return the count
   */
  public int groupCount() {
    return keys.size();
  }

  /**
   * Adds every group of a state.
   *
   * @param other the state, of the same shape
   * @throws IllegalArgumentException if the units differ
   * @throws ArithmeticException if a sum overflows
   */
  public void add(GroupedStates other) {
    usable();
    if (other.groups().isEmpty()) {
      return;
    }
    takeUnits(other);
    for (Map.Entry<GroupKey, long[]> e : other.groups().entrySet()) {
      addAt(slotOf(e.getKey()), e.getValue(), 0, e.getKey());
    }
  }

  /**
   * Adds every group of another instance into this one, slot by slot where the keys match.
   *
   * @param other the other states, of the same shape; not changed
   * @throws IllegalArgumentException if the units differ
   * @throws ArithmeticException if a sum overflows
   */
  public void add(MutableStates other) {
    usable();
    other.usable();
    GroupedStates theirUnits = other.units;
    if (theirUnits == null) {
      return;
    }
    takeUnits(theirUnits);
    for (int g = 0; g < other.keys.size(); g++) {
      GroupKey key = other.keys.get(g);
      int slot = g < keys.size() && keys.get(g).equals(key) ? g : slotOf(key);
      addAt(slot, other.state, g * stride, key);
    }
  }

  /**
   * Returns the states as an immutable value, groups in key order.
   *
   * @return the states
   */
  public GroupedStates toStates() {
    usable();
    GroupedStates u = units;
    if (u == null) {
      return GroupedStates.empty(kpis, totals, levels, meanOfRatios);
    }
    Integer[] order = new Integer[keys.size()];
    for (int g = 0; g < order.length; g++) {
      order[g] = g;
    }
    Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
    List<GroupKey> sorted = new ArrayList<>(order.length);
    List<long[]> states = new ArrayList<>(order.length);
    for (int g : order) {
      sorted.add(keys.get(g));
      states.add(Arrays.copyOfRange(state, g * stride, (g + 1) * stride));
    }
    return u.withGroups(sorted, states);
  }

  private void takeUnits(GroupedStates other) {
    GroupedStates mine = units;
    if (mine == null) {
      units = other;
    } else {
      mine.checkUnits(other);
    }
  }

  private int slotOf(GroupKey key) {
    Integer slot = slots.get(key);
    if (slot != null) {
      return slot;
    }
    int g = keys.size();
    if ((g + 1) * stride > state.length) {
      state = Arrays.copyOf(state, Math.max(state.length * 2, (g + 1) * stride));
    }
    keys.add(key);
    slots.put(key, g);
    return g;
  }

  private void addAt(int slot, long[] from, int fromBase, GroupKey key) {
    try {
      Layout.merge(state, slot * stride, from, fromBase, stride, kpis, levels, meanOfRatios);
    } catch (ArithmeticException overflow) {
      broken = true;
      throw new ArithmeticException(
          "merging partial aggregates " + LongRange.OVERFLOWS + " in group " + key);
    }
  }

  private void usable() {
    if (broken) {
      throw new IllegalStateException(
          "this accumulator overflowed a long earlier and its sums are incomplete");
    }
  }

  /**
   * Returns the keys in slot order, for tests.
   *
   * @return an unmodifiable view
   */
  List<GroupKey> keysInSlotOrder() {
    return Collections.unmodifiableList(keys);
  }
}
