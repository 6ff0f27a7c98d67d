package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every accumulation kernel against {@link ReferenceKernel}, slot by slot, on generated tables and
 * queries: sizes from empty to several chunks, one to four KPIs, totals, missing values, signed
 * weights, means of ratios, dense and hashed group layouts, and values near {@code Long.MAX_VALUE}.
 * Each case is generated for a target kernel, and the test asserts that the target ran, so the
 * generators are known to reach every fast path.
 */
class KernelEquivalencePropertiesTest {

  private static final List<MetricId> COLUMNS =
      List.of(
          CoreMetrics.LIKES,
          CoreMetrics.COMMENTS,
          CoreMetrics.SHARES,
          CoreMetrics.SAVES,
          CoreMetrics.CLICKS,
          CoreMetrics.REACH);
  private static final String[] PLATFORMS = {"facebook", "instagram", "linkedin", "x", "tiktok"};
  private static final String[] CAMPAIGNS = {"spring", "summer", "autumn"};
  private static final int FIRST_DAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

  /** A generated case: the kernel it aims at, its table and its query. */
  record Case(Kernel target, MetricTable table, KpiQuery query) {
    @Override
    public String toString() {
      return target + " " + query + " over " + table.rowCount() + " rows";
    }
  }

  private static Case generate(SplittableRandom random) {
    List<Kernel> kernels = List.of(Kernel.values());
    Kernel target = kernels.get(random.nextInt(kernels.size()));
    boolean fastShape = target != Kernel.GENERAL;
    int rows =
        random.nextInt(5) == 0 ? random.nextInt(30) : 1 + random.nextInt(3 * Engine.CHUNK + 100);
    boolean huge =
        target == Kernel.INLINE_CHECKED || (target == Kernel.FUSED && random.nextBoolean());
    // Near overflow: a group's sums come near Long.MAX_VALUE, on either side of it.
    long bound = huge ? Long.MAX_VALUE / (1 + random.nextInt(Math.max(1, rows / 3))) : 1_000_000;
    int days = 1 + random.nextInt(random.nextBoolean() ? 6 : 500);
    int[] platform = new int[rows];
    int[] campaign = new int[rows];
    int[] content = new int[rows];
    int[] day = new int[rows];
    long[][] values = new long[COLUMNS.size()][rows];
    for (int r = 0; r < rows; r++) {
      platform[r] = random.nextInt(PLATFORMS.length + 1) - 1;
      campaign[r] = random.nextInt(CAMPAIGNS.length + 1) - 1;
      content[r] = r;
      day[r] = FIRST_DAY + random.nextInt(days);
      for (long[] col : values) {
        col[r] = random.nextInt(5) == 0 ? 0 : random.nextLong(bound);
      }
    }
    String[] posts = new String[rows];
    for (int r = 0; r < rows; r++) {
      posts[r] = "post-" + r;
    }
    boolean missing = target == Kernel.GENERAL && random.nextBoolean() && rows > 0;
    var b =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, PLATFORMS, platform)
            .dimension(Dimension.CAMPAIGN, CAMPAIGNS, campaign)
            .dimension(Dimension.CONTENT, posts, content)
            .dates(day);
    for (int m = 0; m < COLUMNS.size(); m++) {
      BitSet bits = new BitSet();
      if (missing && random.nextBoolean()) {
        bits.set(random.nextInt(rows));
      }
      b.measure(Measure.count(COLUMNS.get(m)), values[m], bits);
    }
    return new Case(target, b.build(), query(target, random, fastShape));
  }

  private static KpiQuery query(Kernel target, SplittableRandom random, boolean fastShape) {
    int kpis =
        switch (target) {
          case INLINE_PROVEN, INLINE_CHECKED -> 1;
          case PROVEN_CHUNKS -> 2 + random.nextInt(3);
          default -> 1 + random.nextInt(4);
        };
    List<RatioKpi> list = new ArrayList<>();
    for (int k = 0; k < kpis; k++) {
      list.add(kpi(k, random, fastShape || (k > 0 && random.nextBoolean())));
    }
    KpiQuery.Builder q = KpiQuery.builder().kpis(list);
    TimeBucket[] buckets = TimeBucket.values();
    switch (target) {
      case INLINE_PROVEN, INLINE_CHECKED ->
          q.groupBy(random.nextBoolean() ? Dimension.PLATFORM : Dimension.CAMPAIGN)
              .bucket(buckets[random.nextInt(buckets.length)]);
      case PROVEN_CHUNKS -> {
        q.groupBy(random.nextBoolean() ? Dimension.PLATFORM : Dimension.CAMPAIGN);
        if (random.nextBoolean()) {
          q.bucket(buckets[random.nextInt(buckets.length)]);
        }
      }
      case FUSED -> {
        q.groupBy(Dimension.PLATFORM, Dimension.CAMPAIGN).totals(CoreMetrics.SAVES);
      }
      case GENERAL -> {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.PLATFORM, Dimension.CAMPAIGN));
        if (random.nextInt(3) == 0) {
          dims.add(Dimension.CONTENT); // more groups than rows allow: hashed ids
        }
        q.groupBy(dims.subList(random.nextInt(dims.size()), dims.size()).toArray(Dimension[]::new));
        if (random.nextBoolean()) {
          q.bucket(buckets[random.nextInt(buckets.length)]);
        }
        if (random.nextBoolean()) {
          q.totals(CoreMetrics.LIKES, CoreMetrics.REACH);
        }
        if (random.nextBoolean()) {
          q.method(Aggregation.MEAN_OF_RATIOS);
        }
      }
    }
    return q.build();
  }

  /** A KPI over 1 to 4 columns; if not plain, 2 to 4 with signed weights (a general-path shape). */
  private static RatioKpi kpi(int k, SplittableRandom random, boolean plain) {
    List<Integer> cols = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    java.util.Collections.shuffle(cols, new java.util.Random(random.nextLong()));
    StringBuilder num = new StringBuilder();
    int terms = plain ? 1 + random.nextInt(4) : 2 + random.nextInt(3);
    for (int t = 0; t < terms; t++) {
      if (t > 0) {
        num.append(plain ? " + " : t % 2 == 0 ? " + 2*" : " - ");
      }
      num.append(COLUMNS.get(cols.get(t)).value());
    }
    int den = random.nextBoolean() ? 5 : random.nextInt(5);
    return RatioKpi.builder(MetricId.of("k" + k))
        .numerator(LinearSum.parse(num.toString()))
        .denominator(LinearSum.of(COLUMNS.get(den)))
        .build();
  }

  /** The states of the groups that have rows, by key; or null if the loop overflowed. */
  private static Map<GroupKey, List<Long>> keyed(
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

  @Test
  void everyKernelEqualsTheReferenceAndEveryKernelIsReached() {
    Set<Kernel> reached = EnumSet.noneOf(Kernel.class);
    Property.named("each kernel's state equals the reference kernel's, slot by slot")
        .scaledTries(150)
        .forAll(
            KernelEquivalencePropertiesTest::generate,
            c -> {
              KpiQuery q = c.query();
              boolean mean = q.method() == Aggregation.MEAN_OF_RATIOS;
              CompiledQuery compiled = CompiledQuery.compile(q, TableAccess.columns(c.table()));
              int rows = c.table().rowCount();
              GroupIndexer refIndexer = new GroupIndexer(compiled, q.bucket().orElse(null));
              long[] expected;
              try {
                expected = ReferenceKernel.run(compiled, refIndexer, mean, 0, rows);
              } catch (ArithmeticException overflow) {
                expected = null;
              }
              Accumulator acc;
              try {
                acc = Engine.accumulate(compiled, 0, rows);
              } catch (ArithmeticException overflow) {
                assertThat(expected).as("only the kernel overflowed").isNull();
                return;
              }
              assertThat(expected).as("only the reference overflowed").isNotNull();
              int stride = acc.stride();
              assertThat(keyed(compiled, acc.indexer(), acc.state(), stride))
                  .isEqualTo(keyed(compiled, refIndexer, expected, stride));
              Set<Kernel> ran = acc.kernelsRun();
              reached.addAll(ran);
              if (rows > 0) {
                assertThat(ran).as("kernels of %s", c).contains(expectedKernel(c.target(), ran));
              }
            });
    assertThat(reached).containsExactlyInAnyOrder(Kernel.values());
  }

  /** The kernel a case must reach: its target, where the inline shape may be proven or not. */
  private static Kernel expectedKernel(Kernel target, Set<Kernel> ran) {
    if (target == Kernel.INLINE_PROVEN && ran.contains(Kernel.INLINE_CHECKED)) {
      return Kernel.INLINE_CHECKED;
    }
    if (target == Kernel.INLINE_CHECKED && ran.contains(Kernel.INLINE_PROVEN)) {
      return Kernel.INLINE_PROVEN;
    }
    return target;
  }
}
