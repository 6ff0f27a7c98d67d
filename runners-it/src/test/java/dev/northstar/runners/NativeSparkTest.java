package dev.northstar.runners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.csv.MetricCsv;
import dev.northstar.spark.KpiAggregator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native Spark aggregator on a {@code local[2]} Spark session: Spark reads the real files with
 * its own CSV reader, and the aggregator's result, from the Dataset API and from Spark SQL, is the
 * CLI's output for the same file.
 */
class NativeSparkTest {

  /** The Facebook export's headers of the UCI mapping's columns, in the schema's order. */
  private static final List<String> FACEBOOK_HEADERS =
      List.of(
          "Type",
          "Category",
          "Paid",
          "Post Month",
          "Post Weekday",
          "Post Hour",
          "Page total likes",
          "Lifetime Post Total Reach",
          "Lifetime Post Total Impressions",
          "Lifetime Engaged Users",
          "Lifetime Post Consumers",
          "Lifetime Post Consumptions",
          "Lifetime Post Impressions by people who have liked your Page",
          "Lifetime Post reach by people who like your Page",
          "Lifetime People who have liked your Page and engaged with your post",
          "comment",
          "like",
          "share",
          "Total Interactions");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("northstar-native-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void datasetApiOnTheExampleCsvGivesTheCliJsonAndCsv() throws Exception {
    KpiCase kpiCase = KpiCase.EXAMPLE_BY_PLATFORM_AND_MONTH;
    TableSchema schema = MetricCsv.read(kpiCase.file(), kpiCase.mapping().mapping()).schema();
    KpiAggregator json = KpiAggregator.json(kpiCase.query(), schema);
    KpiAggregator csv = KpiAggregator.csv(kpiCase.query(), schema);
    Dataset<Row> file =
        spark.read().option("header", "true").csv(kpiCase.file().toString()).repartition(2);
    Column[] inputs = json.inputColumns(MetricCsv.headers(schema));

    Row result = file.agg(json.udaf().apply(inputs), csv.udaf().apply(inputs)).first();

    assertThat(result.getString(0) + "\n").isEqualTo(kpiCase.cliJson());
    assertThat(result.getString(1)).isEqualTo(kpiCase.cliCsv());
  }

  @Test
  void sparkSqlOnTheFacebookExportGivesTheCliJson() throws Exception {
    KpiCase kpiCase = KpiCase.FACEBOOK_BY_TYPE;
    TableSchema schema = MetricCsv.read(kpiCase.file(), kpiCase.mapping().mapping()).schema();
    KpiAggregator agg = KpiAggregator.json(kpiCase.query(), schema);
    spark
        .read()
        .option("header", "true")
        .option("sep", ";")
        .csv(kpiCase.file().toString())
        .repartition(2)
        .select(agg.inputColumns(FACEBOOK_HEADERS))
        .createOrReplaceTempView("posts");
    spark.udf().register("northstar_err", agg.udaf());
    String inputs = "`" + String.join("`, `", agg.inputSchema().fieldNames()) + "`";

    Row result = spark.sql("SELECT northstar_err(" + inputs + ") FROM posts").first();

    assertThat(result.getString(0) + "\n").isEqualTo(kpiCase.cliJson());
  }
}
