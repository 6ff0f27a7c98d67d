package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The unchecked per-KPI loops of {@link ProvenChunksKernel}, for 1 to 4 KPIs of 1 to 4 numerator
 * columns over ranges that cross chunks, against a row-by-row sum by dense group. Through the
 * public API, {@code FusedLoopsPropertiesTest} compares whole results of this path with exact sums.
 */
class ProvenChunksKernelTest {

  private static final int MEASURES = 6;
  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};
  private static final String[] CAMPAIGNS = {"spring", "summer"};

  /** A table, a query of plain KPIs over its measures, and a range of rows. */
  record ChunkCase(MetricTable table, KpiQuery query, int from, int to) {}

  private static final Gen<ChunkCase> CASES =
      random -> {
        int rows = random.nextInt(3 * Engine.CHUNK);
        int[] platform = new int[rows];
        int[] campaign = new int[rows];
        int[] days = new int[rows];
        long[][] values = new long[MEASURES][rows];
        for (int r = 0; r < rows; r++) {
          platform[r] = random.nextInt(PLATFORMS.length + 1) - 1;
          campaign[r] = random.nextInt(CAMPAIGNS.length);
          days[r] = 20_000 + random.nextInt(60);
          for (long[] column : values) {
            column[r] = random.nextInt(1_000_000);
          }
        }
        var b =
            MetricTable.columns(rows)
                .dimension(Dimension.PLATFORM, PLATFORMS, platform)
                .dimension(Dimension.CAMPAIGN, CAMPAIGNS, campaign)
                .dates(days);
        for (int m = 0; m < MEASURES; m++) {
          b.measure(Measure.count(MetricId.of("m" + m)), values[m]);
        }
        List<RatioKpi> kpis = new ArrayList<>();
        int kpiCount = 1 + random.nextInt(4);
        for (int k = 0; k < kpiCount; k++) {
          // Distinct columns: a column twice would have the coefficient 2, not a plain sum.
          List<MetricId> shuffled = new ArrayList<>();
          for (int m = 0; m < MEASURES; m++) {
            shuffled.add(MetricId.of("m" + m));
          }
          Collections.shuffle(shuffled, new Random(random.nextLong()));
          int columns = 1 + random.nextInt(4);
          MetricId first = shuffled.get(0);
          MetricId[] more = shuffled.subList(1, columns).toArray(MetricId[]::new);
          kpis.add(
              RatioKpi.builder(MetricId.of("k" + k))
                  .numerator(LinearSum.of(first, more))
                  .denominator(LinearSum.of(MetricId.of("m" + random.nextInt(MEASURES))))
                  .build());
        }
        KpiQuery.Builder q = KpiQuery.builder().kpis(kpis);
        if (random.nextBoolean()) {
          q.groupBy(Dimension.PLATFORM, Dimension.CAMPAIGN).bucket(TimeBucket.ISO_WEEK);
        } else {
          q.groupBy(Dimension.CAMPAIGN);
        }
        int from = rows == 0 ? 0 : random.nextInt(rows);
        return new ChunkCase(b.build(), q.build(), from, rows);
      };

  @Test
  void eachKpisLoopSumsEveryRowOfTheRangeIntoItsGroup() {
    Property.named("per-KPI unchecked loops equal a row-by-row sum by dense group")
        .forAll(
            CASES,
            c -> {
              CompiledQuery compiled =
                  CompiledQuery.compile(c.query(), TableAccess.columns(c.table()));
              GroupIndexer indexer = new GroupIndexer(compiled, c.query().bucket().orElse(null));
              assertThat(indexer.isDense()).isTrue();
              int kpis = compiled.numerators.length;
              long[][][] num = new long[kpis][][];
              long[][] den = new long[kpis][];
              for (int k = 0; k < kpis; k++) {
                num[k] = compiled.numerators[k].plainColumns();
                den[k] = compiled.denominators[k].plainColumns()[0];
              }
              int groups = indexer.capacity();
              int w = CompactSums.stride(kpis);
              long[] expected = new long[groups * w];
              int[] id = new int[1];
              for (int r = c.from(); r < c.to(); r++) {
                indexer.assign(r, 1, id);
                int at = id[0] * w;
                expected[at]++;
                for (int k = 0; k < kpis; k++) {
                  for (long[] column : num[k]) {
                    expected[at + CompactSums.numerator(k)] += column[r];
                  }
                  expected[at + CompactSums.numerator(k) + 1] += den[k][r];
                }
              }
              assertThat(ProvenChunksKernel.sum(indexer, num, den, groups, c.from(), c.to()))
                  .containsExactly(expected);
            });
  }
}
