package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.aggregate.CalendarField;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupIndexer#denseIdsInKeyOrder}, on which the engine relies to build its result without
 * comparing keys: every dense id once, and the ids' keys strictly ascending, for dictionaries in
 * order of first rows (not of value), missing values, several dimensions, calendar fields (whose
 * labels do not sort as their indexes) and every time bucket. Then the engine's states against a
 * map filled key by key.
 */
class DenseKeyOrderPropertiesTest {

  private static final RatioKpi CTR =
      RatioKpi.builder(MetricId.of("t.ctr"))
          .numerator(LinearSum.of(CoreMetrics.CLICKS))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .build();

  /** A grouping: the query and the table it runs on. */
  private record Case(MetricTable table, KpiQuery query) {}

  private static final List<TimeBucket> BUCKETS = List.of(TimeBucket.values());

  private static final Gen<KpiQuery> QUERIES =
      random -> {
        KpiQuery.Builder b = KpiQuery.builder().kpis(CTR);
        List<Dimension> by = new ArrayList<>();
        if (random.nextBoolean()) {
          by.add(Dimension.PLATFORM);
        }
        if (random.nextBoolean()) {
          by.add(FormulasGens.CAMPAIGN);
        }
        if (!by.isEmpty()) {
          b.groupBy(by.toArray(new Dimension[0]));
        }
        if (random.nextInt(3) == 0) {
          b.groupBy(random.nextBoolean() ? CalendarField.DAY_OF_WEEK : CalendarField.MONTH_OF_YEAR);
        }
        if (random.nextInt(4) != 0) {
          b.bucket(BUCKETS.get(random.nextInt(BUCKETS.size())));
        }
        return b.build();
      };

  private static final Gen<Case> CASES =
      Gens.zip(FormulasGens.tables(200), QUERIES, Case::new).filter(c -> indexer(c).isDense());

  private static CompiledQuery compiled(Case c) {
    return CompiledQuery.compile(c.query(), TableAccess.columns(c.table()));
  }

  private static GroupIndexer indexer(Case c) {
    return new GroupIndexer(compiled(c), c.query().bucket().orElse(null));
  }

  private static GroupKey key(CompiledQuery c, GroupIndexer indexer, int id) {
    List<Dimension> by = c.query.groupBy();
    int[] codes = new int[by.size()];
    LocalDate start = indexer.decode(id, codes);
    List<@Nullable String> values = new ArrayList<>();
    for (int k = 0; k < codes.length; k++) {
      values.add(codes[k] == ColumnStore.MISSING_CODE ? null : c.groupDictionaries[k][codes[k]]);
    }
    return GroupKey.of(by, values, c.query.bucket().orElse(null), start);
  }

  @Test
  void everyDenseIdComesOnceAndTheirKeysAscend() {
    Property.named("dense ids in key order")
        .forAll(
            CASES,
            c -> {
              CompiledQuery compiled = compiled(c);
              GroupIndexer indexer = new GroupIndexer(compiled, c.query().bucket().orElse(null));
              int[] ids =
                  indexer.denseIdsInKeyOrder(c.query().groupBy(), compiled.groupDictionaries);
              int[] sorted = ids.clone();
              Arrays.sort(sorted);
              int[] all = new int[indexer.capacity()];
              Arrays.setAll(all, i -> i);
              assertThat(sorted).isEqualTo(all);
              for (int i = 1; i < ids.length; i++) {
                assertThat(key(compiled, indexer, ids[i - 1]))
                    .isLessThan(key(compiled, indexer, ids[i]));
              }
            });
  }

  @Test
  void theEnginesStatesAreThoseOfAMapFilledKeyByKey() {
    Property.named("engine states against a map filled key by key")
        .forAll(
            CASES,
            c -> {
              CompiledQuery compiled = compiled(c);
              Accumulator acc = Engine.accumulate(compiled, 0, compiled.store.rows());
              GroupIndexer indexer = acc.indexer();
              long[] state = acc.state();
              int stride = acc.stride();
              TreeMap<GroupKey, long[]> expected = new TreeMap<>();
              for (int id = 0; id < indexer.capacity(); id++) {
                if (state[id * stride + Layout.ROWS] != 0) {
                  expected.put(
                      key(compiled, indexer, id),
                      Arrays.copyOfRange(state, id * stride, (id + 1) * stride));
                }
              }
              Map<GroupKey, long[]> actual = Engine.aggregate(c.query(), c.table(), 1).groups();
              assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
              for (Map.Entry<GroupKey, long[]> e : expected.entrySet()) {
                assertThat(actual.get(e.getKey())).as("%s", e.getKey()).isEqualTo(e.getValue());
              }
            });
  }

  @Test
  void aHashedLayoutHasNoFixedOrder() {
    MetricTable table = FormulasGens.table(new SplittableRandom(7), 2_000);
    KpiQuery query =
        KpiQuery.builder().kpis(CTR).groupBy(FormulasGens.CONTENT).bucket(TimeBucket.DAY).build();
    GroupIndexer indexer = indexer(new Case(table, query));
    assertThat(indexer.isDense()).isFalse();
    assertThatThrownBy(
            () -> indexer.denseIdsInKeyOrder(List.of(Dimension.PLATFORM), new String[][] {{}}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("only dense ids have a fixed order");
  }
}
