package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loops of a plain mean of ratios, {@link FusedMeanKernel} (grouped by a dimension) and {@link
 * InlineMeanKernel} (by a dimension and a bucket): each takes its query (the kernel that ran is
 * asserted), counts every row once, counts zero denominators apart, and gives the mean of the rows'
 * exact ratios, worked out here with {@link BigDecimal}, over several chunks and 1 to 4 numerator
 * columns; an overflow names the KPI and the chunk.
 */
class MeanKernelsTest {

  private static final List<MetricId> NUMERATOR =
      List.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES, CoreMetrics.SAVES);
  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};
  private static final MathContext CONTEXT = new MathContext(40);

  /** A generated table: platform codes, the numerator columns and reach (one in seven is zero). */
  private static final class Data {
    final int[] platform;
    final long[][] numerator;
    final long[] reach;

    Data(int[] platform, long[][] numerator, long[] reach) {
      this.platform = platform;
      this.numerator = numerator;
      this.reach = reach;
    }

    static Data of(int rows, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      int[] platform = new int[rows];
      long[][] numerator = new long[NUMERATOR.size()][rows];
      long[] reach = new long[rows];
      for (int r = 0; r < rows; r++) {
        platform[r] = random.nextInt(PLATFORMS.length);
        for (long[] column : numerator) {
          column[r] = random.nextLong(1_000_000);
        }
        reach[r] = random.nextInt(7) == 0 ? 0 : 1 + random.nextLong(50_000);
      }
      return new Data(platform, numerator, reach);
    }

    MetricTable table() {
      var b =
          MetricTable.columns(reach.length)
              .dimension(Dimension.PLATFORM, PLATFORMS, platform)
              .dates(new int[reach.length]);
      for (int k = 0; k < NUMERATOR.size(); k++) {
        b.measure(Measure.count(NUMERATOR.get(k)), numerator[k]);
      }
      return b.measure(Measure.count(CoreMetrics.REACH), reach).build();
    }
  }

  private static KpiQuery mean(int columns) {
    return mean(columns, false);
  }

  private static KpiQuery mean(int columns, boolean byDay) {
    RatioKpi kpi =
        RatioKpi.builder(MetricId.of("rate"))
            .numerator(
                LinearSum.of(
                    NUMERATOR.get(0), NUMERATOR.subList(1, columns).toArray(MetricId[]::new)))
            .denominator(LinearSum.of(CoreMetrics.REACH))
            .build();
    KpiQuery.Builder q =
        KpiQuery.builder().kpis(kpi).groupBy(Dimension.PLATFORM).method(Aggregation.MEAN_OF_RATIOS);
    if (byDay) {
      q.bucket(TimeBucket.DAY);
    }
    return q.build();
  }

  /** Every row is on one day, so both groupings have one group per platform. */
  @ParameterizedTest
  @CsvSource({
    "1, false",
    "2, false",
    "3, false",
    "4, false",
    "1, true",
    "2, true",
    "3, true",
    "4, true"
  })
  void givesTheMeanOfTheExactRowRatiosAndCountsEveryRowOnce(int columns, boolean byDay) {
    int rows = 3 * Engine.CHUNK + 17;
    Data data = Data.of(rows, 41L + columns);
    MetricTable table = data.table();
    KpiQuery query = mean(columns, byDay);

    Accumulator acc = accumulator(query, table);
    acc.run(0, rows);
    assertThat(acc.kernelsRun()).containsExactly(byDay ? Kernel.INLINE_MEAN : Kernel.FUSED_MEAN);

    KpiTable result = query.run(table);
    for (int p = 0; p < PLATFORMS.length; p++) {
      BigDecimal sum = BigDecimal.ZERO;
      long all = 0;
      long defined = 0;
      for (int r = 0; r < rows; r++) {
        if (data.platform[r] != p) {
          continue;
        }
        all++;
        if (data.reach[r] == 0) {
          continue;
        }
        defined++;
        long numerator = 0;
        for (int k = 0; k < columns; k++) {
          numerator += data.numerator[k][r];
        }
        sum =
            sum.add(
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(data.reach[r]), CONTEXT));
      }
      String platform = PLATFORMS[p];
      KpiRow row =
          result.rows().stream()
              .filter(x -> x.key().value(Dimension.PLATFORM).orElseThrow().equals(platform))
              .findFirst()
              .orElseThrow();
      KpiValue value = row.value(MetricId.of("rate"));
      assertThat(row.rows()).isEqualTo(all);
      assertThat(value.rowsUndefined()).isEqualTo(all - defined);
      assertThat(value.rowsCounted()).isEqualTo(defined);
      BigDecimal expected = sum.divide(BigDecimal.valueOf(defined), CONTEXT);
      // Each row's fraction is rounded to 2^-52 once, so the mean is off by at most that; the
      // value is then rounded to 16 significant digits.
      BigDecimal tolerance =
          expected.abs().scaleByPowerOfTen(-15).add(BigDecimal.valueOf(Math.scalb(1.0, -52)));
      assertThat(value.value().orElseThrow().subtract(expected).abs())
          .isLessThanOrEqualTo(tolerance);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aWholePartPastALongNamesTheKpiAndTheChunk(boolean byDay) {
    int rows = Engine.CHUNK + 10;
    Data data = Data.of(rows, 7);
    long[][] numerator = data.numerator;
    long[] reach = data.reach;
    // Rows 1,030 and 1,031 (both on one platform) have ratios of MAX / 2 + 1: their sum passes MAX.
    for (int r : new int[] {Engine.CHUNK + 6, Engine.CHUNK + 7}) {
      data.platform[r] = 0;
      numerator[0][r] = Long.MAX_VALUE / 2 + 1;
      reach[r] = 1;
    }
    KpiQuery query = mean(1, byDay);
    MetricTable table = data.table();
    Accumulator acc = accumulator(query, table);
    assertThatThrownBy(() -> acc.run(0, rows))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "sum of KPI 'rate' overflows a long (outside -9223372036854775808 to 9223372036854775807) in rows "
                + Engine.CHUNK
                + " to "
                + (rows - 1));
    assertThat(acc.kernelsRun()).containsExactly(byDay ? Kernel.INLINE_MEAN : Kernel.FUSED_MEAN);
  }

  @Test
  void refusesColumnsThatMayBeNegative() {
    int rows = 4;
    MetricTable table =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, PLATFORMS, new int[rows])
            .dates(new int[rows])
            .measure(Measure.signedCount(CoreMetrics.LIKES), new long[] {1, -2, 3, 4})
            .measure(Measure.count(CoreMetrics.REACH), new long[] {1, 1, 1, 1})
            .build();
    CompiledQuery c = CompiledQuery.compile(mean(1), TableAccess.columns(table));
    assertThat(PlainRatio.of(c, 0)).as("a negative column is not plain").isNull();
    Accumulator acc = accumulator(mean(1), table);
    acc.run(0, rows);
    assertThat(acc.kernelsRun()).containsExactly(Kernel.GENERAL);
  }

  private static Accumulator accumulator(KpiQuery query, MetricTable table) {
    CompiledQuery c = CompiledQuery.compile(query, TableAccess.columns(table));
    return new Accumulator(c, new GroupIndexer(c, c.query.bucket().orElse(null)), true);
  }
}
