package dev.northstar.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.InvalidRowException;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.KpiCsv;
import dev.northstar.jackson.csv.MetricCsv;
import dev.northstar.jackson.formulas.NorthstarFormulasModule;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * The aggregator's functions called as Spark calls them, without a Spark session: rows reduced into
 * several buffers, each buffer encoded to its byte form and decoded (as a shuffle does), merged in
 * a shuffled order, finished. The result must equal the in-process engine's on the same file,
 * rendered as the CLI renders it. (The same aggregator on a {@code local[2]} Spark session is
 * tested in module runners-it.)
 */
class KpiAggregatorTest {

  /** The JSON of KPI tables, as the aggregator writes it. */
  private static final JsonMapper KPI_JSON =
      NorthstarJson.builder().addModule(new NorthstarFormulasModule()).build();

  private static final Path FACEBOOK =
      Path.of("../examples/data/facebook-metrics/dataset_Facebook.csv");
  private static final Path EXAMPLE = Path.of("../examples/data/generated/daily-metrics-2026.csv");

  private static KpiQuery errByTypeAndPaid() {
    return KpiQuery.builder()
        .kpis(Kpis.find(MetricId.of("err")).orElseThrow())
        .groupBy(Dimension.of("type"), Dimension.of("paid"))
        .build();
  }

  private static KpiQuery errCtrByPlatformAndMonth() {
    return KpiQuery.builder()
        .kpis(
            Kpis.find(MetricId.of("err")).orElseThrow(),
            Kpis.find(MetricId.of("ctr")).orElseThrow())
        .groupBy(Dimension.of("platform"))
        .bucket(TimeBucket.parse("month"))
        .totals(MetricId.of("reach"), MetricId.of("spend"))
        .build();
  }

