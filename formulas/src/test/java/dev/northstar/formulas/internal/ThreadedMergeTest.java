package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Property;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On several threads, the parts of a dense group layout merge slot by slot and those of a hashed
 * layout by group key; either way the result is that of one thread, and an overflow in the merge
 * names the group.
 */
class ThreadedMergeTest {

  static final RatioKpi ERR =
      RatioKpi.builder(MetricId.of("err"))
          .name("engagement rate by reach")
          .numerator(LinearSum.parse("likes + comments + shares"))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();

  static final RatioKpi CTR =
      RatioKpi.builder(MetricId.of("ctr"))
          .name("click-through rate")
          .numerator(LinearSum.of(CoreMetrics.CLICKS))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .build();

  /** By platform and month: dense. By post and day: more groups than rows allow, so hashed. */
  static final List<KpiQuery> QUERIES =
      List.of(
          KpiQuery.builder()
              .kpis(ERR, CTR)
              .totals(CoreMetrics.SPEND)
              .groupBy(Dimension.PLATFORM)
              .bucket(TimeBucket.MONTH)
              .build(),
          KpiQuery.builder()
              .kpis(ERR)
              .groupBy(Dimension.PLATFORM)
              .bucket(TimeBucket.DAY)
              .method(Aggregation.MEAN_OF_RATIOS)
              .build(),
          KpiQuery.builder()
              .kpis(ERR)
              .totals(CoreMetrics.LIKES)
              .groupBy(Dimension.PLATFORM, FormulasGens.CAMPAIGN)
              .build(),
          KpiQuery.builder().kpis(CTR).groupBy(FormulasGens.CONTENT).bucket(TimeBucket.DAY).build(),
          KpiQuery.builder()
              .kpis(ERR)
              .groupBy(FormulasGens.CONTENT, Dimension.PLATFORM)
              .method(Aggregation.MEAN_OF_RATIOS)
              .build());

  static boolean isDense(KpiQuery query, MetricTable table) {
    CompiledQuery compiled = CompiledQuery.compile(query, TableAccess.columns(table));
    return new GroupIndexer(compiled, query.bucket().orElse(null)).isDense();
  }

  @Test
  void theQueriesCoverBothLayouts() {
    MetricTable table = FormulasGens.table(new java.util.SplittableRandom(7), 6_000);
    assertThat(QUERIES.stream().map(q -> isDense(q, table)).distinct()).contains(true, false);
  }

  @Test
  void partsOfEitherLayoutMergeIntoTheResultOfOneThread() {
    Property.named("run on 2 to 4 threads equals run on 1, dense and hashed layouts")
        .scaledTries(10)
        .forAll(
            random -> FormulasGens.table(random, 4_100 + random.nextInt(4_000)),
            table -> {
              for (KpiQuery query : QUERIES) {
                var single = query.run(table);
                // The states too, slot by slot: a mean of ratios' fraction slot is carried
                // into its whole-number slot in the same way on any number of threads.
                GroupedStates states = Engine.aggregate(query, table, 1);
                for (int threads = 2; threads <= 4; threads++) {
                  assertThat(query.run(table, threads))
                      .as("%s on %d threads", query, threads)
                      .isEqualTo(single);
                  assertThat(Engine.aggregate(query, table, threads)).isEqualTo(states);
                }
              }
            });
  }

  @Test
  void anOverflowInTheDenseMergeNamesTheGroup() {
    // Each half of the rows sums to less than Long.MAX_VALUE in the group (x, 2026-01-01); both
    // together pass it, so only the merge of the two parts can find the overflow.
    int rows = 2 * 1024;
    long[] likes = new long[rows];
    long[] reach = new long[rows];
    Arrays.fill(reach, 1);
    likes[0] = Long.MAX_VALUE / 2 + 1;
    likes[rows - 1] = Long.MAX_VALUE / 2 + 1;
    MetricTable table =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, new String[] {"x"}, new int[rows])
            .dates(new int[rows])
            .measure(Measure.count(CoreMetrics.LIKES), likes)
            .measure(Measure.count(CoreMetrics.REACH), reach)
            .build();
    RatioKpi likesPerReach =
        RatioKpi.builder(MetricId.of("likes_per_reach"))
            .name("likes per reach")
            .numerator(LinearSum.of(CoreMetrics.LIKES))
            .denominator(LinearSum.of(CoreMetrics.REACH))
            .build();
    KpiQuery query =
        KpiQuery.builder()
            .kpis(likesPerReach)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.DAY)
            .build();
    assertThat(isDense(query, table)).isTrue();
    assertThatThrownBy(() -> query.run(table, 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "merging partial aggregates overflows a long (outside -9223372036854775808 to 9223372036854775807) in group "
                + query.run(table.slice(0, 1)).rows().get(0).key());
    assertThatThrownBy(() -> query.run(table))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("likes_per_reach");
  }
}
