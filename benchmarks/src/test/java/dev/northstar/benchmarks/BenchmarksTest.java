package dev.northstar.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.benchmarks.GroupByBenchmark.Sums;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.progress.rollup.Rollup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Checks that the benchmarks exist and compute the same figures, and runs one in a smoke mode.
 * Times are never asserted: CI is no place to measure.
 */
class BenchmarksTest {

  @Test
  void theBenchmarkListHoldsEveryBenchmark() throws IOException {
    String list;
    try (InputStream in =
        BenchmarksTest.class.getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
      assertThat(in)
          .as("META-INF/BenchmarkList (is the JMH annotation processor set?)")
          .isNotNull();
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(list)
        .contains(
            "dev.northstar.benchmarks.GroupByBenchmark",
            "dev.northstar.benchmarks.KpiShapesBenchmark",
            "dev.northstar.benchmarks.ThreadsBenchmark",
            "dev.northstar.benchmarks.RollupBenchmark",
            "dev.northstar.benchmarks.JsonBenchmark",
            "dev.northstar.benchmarks.SmartBenchmark",
            "dev.northstar.benchmarks.BeamCombineBenchmark",
            "dev.northstar.benchmarks.DuckDbBenchmark");
  }

  @Test
  void everyGroupByContenderComputesTheSameSums() {
    Posts posts = new Posts(200_000);
    Sums limit = GroupByBenchmark.primitiveLoop(posts);
    // 200,000 rows over 2,920 groups: every group has rows, and reach.
    assertThat(countGroups(limit)).isEqualTo(Posts.PLATFORMS.length * Posts.DAYS);
    GroupByBenchmark.CountedSums counted = GroupByBenchmark.countingLoop(posts);
    GroupByBenchmark shapeLoop = new GroupByBenchmark();
    shapeLoop.contender = "shapeLoop";
    shapeLoop.rows = posts.rows;
    shapeLoop.setUp();
    GroupByBenchmark.CountedSums shaped = (GroupByBenchmark.CountedSums) shapeLoop.groupBy();
    assertThat(shaped.slots).hasSameSizeAs(counted.slots);
    for (int g = 0; g < limit.numerator.length; g++) {
      assertThat(counted.numerator(g)).isEqualTo(limit.numerator[g]);
      assertThat(counted.denominator(g)).isEqualTo(limit.denominator[g]);
      assertThat(shaped.numerator(g)).isEqualTo(limit.numerator[g]);
      assertThat(shaped.denominator(g)).isEqualTo(limit.denominator[g]);
      assertThat(shaped.rows(g)).isEqualTo(counted.rows(g));
    }
    for (String contender :
        List.of("columnar", "streams", "recordLoop", "recordLimit", "rowObjects")) {
      GroupByBenchmark b = new GroupByBenchmark();
      b.contender = contender;
      b.rows = posts.rows;
      b.setUp();
      Object result = b.groupBy();
      if (result instanceof KpiTable table) {
        assertThat(table.rows()).hasSize(countGroups(limit));
        for (KpiRow row : table.rows()) {
          int g = groupOf(row);
          KpiValue v = row.values().get(0);
          assertThat(v.ratio().numerator().longValueExact()).isEqualTo(limit.numerator[g]);
          assertThat(v.ratio().denominator().longValueExact()).isEqualTo(limit.denominator[g]);
          assertThat(row.rows()).as(contender).isEqualTo(counted.rows(g));
        }
      } else if (result instanceof Sums sums) {
        assertThat(sums.numerator).as(contender).containsExactly(limit.numerator);
        assertThat(sums.denominator).as(contender).containsExactly(limit.denominator);
      } else {
        @SuppressWarnings("unchecked")
        Map<Posts.Key, long[]> groups = (Map<Posts.Key, long[]>) result;
        assertThat(groups).as(contender).hasSize(countGroups(limit));
        groups.forEach(
            (key, sums) -> {
              int g =
                  List.of(Posts.PLATFORMS).indexOf(key.platform()) * Posts.DAYS
                      + (int) (key.date().toEpochDay() - Posts.firstEpochDay());
              assertThat(sums)
                  .as(contender)
                  .containsExactly(limit.numerator[g], limit.denominator[g]);
            });
      }
    }
  }

  @Test
  void theOtherShapesAndTheThreadsRun() {
    for (String shape : List.of("ratioOfSums", "meanOfRatios", "threeKpis")) {
      for (String contender : List.of("columnar", "primitiveLoop", "exactLoop")) {
        KpiShapesBenchmark b = new KpiShapesBenchmark();
        b.shape = shape;
        b.contender = contender;
        b.rows = 5_000;
        b.setUp();
        assertThat(b.aggregate()).isNotNull();
      }
    }
    KpiShapesBenchmark unknown = new KpiShapesBenchmark();
    unknown.contender = "streams";
    assertThatThrownBy(unknown::setUp)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "unknown contender streams; this class has columnar, primitiveLoop and exactLoop");
    KpiShapesBenchmark mean = new KpiShapesBenchmark();
    mean.shape = "meanOfRatios";
    mean.rows = 5_000;
    mean.setUp();
    KpiTable engine = (KpiTable) mean.aggregate();
    assertThat(engine.method()).isEqualTo(Aggregation.MEAN_OF_RATIOS);
    // The exact loop keeps what the engine keeps: the same mean to the engine's 15 decimals.
    mean.contender = "exactLoop";
    long[] exact = (long[]) mean.aggregate();
    engine
        .rows()
        .forEach(
            row -> {
              int g = 3 * groupOf(row);
              java.util.Optional<java.math.BigDecimal> value = row.values().get(0).value();
              if (exact[g + 2] == 0) {
                assertThat(value).isEmpty();
                return;
              }
              java.math.BigDecimal mine =
                  java.math.BigDecimal.valueOf(exact[g])
                      .add(
                          new java.math.BigDecimal(exact[g + 1])
                              .divide(java.math.BigDecimal.valueOf(1L << 52)))
                      .divide(
                          java.math.BigDecimal.valueOf(exact[g + 2]),
                          15,
                          java.math.RoundingMode.HALF_EVEN);
              assertThat(value).isPresent();
              assertThat(value.get()).isEqualByComparingTo(mine);
            });
    ThreadsBenchmark one = new ThreadsBenchmark();
    one.rows = 50_000;
    one.setUp();
    ThreadsBenchmark two = new ThreadsBenchmark();
    two.rows = 50_000;
    two.threads = 2;
    two.setUp();
    assertThat(two.run()).isEqualTo(one.run());
  }

