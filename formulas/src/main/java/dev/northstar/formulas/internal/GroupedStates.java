package dev.northstar.formulas.internal;

import dev.northstar.formulas.aggregate.GroupKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The integer state of every group of an aggregation, by value-based key, with the units of each
 * KPI's numerator and denominator and of each total: what a partial aggregate is made of. Two
 * states of the same query merge by adding slots. Not serializable: its persisted form is {@code
 * PartialAggregate}'s byte form ({@link PartialCodec}).
 */
public final class GroupedStates {

  private final TreeMap<GroupKey, long[]> groups;
  private final List<Units> numeratorUnits;
  private final List<Units> denominatorUnits;
  private final List<Units> totalUnits;
  private final List<Units> levelUnits;
  private final boolean meanOfRatios;

  GroupedStates(
      SortedMap<GroupKey, long[]> groups,
      List<Units> numeratorUnits,
      List<Units> denominatorUnits,
      List<Units> totalUnits,
      List<Units> levelUnits,
      boolean meanOfRatios) {
    this.groups = new TreeMap<>(groups);
    this.numeratorUnits = List.copyOf(numeratorUnits);
    this.denominatorUnits = List.copyOf(denominatorUnits);
    this.totalUnits = List.copyOf(totalUnits);
    this.levelUnits = List.copyOf(levelUnits);
    this.meanOfRatios = meanOfRatios;
  }

  /**
   * Returns the states of groups given in ascending key order. The map is built in linear time:
   * {@code TreeMap} builds from a sorted map without comparing keys, where putting the keys one by
   * one would compare each about {@code log2(groups)} times.
   *
   * @param keys the keys, strictly ascending
   * @param states each key's state, taken as is
   * @param numeratorUnits each KPI's numerator unit
   * @param denominatorUnits each KPI's denominator unit
   * @param totalUnits each total's unit
   * @param levelUnits each stock level's unit
   * @param meanOfRatios whether KPIs are means of ratios
   * @return the states
   * @throws IllegalStateException if the keys are not strictly ascending, or not one per state
   */
  static GroupedStates ofAscending(
      List<GroupKey> keys,
      List<long[]> states,
      List<Units> numeratorUnits,
      List<Units> denominatorUnits,
      List<Units> totalUnits,
      List<Units> levelUnits,
      boolean meanOfRatios) {
    return new GroupedStates(
        new AscendingRun(keys, states),
        numeratorUnits,
        denominatorUnits,
        totalUnits,
        levelUnits,
        meanOfRatios);
  }

  /**
   * Returns the empty state of a query whose units are not known yet.
   *
   * @param kpis the number of KPIs
   * @param totals the number of totals
   * @param levels the number of stock levels
   * @param meanOfRatios whether KPIs are means of ratios
   * @return an empty state that merges with any state of the same shape
   */
  public static GroupedStates empty(int kpis, int totals, int levels, boolean meanOfRatios) {
    return new GroupedStates(
        new TreeMap<>(),
        Collections.nCopies(kpis, Units.COUNT),
        Collections.nCopies(kpis, Units.COUNT),
        Collections.nCopies(totals, Units.COUNT),
        Collections.nCopies(levels, Units.COUNT),
        meanOfRatios);
  }

  /**
   * Returns the groups in key order; the arrays must not be modified.
   *
   * @return an unmodifiable view
   */
  public SortedMap<GroupKey, long[]> groups() {
    return Collections.unmodifiableSortedMap(groups);
  }

  /**
   * Returns the unit of a KPI's numerator.
   *
   * @param kpi the KPI's index
   * @return the unit
   */
  public Units numeratorUnits(int kpi) {
    return numeratorUnits.get(kpi);
  }

  /**
   * Returns the unit of a KPI's denominator.
   *
   * @param kpi the KPI's index
   * @return the unit
   */
  public Units denominatorUnits(int kpi) {
    return denominatorUnits.get(kpi);
  }

  /**
   * Returns the unit of a total.
   *
   * @param total the total's index
   * @return the unit
   */
  public Units totalUnits(int total) {
    return totalUnits.get(total);
  }

  /**
   * Returns the unit of a stock level.
   *
   * @param level the level's index
   * @return the unit
   */
  public Units levelUnits(int level) {
    return levelUnits.get(level);
  }

  /**
   * Merges two states over disjoint rows. An empty state takes the other's units.
   *
   * @param other the other state
   * @return the merged state; neither input is changed
   * @throws IllegalArgumentException if the two come from tables whose columns have other units
   * @throws ArithmeticException if a sum overflows
   */
  public GroupedStates merge(GroupedStates other) {
    Objects.requireNonNull(other, "other must not be null");
    if (groups.isEmpty()) {
      return other;
    }
    if (other.groups.isEmpty()) {
      return this;
    }
    checkUnits(other);
    TreeMap<GroupKey, long[]> merged = new TreeMap<>();
    for (Map.Entry<GroupKey, long[]> e : groups.entrySet()) {
      merged.put(e.getKey(), e.getValue().clone());
    }
    for (Map.Entry<GroupKey, long[]> e : other.groups.entrySet()) {
      long[] into = merged.get(e.getKey());
      if (into == null) {
        merged.put(e.getKey(), e.getValue().clone());
      } else {
        try {
          Layout.merge(into, e.getValue(), numeratorUnits.size(), levelUnits.size(), meanOfRatios);
        } catch (ArithmeticException overflow) {
          throw new ArithmeticException(
              "merging partial aggregates " + LongRange.OVERFLOWS + " in group " + e.getKey());
        }
      }
    }
    return new GroupedStates(
        merged, numeratorUnits, denominatorUnits, totalUnits, levelUnits, meanOfRatios);
  }

  /**
   * Checks that another state's units are this one's.
   *
   * @param other the other state
   * @throws IllegalArgumentException if they differ, naming both
   */
  void checkUnits(GroupedStates other) {
    check("numerator", numeratorUnits, other.numeratorUnits);
    check("denominator", denominatorUnits, other.denominatorUnits);
    check("total", totalUnits, other.totalUnits);
    check("level", levelUnits, other.levelUnits);
  }

  /**
   * Returns a state with this one's units and other groups.
   *
   * @param keys the keys, strictly ascending
   * @param states each key's state, taken as is
   * @return the state
   */
  GroupedStates withGroups(List<GroupKey> keys, List<long[]> states) {
    return ofAscending(
        keys, states, numeratorUnits, denominatorUnits, totalUnits, levelUnits, meanOfRatios);
  }

  private static void check(String what, List<Units> mine, List<Units> theirs) {
    if (!mine.equals(theirs)) {
      throw new IllegalArgumentException(
          "partial aggregates of tables with different units cannot be merged: "
              + what
              + " units "
              + describe(mine)
              + " and "
              + describe(theirs));
    }
  }

  private static String describe(List<Units> units) {
    return units.stream().map(Units::describe).toList().toString();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof GroupedStates other)
        || meanOfRatios != other.meanOfRatios
        || !numeratorUnits.equals(other.numeratorUnits)
        || !denominatorUnits.equals(other.denominatorUnits)
        || !totalUnits.equals(other.totalUnits)
        || !levelUnits.equals(other.levelUnits)
        || !groups.keySet().equals(other.groups.keySet())) {
      return false;
    }
    for (Map.Entry<GroupKey, long[]> e : groups.entrySet()) {
      if (!Arrays.equals(e.getValue(), other.groups.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = groups.keySet().hashCode();
    for (long[] state : groups.values()) {
      h = 31 * h + Arrays.hashCode(state);
    }
    return h;
  }
}
