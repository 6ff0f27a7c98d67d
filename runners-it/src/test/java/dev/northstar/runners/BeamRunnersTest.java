package dev.northstar.runners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.beam.KpiAggregate;
import dev.northstar.beam.KpiTableWrite;
import dev.northstar.beam.MetricCsvRead;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The documented pipeline (read CSV through a mapping, aggregate, write as the CLI does) on real
 * runners: Flink 1.19 as an embedded local cluster of parallelism 2, and Spark 3.5 on {@code
 * local[2]}. The files it writes must be byte-equal to {@code northstar kpi --format json} and
 * {@code --format csv} on the same file.
 */
class BeamRunnersTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(KpiCase.class)
  void flinkEmbeddedClusterWritesTheCliOutput(KpiCase kpiCase) throws Exception {
    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster("[local]");
    options.setParallelism(2);
    runAndCompare(options, kpiCase);
  }

  @ParameterizedTest
  @EnumSource(KpiCase.class)
  void sparkLocalWritesTheCliOutput(KpiCase kpiCase) throws Exception {
    SparkPipelineOptions options = PipelineOptionsFactory.as(SparkPipelineOptions.class);
    options.setRunner(SparkRunner.class);
    options.setSparkMaster("local[2]");
    runAndCompare(options, kpiCase);
  }

  private void runAndCompare(PipelineOptions options, KpiCase kpiCase) throws Exception {
    Path json = dir.resolve("kpis.json");
    Path csv = dir.resolve("kpis.csv");
    Pipeline p = Pipeline.create(options);
    // 97 rows an element: each file becomes several elements, spread over both workers and merged.
    var kpis =
        p.apply(
                MetricCsvRead.from(kpiCase.file().toString(), kpiCase.mapping())
                    .withRowsPerElement(97))
            .apply(KpiAggregate.tables(kpiCase.query()));
    kpis.apply("JSON", KpiTableWrite.json(json.toString()));
    kpis.apply("CSV", KpiTableWrite.csv(csv.toString()));
    PipelineResult.State state = p.run().waitUntilFinish();

    assertThat(state).isEqualTo(PipelineResult.State.DONE);
    assertThat(Files.readString(json)).isEqualTo(kpiCase.cliJson());
    assertThat(Files.readString(csv)).isEqualTo(kpiCase.cliCsv());
  }
}
