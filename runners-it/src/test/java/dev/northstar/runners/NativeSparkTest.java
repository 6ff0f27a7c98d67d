package dev.northstar.runners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.csv.MetricCsv;
import dev.northstar.spark.KpiAggregator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native Spark aggregator on a {@code local[2]} Spark session: Spark reads the real files with
 * its own CSV reader, and the aggregator's result, from the Dataset API and from Spark SQL, is the
 * CLI's output for the same file.
 */
class NativeSparkTest {

  /** The Facebook export's header of each column of the UCI mapping's schema. */
  private static final Map<String, String> FACEBOOK_HEADERS =
      Map.ofEntries(
          Map.entry("type", "Type"),
          Map.entry("category", "Category"),
          Map.entry("paid", "Paid"),
          Map.entry("month", "Post Month"),
          Map.entry("weekday", "Post Weekday"),
          Map.entry("hour", "Post Hour"),
          Map.entry("followers", "Page total likes"),
          Map.entry("reach", "Lifetime Post Total Reach"),
          Map.entry("impressions", "Lifetime Post Total Impressions"),
          Map.entry("engaged_users", "Lifetime Engaged Users"),
          Map.entry("consumers", "Lifetime Post Consumers"),
          Map.entry("consumptions", "Lifetime Post Consumptions"),
          Map.entry(
              "fan_impressions", "Lifetime Post Impressions by people who have liked your Page"),
          Map.entry("fan_reach", "Lifetime Post reach by people who like your Page"),
          Map.entry(
              "fan_engaged_users",
              "Lifetime People who have liked your Page and engaged with your post"),
          Map.entry("comments", "comment"),
          Map.entry("likes", "like"),
          Map.entry("shares", "share"),
          Map.entry("total_interactions", "Total Interactions"));

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
  void datasetApiOnTheExampleCsvGivesTheCliJson() throws Exception {
    KpiCase kpiCase = KpiCase.EXAMPLE_BY_PLATFORM_AND_MONTH;
    TableSchema schema = MetricCsv.read(kpiCase.file(), kpiCase.mapping().mapping()).schema();
    KpiAggregator agg = KpiAggregator.json(kpiCase.query(), schema);
    Dataset<Row> file =
        spark.read().option("header", "true").csv(kpiCase.file().toString()).repartition(2);
    List<Column> inputs = new ArrayList<>();
    for (StructField field : agg.inputSchema().fields()) {
      inputs.add(
          functions
              .col("`" + northstarHeader(schema).apply(field.name()) + "`")
              .cast(field.dataType()));
    }
    Row result = file.agg(agg.udaf().apply(inputs.toArray(Column[]::new))).first();
    assertThat(result.getString(0) + "\n").isEqualTo(kpiCase.cliJson());
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
        .createOrReplaceTempView("posts");
    spark.udf().register("northstar_err", agg.udaf());
    List<String> inputs = new ArrayList<>();
    for (StructField field : agg.inputSchema().fields()) {
      inputs.add(
          "CAST(`" + FACEBOOK_HEADERS.get(field.name()) + "` AS " + field.dataType().sql() + ")");
    }
    Row result =
        spark.sql("SELECT northstar_err(" + String.join(", ", inputs) + ") FROM posts").first();
    assertThat(result.getString(0) + "\n").isEqualTo(kpiCase.cliJson());
  }

  /** Northstar's own CSV headers: {@code id[dimension]}, {@code date}, the measure's text. */
  private static Function<String, String> northstarHeader(TableSchema schema) {
    return name -> {
      for (Dimension d : schema.dimensions()) {
        if (d.id().equals(name)) {
          return name + "[dimension]";
        }
      }
      for (Measure m : schema.measures()) {
        if (m.id().value().equals(name)) {
          return m.toString();
        }
      }
      return name;
    };
  }
}
