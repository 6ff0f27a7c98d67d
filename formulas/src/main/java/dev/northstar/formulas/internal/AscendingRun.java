package dev.northstar.formulas.internal;

import dev.northstar.formulas.aggregate.GroupKey;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Ascending keys and their states as the sorted map that {@code TreeMap}'s copy constructor reads
 * (its comparator, size and entries); nothing else uses it, so the views it does not need are not
 * supported.
 */
// TreeMap builds from sorted input in linear time only through TreeMap(SortedMap).
@SuppressWarnings("JdkObsolete")
final class AscendingRun extends AbstractMap<GroupKey, long[]>
    implements SortedMap<GroupKey, long[]> {

  private final List<GroupKey> keys;
  private final List<long[]> states;

  /**
   * Checks the order, one comparison per key: a map built from keys out of order would be corrupt
   * without failing.
   *
   * @param keys the keys, strictly ascending
   * @param states each key's state, as many
   * @throws IllegalStateException if the keys are not strictly ascending or the counts differ
   */
  AscendingRun(List<GroupKey> keys, List<long[]> states) {
    if (keys.size() != states.size()) {
      throw new IllegalStateException(keys.size() + " group keys but " + states.size() + " states");
    }
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
        throw new IllegalStateException(
            "group keys out of order: " + keys.get(i - 1) + " before " + keys.get(i));
      }
    }
    this.keys = keys;
    this.states = states;
  }

  @Override
  public @Nullable Comparator<? super GroupKey> comparator() {
    return null;
  }

  @Override
  public Set<Map.Entry<GroupKey, long[]>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<GroupKey, long[]>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.size();
          }

          @Override
          public Map.Entry<GroupKey, long[]> next() {
            if (next >= keys.size()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys.get(i), states.get(i));
          }
        };
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }

  @Override
  public GroupKey firstKey() {
    if (keys.isEmpty()) {
      throw new NoSuchElementException();
    }
    return keys.get(0);
  }

  @Override
  public GroupKey lastKey() {
    if (keys.isEmpty()) {
      throw new NoSuchElementException();
    }
    return keys.get(keys.size() - 1);
  }

  @Override
  public SortedMap<GroupKey, long[]> subMap(GroupKey fromKey, GroupKey toKey) {
    throw new UnsupportedOperationException("a run only builds a TreeMap");
  }

  @Override
  public SortedMap<GroupKey, long[]> headMap(GroupKey toKey) {
    throw new UnsupportedOperationException("a run only builds a TreeMap");
  }

  @Override
  public SortedMap<GroupKey, long[]> tailMap(GroupKey fromKey) {
    throw new UnsupportedOperationException("a run only builds a TreeMap");
  }
}