  @Test
  void theRollupAndJsonBenchmarksRun() throws IOException {
    RollupBenchmark rollup = new RollupBenchmark();
    rollup.nodes = 2_000;
    rollup.setUp();
    Rollup r = rollup.rollUp();
    assertThat(r.progress()).isPresent();
    assertThat(r.counted()).hasSize(10);
    JsonBenchmark json = new JsonBenchmark();
    json.goals = 100;
    json.setUp();
    assertThat(json.read()).hasSize(100);
    assertThat(json.write()).isNotEmpty();
    SmartBenchmark smart = new SmartBenchmark();
    smart.goals = 50;
    smart.setUp();
    assertThat(smart.validate())
        .hasSize(50)
        .allSatisfy(report -> assertThat(report.findings()).isNotNull());
  }

  @Test
  void theBeamBenchmarksComputeTheEnginesPartial() {
    BeamCombineBenchmark b = new BeamCombineBenchmark();
    b.rows = 20_000;
    b.accumulators = 4;
    b.setUp();
    Posts posts = new Posts(20_000);
    PartialAggregate expected = Posts.errByPlatformAndDay().aggregate(posts.table());
    BeamCombineBenchmark.Fold small = new BeamCombineBenchmark.Fold();
    small.foldEvery = 4_096;
    BeamCombineBenchmark.Fold large = new BeamCombineBenchmark.Fold();
    large.foldEvery = 65_536;
    assertThat(b.addInput(small).partial()).isEqualTo(expected);
    assertThat(b.addInput(large).partial()).isEqualTo(expected);
    assertThat(b.merge()).isEqualTo(expected);
    assertThat(b.decode().partial()).isEqualTo(expected);
    assertThat(b.encode()).isNotEmpty();
    assertThat(b.inProcessFromRows()).isEqualTo(expected.toTable());
    assertThat(b.inProcessColumnar()).isEqualTo(expected.toTable());
  }

