package dev.northstar.formulas.internal;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative {@code long} keys to dense {@code int} ids {@code 0, 1,
 * 2...} in order of first insertion, without boxing: the group index of high-cardinality group-bys.
 */
final class LongIntMap {

  private static final long EMPTY = -1;

  private long[] keys;
  private int[] ids;
  private int size;
  private int mask;

  LongIntMap() {
    keys = new long[64];
    ids = new int[64];
    Arrays.fill(keys, EMPTY);
    mask = 63;
  }

  /** Returns the id of {@code key}, giving it the next id if it is new. */
  int idOf(long key) {
    int slot = mix(key) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return ids[slot];
      }
      if (k == EMPTY) {
        keys[slot] = key;
        ids[slot] = size;
        if (++size * 2 > keys.length) {
          rehash();
        }
        return size - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void rehash() {
    if (keys.length >= 1 << 30) {
      throw new IllegalStateException("more than " + (1 << 29) + " groups");
    }
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
