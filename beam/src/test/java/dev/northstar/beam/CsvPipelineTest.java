package dev.northstar.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.CsvFormatException;
import dev.northstar.jackson.csv.KpiCsv;
import dev.northstar.jackson.csv.MappingFile;
import dev.northstar.jackson.csv.MappingFileException;
import dev.northstar.jackson.csv.MetricCsv;
import dev.northstar.jackson.formulas.NorthstarFormulasModule;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The I/O glue on the DirectRunner: CSV read through a mapping, aggregated, written as the CLI
 * writes it; bad values fail with the reader's own located error. (The same pipeline on Flink and
 * Spark is tested in module runners-it.)
 */
class CsvPipelineTest {

  private static final Path FACEBOOK =
      Path.of("../examples/data/facebook-metrics/dataset_Facebook.csv").toAbsolutePath();

  @TempDir Path dir;

  private static KpiQuery errByType() {
    return KpiQuery.builder()
        .kpis(Kpis.find(MetricId.of("err")).orElseThrow())
        .groupBy(Dimension.of("type"))
        .build();
  }

  @Test
  void theFacebookExportGivesTheInProcessResultAsTheClisJsonAndCsv() throws Exception {
    Path json = dir.resolve("kpis.json");
    Path csv = dir.resolve("kpis.csv");
    Pipeline p = Pipelines.create();
    var kpis =
        p.apply(
                MetricCsvRead.from(FACEBOOK.toString(), ColumnMapping::uciFacebookMetrics)
                    .withRowsPerElement(64))
            .apply(KpiAggregate.tables(errByType()));
    kpis.apply("JSON", KpiTableWrite.json(json.toString()));
    kpis.apply("CSV", KpiTableWrite.csv(csv.toString()));
    Pipelines.run(p);

    KpiTable expected =
        errByType().run(MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics()));
    assertThat(Files.readString(json))
        .isEqualTo(
            NorthstarJson.builder()
                    .addModule(new NorthstarFormulasModule())
                    .build()
                    .writeValueAsString(expected)
                + "\n");
    StringWriter expectedCsv = new StringWriter();
    KpiCsv.write(expected, expectedCsv);
    assertThat(Files.readString(csv)).isEqualTo(expectedCsv.toString());
  }

  @Test
  void severalFilesAddUp() throws Exception {
    List<String> lines = Files.readAllLines(FACEBOOK, StandardCharsets.UTF_8);
    Files.write(dir.resolve("a.csv"), lines.subList(0, 200));
    List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0)));
    rest.addAll(lines.subList(200, lines.size()));
    Files.write(dir.resolve("b.csv"), rest);
    Pipeline p = Pipelines.create();
    Pipelines.Collected<KpiTable> out =
        Pipelines.collect(
            p.apply(
                    MetricCsvRead.from(
                        dir.resolve("*.csv").toString(), ColumnMapping::uciFacebookMetrics))
                .apply(KpiAggregate.tables(errByType())));
    Pipelines.run(p);
    assertThat(out.elements())
        .containsExactly(
            errByType().run(MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics())));
  }

  @Test
  void aMappingFileIsAppliedWithItsCellConventionsAsInProcess() throws Exception {
    Path mapping = dir.resolve("ads.mapping.json");
    Files.writeString(
        mapping,
        """
        {"separator": ";", "missingValues": ["n/a"], "thousandsSeparator": ".",
         "decimalSeparator": ",",
         "columns": {
           "Network": {"dimension": "platform"},
           "Day": {"date": "dd/MM/uuuu"},
           "Impressions": {"count": "impressions"},
           "Clicks": {"count": "clicks"}}}
        """);
    Path data = dir.resolve("in");
    Files.createDirectories(data);
    Files.writeString(
        data.resolve("ads-1.csv"),
        """
        Network;Day;Impressions;Clicks
        facebook;01/03/2026;1.200;30
        facebook;02/03/2026;n/a;5
        x;01/03/2026;2.000;n/a
        """);
    Files.writeString(
        data.resolve("ads-2.csv"),
        """
        Network;Day;Impressions;Clicks
        x;03/03/2026;1.000;20
        """);
    KpiQuery ctrByPlatform =
        KpiQuery.builder()
            .kpis(Kpis.find(MetricId.of("ctr")).orElseThrow())
            .groupBy(Dimension.PLATFORM)
            .totals(MetricId.of("impressions"), MetricId.of("clicks"))
            .build();
    Pipeline p = Pipelines.create();
    Pipelines.Collected<KpiTable> out =
        Pipelines.collect(
            p.apply(MetricCsvRead.from(data.resolve("ads-*.csv").toString(), mapping))
                .apply(KpiAggregate.tables(ctrByPlatform)));
    Pipelines.run(p);

    Path all = dir.resolve("all.csv");
    Files.writeString(
        all,
        """
        Network;Day;Impressions;Clicks
        facebook;01/03/2026;1.200;30
        facebook;02/03/2026;n/a;5
        x;01/03/2026;2.000;n/a
        x;03/03/2026;1.000;20
        """);
    MetricTable both = MappingFile.read(mapping).readTable(all);
    // "1.200" is 1,200 impressions (a thousands separator), "n/a" is missing
    assertThat(both.rowCount()).isEqualTo(4);
    assertThat(both.value(MetricId.of("impressions"), 0))
        .contains(new java.math.BigDecimal("1200"));
    assertThat(both.value(MetricId.of("impressions"), 1)).isEmpty();
    assertThat(out.elements()).containsExactly(ctrByPlatform.run(both));
  }

  @Test
  void anInvalidMappingFileFailsWhenThePipelineIsBuilt() throws Exception {
    Path mapping = dir.resolve("bad.mapping.json");
    Files.writeString(mapping, "{\"columns\": {\"Reach\": {\"cout\": \"reach\"}}}");

    assertThatThrownBy(() -> MetricCsvRead.from("*.csv", mapping))
        .isInstanceOf(MappingFileException.class)
        .hasMessageContaining("bad.mapping.json")
        .hasMessageContaining("$.columns[\"Reach\"].cout: unknown field");
  }

  @Test
  void aBadValueFailsWithTheReadersOwnLocatedError() throws Exception {
    List<String> lines = Files.readAllLines(FACEBOOK, StandardCharsets.UTF_8);
    String[] cells = lines.get(3).split(";", -1);
    cells[7] = "-5"; // Lifetime Post Total Reach
    String bad = String.join(";", cells);
    Path file = dir.resolve("posts.csv");
    Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2), bad));
    CsvFormatException expected =
        org.junit.jupiter.api.Assertions.assertThrows(
            CsvFormatException.class,
            () -> MetricCsv.read(file, ColumnMapping.uciFacebookMetrics()));
    assertThat(expected.getMessage()).contains("posts.csv").contains("4").contains("-5");

    Pipeline p = Pipelines.create();
    p.apply(MetricCsvRead.from(file.toString(), ColumnMapping::uciFacebookMetrics))
        .apply(KpiAggregate.tables(errByType()));
    assertThatThrownBy(() -> Pipelines.run(p))
        .rootCause()
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(expected.getMessage());
  }

  @Test
  void theTableCoderRoundTripsATableEqual() throws Exception {
    MetricTable table = MetricCsv.read(FACEBOOK, ColumnMapping.uciFacebookMetrics());
    MetricTableCoder coder = MetricTableCoder.of();
    coder.verifyDeterministic();
    MetricTable back =
        CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, table));
    assertThat(back).isEqualTo(table);
    assertThat(CoderUtils.encodeToByteArray(coder, back))
        .isEqualTo(CoderUtils.encodeToByteArray(coder, table));
  }

  @Test
  void argumentsAreCheckedWhenThePipelineIsBuilt() {
    assertThatThrownBy(() -> MetricCsvRead.from(" ", ColumnMapping::northstar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("filepattern must not be blank");
    assertThatThrownBy(
            () -> MetricCsvRead.from("x.csv", ColumnMapping::northstar).withRowsPerElement(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowsPerElement must be at least 1, but was 0");
    assertThat(MetricCsvRead.from("x.csv", ColumnMapping::northstar).rowsPerElement())
        .isEqualTo(MetricCsvRead.DEFAULT_ROWS_PER_ELEMENT);
    assertThatThrownBy(() -> KpiTableWrite.json(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must not be blank");
    assertThatThrownBy(() -> KpiTableWrite.csv(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path must not be null");
  }
}