  /**
   * With -Pduckdb, DuckDB's sums are the limit's; without it, the setup says which profile adds the
   * driver.
   */
  @Test
  void duckDbComputesTheSameSumsOrNamesItsProfile() throws Exception {
    DuckDbBenchmark b = new DuckDbBenchmark();
    b.rows = 50_000;
    b.threads = 2;
    if (!hasDuckDb()) {
      assertThatThrownBy(b::setUp).hasMessageContaining("-Pduckdb");
      return;
    }
    b.setUp();
    try {
      Sums limit = GroupByBenchmark.primitiveLoop(new Posts(50_000));
      Sums duck = b.groupBy();
      assertThat(duck.numerator).containsExactly(limit.numerator);
      assertThat(duck.denominator).containsExactly(limit.denominator);
    } finally {
      b.tearDown();
    }
  }

  private static boolean hasDuckDb() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Two benchmarks through JMH's runner, in this JVM, for a fraction of a second each. */
  @Test
  void theSmokeListRunsThroughJmh() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(GroupByBenchmark.class.getName() + ".groupBy")
            .include(BeamCombineBenchmark.class.getName() + ".merge")
            .param("contender", "columnar")
            .param("rows", "100000")
            .param("accumulators", "4")
            .addProfiler(CpuTimeProfiler.class)
            .forks(0)
            .warmupIterations(1)
            .warmupTime(TimeValue.milliseconds(100))
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results)
        .extracting(r -> r.getParams().getBenchmark())
        .containsExactlyInAnyOrder(
            GroupByBenchmark.class.getName() + ".groupBy",
            BeamCombineBenchmark.class.getName() + ".merge");
    for (RunResult r : results) {
      Result<?> cpu = r.getSecondaryResults().get("cpu.time.norm");
      assertThat(cpu).as("the CPU time profiler's result").isNotNull();
      assertThat(cpu.getScore()).isPositive();
    }
  }

  private static int countGroups(Sums sums) {
    int n = 0;
    for (long d : sums.denominator) {
      n += d > 0 ? 1 : 0;
    }
    return n;
  }

  private static int groupOf(KpiRow row) {
    String platform = row.key().value(Dimension.PLATFORM).orElseThrow();
    LocalDate day = row.key().bucketStart().orElseThrow();
    return List.of(Posts.PLATFORMS).indexOf(platform) * Posts.DAYS
        + (int) (day.toEpochDay() - Posts.firstEpochDay());
  }

  @Test
  void everyRollupShapeRollsUpTheRootAsRollupOfEveryDoes() {
    for (String shape : new String[] {"tree", "chain", "star", "random"}) {
      RollupBenchmark b = new RollupBenchmark();
      b.nodes = 2_000;
      b.shape = shape;
      b.setUp();
      assertThat(b.check().goals()).as(shape).hasSize(2_000);
      assertThat(b.rollUp().progress()).as(shape).isPresent();
      assertThat(b.rollUpEvery().get(b.rollUp().objective())).as(shape).isEqualTo(b.rollUp());
      assertThat(b.draw().lines()).as(shape).hasSize(2_000);
    }
  }

  @Test
  void csvMemoryMeasuresASmallFile() throws IOException {
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      CsvMemory.main(new String[] {"2000"});
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("2,000 rows, ")
        .contains("bytes per row kept by the table", "heap peak while reading");
  }
}