  @Test
  void facebookExportGivesTheEnginesJson() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiAggregator agg = KpiAggregator.json(errByTypeAndPaid(), table.schema());
    assertThat(run(agg, table, 3, new Random(1)))
        .isEqualTo(KPI_JSON.writeValueAsString(errByTypeAndPaid().run(table)));
  }

  @Test
  void exampleCsvGivesTheEnginesCsv() throws Exception {
    MetricTable table = MetricCsv.read(EXAMPLE, ColumnMapping.northstar());
    KpiAggregator agg = KpiAggregator.csv(errCtrByPlatformAndMonth(), table.schema());
    StringWriter expected = new StringWriter();
    KpiCsv.write(errCtrByPlatformAndMonth().run(table), expected);
    assertThat(run(agg, table, 5, new Random(2))).isEqualTo(expected.toString());
  }

  @Test
  void moreRowsThanOneFoldGiveTheSameResult() throws Exception {
    // The example's rows thirty times over: more rows than one buffer folds.
    List<String> lines = java.nio.file.Files.readAllLines(EXAMPLE);
    List<String> thrice = new ArrayList<>(lines);
    for (int copy = 1; copy < 30; copy++) {
      thrice.addAll(lines.subList(1, lines.size()));
    }
    MetricTable table =
        MetricCsv.read(
            new java.io.StringReader(String.join("\n", thrice)), ColumnMapping.northstar());
    assertThat(table.rowCount()).isGreaterThan(KpiAggregator.FOLD_EVERY);
    KpiAggregator agg = KpiAggregator.json(errCtrByPlatformAndMonth(), table.schema());
    assertThat(run(agg, table, 1, new Random(3)))
        .isEqualTo(KPI_JSON.writeValueAsString(errCtrByPlatformAndMonth().run(table)));
  }

  @Test
  void anEmptyBufferEncodesToNoBytesAndFinishesAsTheEmptyTable() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiAggregator agg = KpiAggregator.json(errByTypeAndPaid(), table.schema());
    KpiBuffer empty = agg.zero();
    assertThat(empty.getState()).isEmpty();
    KpiBuffer back = new KpiBuffer();
    back.setState(empty.getState());
    assertThat(agg.finish(agg.merge(agg.zero(), back)))
        .isEqualTo(KPI_JSON.writeValueAsString(errByTypeAndPaid().run(table.slice(0, 0))));
  }

  @Test
  void aFloatingPointMeasureIsRefusedNamingTheMeasure() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiAggregator agg = KpiAggregator.json(errByTypeAndPaid(), table.schema());
    Object[] cells = cellsOf(TableRows.of(table.slice(0, 1)).get(0));
    int likes = agg.inputSchema().fieldIndex("likes");
    cells[likes] = 79.5d;
    Row row = RowFactory.create(cells);
    assertThatThrownBy(() -> agg.reduce(agg.zero(), row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("measure likes")
        .hasMessageContaining("Double 79.5");
  }

  @Test
  void aNegativeMeasureIsRefusedByTheEngine() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiAggregator agg = KpiAggregator.json(errByTypeAndPaid(), table.schema());
    Object[] cells = cellsOf(TableRows.of(table.slice(0, 1)).get(0));
    cells[agg.inputSchema().fieldIndex("likes")] = -3L;
    Row row = RowFactory.create(cells);
    assertThatThrownBy(() -> agg.reduce(agg.zero(), row))
        .isInstanceOf(InvalidRowException.class)
        .hasMessageContaining("likes")
        .hasMessageContaining("-3");
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiAggregator agg = KpiAggregator.json(errByTypeAndPaid(), table.schema());
    assertThatThrownBy(() -> agg.reduce(agg.zero(), RowFactory.create("Photo")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but had 1");
  }

  @Test
  void theInputSchemaIsTheTablesColumnsInOrder() throws Exception {
    MetricTable table = MetricCsv.read(EXAMPLE, ColumnMapping.northstar());
    KpiAggregator agg = KpiAggregator.json(errCtrByPlatformAndMonth(), table.schema());
    // the file's header, each name without its [dimension] or [currency:scale] tag, in order
    String header;
    try (var lines = java.nio.file.Files.lines(EXAMPLE)) {
      header = lines.findFirst().orElseThrow();
    }
    List<String> columns = new ArrayList<>();
    for (String cell : header.split(",", -1)) {
      int tag = cell.indexOf('[');
      columns.add(tag < 0 ? cell : cell.substring(0, tag));
    }
    assertThat(agg.inputSchema().fieldNames()).containsExactlyElementsOf(columns);
    assertThat(agg.inputSchema().apply("spend").dataType().simpleString())
        .isEqualTo("decimal(38,2)");
    assertThat(agg.inputSchema().apply("likes").dataType().simpleString()).isEqualTo("bigint");
  }

  @Test
  void inputColumnsReadEachHeaderCastToTheInputTypeUnderTheInputName() throws Exception {
    MetricTable table = MetricCsv.read(EXAMPLE, ColumnMapping.northstar());
    KpiAggregator agg = KpiAggregator.json(errCtrByPlatformAndMonth(), table.schema());
    List<String> headers =
        List.of(
            "platform[dimension]",
            "campaign[dimension]",
            "content[dimension]",
            "product[dimension]",
            "date",
            "posts",
            "reach",
            "impressions",
            "likes",
            "comments",
            "shares",
            "saves",
            "clicks",
            "page_views",
            "leads",
            "sales",
            "revenue[USD:2]",
            "spend[USD:2]",
            "followers",
            "influencers",
            "nps_responses",
            "nps_promoters",
            "nps_detractors");

    Column[] columns = agg.inputColumns(headers);

    assertThat(columns).hasSize(23);
    assertThat(columns[0].toString())
        .isEqualTo(functions.col("`platform[dimension]`").cast("string").as("platform").toString());
    assertThat(columns[4].toString())
        .isEqualTo(functions.col("date").cast("date").as("date").toString());
    assertThat(columns[17].toString())
        .isEqualTo(functions.col("`spend[USD:2]`").cast("decimal(38,2)").as("spend").toString());
    assertThat(columns[22].toString())
        .isEqualTo(functions.col("nps_detractors").cast("bigint").as("nps_detractors").toString());
  }

  @Test
  void inputColumnsNeedOneHeaderPerInputColumn() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiAggregator agg = KpiAggregator.json(errByTypeAndPaid(), table.schema());

    assertThatThrownBy(() -> agg.inputColumns(List.of("Type", "Category")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("headers must name the 19 input columns")
        .hasMessageContaining("type:string")
        .hasMessageContaining("but were 2: [Type, Category]");
  }

  private static Object[] cellsOf(Row row) {
    Object[] cells = new Object[row.size()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = row.get(c);
    }
    return cells;
  }

  /** Reduces the rows into {@code tasks} buffers, ships each as bytes, merges them shuffled. */
  private static String run(KpiAggregator agg, MetricTable table, int tasks, Random random) {
    List<KpiBuffer> buffers = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      buffers.add(agg.zero());
    }
    for (Row row : TableRows.of(table)) {
      KpiBuffer b = buffers.get(random.nextInt(tasks));
      agg.reduce(b, row);
    }
    List<KpiBuffer> shipped = new ArrayList<>();
    for (KpiBuffer b : buffers) {
      KpiBuffer decoded = new KpiBuffer();
      decoded.setState(b.getState());
      shipped.add(decoded);
    }
    Collections.shuffle(shipped, random);
    KpiBuffer into = agg.zero();
    for (KpiBuffer b : shipped) {
      into = agg.merge(into, b);
    }
    return agg.finish(into);
  }
}
