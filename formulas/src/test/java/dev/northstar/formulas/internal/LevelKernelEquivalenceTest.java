package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The level kernel ({@link LevelKernel}, through {@link Accumulator}) against {@link
 * ReferenceKernel}, slot by slot, on generated tables of several chunks: levels beside KPIs and
 * totals, shared times, missing values, dates and timestamps, any bucket. A query with a level
 * never takes a whole-range kernel.
 */
class LevelKernelEquivalenceTest {

  private static final String[] PLATFORMS = {"facebook", "x", "tiktok"};
  private static final int FIRST_DAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

  private record Case(MetricTable table, KpiQuery query, int from, int to) {}

  private static Case generate(SplittableRandom random) {
    int n = random.nextInt(1, 3 * Engine.CHUNK + 50);
    int[] platform = new int[n];
    int[] days = new int[n];
    long[] seconds = new long[n];
    long[] followers = new long[n];
    long[] engagements = new long[n];
    long[] reach = new long[n];
    BitSet missing = new BitSet();
    int span = 1 + random.nextInt(120);
    for (int r = 0; r < n; r++) {
      platform[r] = random.nextInt(PLATFORMS.length);
      days[r] = FIRST_DAY + random.nextInt(span);
      seconds[r] = days[r] * 86_400L + 3_600L * random.nextInt(3);
      followers[r] = random.nextLong(1_000_000);
      engagements[r] = random.nextLong(1_000);
      reach[r] = random.nextLong(1, 10_000);
      if (random.nextInt(8) == 0) {
        missing.set(r);
      }
    }
    var columns = MetricTable.columns(n).dimension(Dimension.PLATFORM, PLATFORMS, platform);
    if (random.nextBoolean()) {
      columns.dates(days);
    } else {
      columns.timestamps(seconds);
    }
    MetricTable table =
        columns
            .measure(Measure.count(CoreMetrics.FOLLOWERS), followers, missing)
            .measure(Measure.count(CoreMetrics.ENGAGEMENTS), engagements)
            .measure(Measure.count(CoreMetrics.REACH), reach)
            .build();
    KpiQuery.Builder q = KpiQuery.builder().levels(CoreMetrics.FOLLOWERS);
    if (random.nextBoolean()) {
      q.kpis(Kpis.ERR);
    }
    if (random.nextBoolean()) {
      q.totals(CoreMetrics.ENGAGEMENTS);
    }
    if (random.nextBoolean()) {
      q.groupBy(Dimension.PLATFORM);
    }
    java.util.List<TimeBucket> buckets = java.util.List.of(TimeBucket.values());
    int bucket = random.nextInt(buckets.size() + 1);
    if (bucket < buckets.size()) {
      q.bucket(buckets.get(bucket));
    }
    q.zone(java.time.ZoneOffset.UTC);
    int from = random.nextInt(Math.min(n, 100));
    return new Case(table, q.build(), from, n);
  }

  @Test
  void theLevelKernelEqualsTheReferenceSlotBySlot() {
    Property.named("level states equal the reference kernel's")
        .scaledTries(60)
        .forAll(
            LevelKernelEquivalenceTest::generate,
            c -> {
              boolean mean = false;
              CompiledQuery compiled =
                  CompiledQuery.compile(c.query(), TableAccess.columns(c.table()));
              TimeBucket bucket = c.query().bucket().orElse(null);
              GroupIndexer refIndexer = new GroupIndexer(compiled, bucket);
              long[] expected = ReferenceKernel.run(compiled, refIndexer, mean, c.from(), c.to());
              Accumulator acc = new Accumulator(compiled, new GroupIndexer(compiled, bucket), mean);
              acc.run(c.from(), c.to());
              int stride = acc.stride();
              assertThat(stride)
                  .isEqualTo(Layout.stride(c.query().kpis().size(), c.query().totals().size(), 1));
              assertThat(KeyedStates.keyed(compiled, acc.indexer(), acc.state(), stride))
                  .isEqualTo(KeyedStates.keyed(compiled, refIndexer, expected, stride));
              // The per-chunk path: fused or general for the KPI, never a whole-range kernel.
              assertThat(acc.kernelsRun())
                  .isNotEmpty()
                  .doesNotContain(
                      Kernel.INLINE_PROVEN, Kernel.INLINE_CHECKED, Kernel.PROVEN_CHUNKS);
            });
  }
}
