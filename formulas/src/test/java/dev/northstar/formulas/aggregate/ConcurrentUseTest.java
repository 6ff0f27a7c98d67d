package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stress test with a fixed seed (docs/reliability.md): eight threads released at once run the same
 * queries on the same table, run them with their own worker threads, and merge the same shared
 * partial aggregates, over and over; every result equals the one computed first by one thread.
 */
class ConcurrentUseTest {

  private static final long SEED = 20_261_201L;
  private static final int THREADS = 8;
  private static final int ROUNDS = 10;

  private static final RatioKpi ERR =
      RatioKpi.builder(MetricId.of("c.err"))
          .numerator(LinearSum.of(CoreMetrics.ENGAGEMENTS))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();
  private static final RatioKpi CPM =
      RatioKpi.builder(MetricId.of("c.cpm"))
          .numerator(LinearSum.of(CoreMetrics.SPEND))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .factor(BigDecimal.valueOf(1000))
          .unit(MetricUnit.CURRENCY)
          .build();

  private static List<KpiQuery> queries() {
    return List.of(
        KpiQuery.builder().kpis(ERR, CPM).totals(CoreMetrics.LIKES, CoreMetrics.SPEND).build(),
        KpiQuery.builder()
            .kpis(ERR, CPM)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.MONTH)
            .build(),
        KpiQuery.builder()
            .kpis(ERR)
            .groupBy(FormulasGens.CAMPAIGN, Dimension.PLATFORM)
            .method(Aggregation.MEAN_OF_RATIOS)
            .totals(CoreMetrics.REACH)
            .build(),
        KpiQuery.builder().kpis(CPM).groupBy(FormulasGens.CAMPAIGN).bucket(TimeBucket.DAY).build());
  }

  /** What one thread computes for a query: the whole table, and the two halves merged. */
  private record Expected(
      KpiQuery query,
      KpiTable whole,
      PartialAggregate first,
      PartialAggregate second,
      KpiTable merged) {}

  @Test
  void eightThreadsAtOnceGetWhatOneThreadGets() throws Exception {
    MetricTable table = FormulasGens.table(new SplittableRandom(SEED), 20_000);
    MetricTable firstHalf = table.slice(0, 10_000);
    MetricTable secondHalf = table.slice(10_000, 20_000);
    List<Expected> expected = new ArrayList<>();
    for (KpiQuery query : queries()) {
      PartialAggregate first = query.aggregate(firstHalf);
      PartialAggregate second = query.aggregate(secondHalf);
      expected.add(
          new Expected(query, query.run(table), first, second, first.merge(second).toTable()));
    }
    // Merging the halves is running the whole table, so the merged reference is checked too.
    for (Expected e : expected) {
      assertThat(e.merged()).isEqualTo(e.whole());
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Integer> work =
            () -> {
              start.await();
              int checks = 0;
              for (int round = 0; round < ROUNDS; round++) {
                // Each thread walks the queries in its own order, so different queries overlap.
                for (int i = 0; i < expected.size(); i++) {
                  Expected e = expected.get((i + thread + round) % expected.size());
                  assertThat(e.query().run(table)).isEqualTo(e.whole());
                  assertThat(e.query().run(table, 2)).isEqualTo(e.whole());
                  assertThat(e.first().merge(e.second()).toTable()).isEqualTo(e.merged());
                  assertThat(e.second().merge(e.first()).toTable()).isEqualTo(e.merged());
                  assertThat(e.query().aggregate(secondHalf)).isEqualTo(e.second());
                  checks += 5;
                }
              }
              return checks;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEqualTo(ROUNDS * expected.size() * 5);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
