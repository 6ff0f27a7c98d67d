package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.table.Dimension;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link AscendingRun}: the map {@code TreeMap} copies in linear time, which must refuse keys out
 * of order rather than build a corrupt tree.
 */
class AscendingRunTest {

  private static GroupKey key(String platform) {
    return GroupKey.of(List.of(Dimension.PLATFORM), List.of(platform), null, null);
  }

  private static final List<GroupKey> KEYS = List.of(key("a"), key("b"), key("c"));
  private static final List<long[]> STATES =
      List.of(new long[] {1}, new long[] {2}, new long[] {3});

  @Test
  void aTreeMapCopiesTheRunAsIfFilledKeyByKey() {
    TreeMap<GroupKey, long[]> copy = new TreeMap<>(new AscendingRun(KEYS, STATES));
    assertThat(copy.keySet()).containsExactlyElementsOf(KEYS);
    assertThat(copy.get(key("b"))).containsExactly(2);
    assertThat(copy.ceilingKey(key("bb"))).isEqualTo(key("c"));
    assertThat(copy.headMap(key("c"))).hasSize(2);
  }

  @Test
  void keysOutOfOrderOrRepeatedAreRefused() {
    assertThatThrownBy(() -> new AscendingRun(List.of(key("b"), key("a")), STATES.subList(0, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("group keys out of order: [platform=b] before [platform=a]");
    assertThatThrownBy(() -> new AscendingRun(List.of(key("a"), key("a")), STATES.subList(0, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("group keys out of order: [platform=a] before [platform=a]");
    assertThatThrownBy(() -> new AscendingRun(KEYS, STATES.subList(0, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("3 group keys but 2 states");
  }

  @Test
  void firstAndLastKeysAndTheEndOfTheEntries() {
    AscendingRun run = new AscendingRun(KEYS, STATES);
    assertThat(run.comparator()).isNull();
    assertThat(run.firstKey()).isEqualTo(key("a"));
    assertThat(run.lastKey()).isEqualTo(key("c"));
    assertThat(run).hasSize(3);
    Iterator<Map.Entry<GroupKey, long[]>> entries = run.entrySet().iterator();
    for (int i = 0; i < 3; i++) {
      assertThat(entries.next().getKey()).isEqualTo(KEYS.get(i));
    }
    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
    AscendingRun empty = new AscendingRun(List.of(), List.of());
    assertThatThrownBy(empty::firstKey).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(empty::lastKey).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void theViewsATreeMapDoesNotReadAreNotSupported() {
    AscendingRun run = new AscendingRun(KEYS, STATES);
    assertThatThrownBy(() -> run.subMap(key("a"), key("b")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("a run only builds a TreeMap");
    assertThatThrownBy(() -> run.headMap(key("b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> run.tailMap(key("b")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
