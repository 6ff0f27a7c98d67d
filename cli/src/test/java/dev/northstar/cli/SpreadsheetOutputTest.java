package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.KpiCsv;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx}, {@code csv} and {@code csv-long} of kpi and progress. */
class SpreadsheetOutputTest {
  private static final String[] KPI = {
    "kpi",
    Cli.METRICS.toString(),
    "--by",
    "platform,quarter",
    "--kpi",
    "err,roas,cpc",
    "--totals",
    "reach,spend"
  };

  private static KpiTable expected() throws Exception {
    MetricTable table = MetricCsv.read(Cli.METRICS, ColumnMapping.northstar());
    return KpiQuery.builder()
        .kpis(Kpis.ERR, Kpis.ROAS, Kpis.CPC)
        .groupBy(Dimension.PLATFORM)
        .bucket(TimeBucket.QUARTER)
        .totals(
            dev.northstar.core.metric.CoreMetrics.REACH,
            dev.northstar.core.metric.CoreMetrics.SPEND)
        .build()
        .run(table);
  }

  @Test
  void kpiXlsxHasTypedCellsRealFormatsAFrozenHeaderAndAnAutofilter(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("kpis.xlsx");
    Cli.Result r = Cli.run(KpiCommandTest.concat(KPI, "--format", "xlsx", "-o", file.toString()));
    assertThat(r.status()).as(r.err()).isZero();
    KpiTable expected = expected();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("KPIs");
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(rows).hasSize(1 + expected.rows().size());
      assertThat(rows.get(0).stream().map(Cell::getText).toList())
          .containsExactly(
              "Platform",
              "Quarter",
              "Rows",
              Kpis.ERR.name(),
              Kpis.ROAS.name(),
              Kpis.CPC.name(),
              "Reach",
              "Spend");
      for (int i = 0; i < expected.rows().size(); i++) {
        KpiRow want = expected.rows().get(i);
        Row got = rows.get(i + 1);
        java.util.Optional<String> platform = want.key().value(Dimension.PLATFORM);
        if (platform.isPresent()) {
          assertThat(got.getCell(0).getType()).isEqualTo(CellType.STRING);
          assertThat(got.getCell(0).asString()).isEqualTo(platform.get());
        } else { // rows without a platform (the example's survey rows): an empty cell
          Cell blank = got.getCell(0);
          assertThat(blank == null || blank.getType() == CellType.EMPTY).as("empty").isTrue();
        }
        assertThat(got.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(got.getCell(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(got.getCell(1).asDate().toLocalDate()).isEqualTo(want.key().bucketStart().get());
        assertThat(got.getCell(2).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(want.rows()));
        Cell err = got.getCell(3);
        java.util.Optional<BigDecimal> wantErr = want.value(Kpis.ERR.id()).value();
        if (wantErr.isPresent()) {
          assertThat(err.getType()).isEqualTo(CellType.NUMBER);
          assertThat(err.getDataFormatString()).isEqualTo("0.00%");
          assertThat(err.asNumber().subtract(wantErr.get()).abs())
              .isLessThan(new BigDecimal("1e-12"));
        } else { // undefined (the survey rows have no reach): an empty cell, never 0
          assertThat(err == null || err.getType() == CellType.EMPTY).as("empty").isTrue();
        }
        Cell roas = got.getCell(4);
        if (want.value(Kpis.ROAS.id()).value().isPresent()) {
          assertThat(roas.getDataFormatString()).isEqualTo("0.00\\x");
        } else {
          assertThat(roas == null || roas.getType() == CellType.EMPTY).isTrue();
        }
        Cell spend = got.getCell(7);
        if (spend != null && spend.getType() == CellType.NUMBER) {
          assertThat(spend.getDataFormatString()).isEqualTo("#,##0.00 [$USD]");
          assertThat(spend.asNumber()).isEqualByComparingTo(want.totals().get(1).sum());
        } else { // no spend in the group at all
          assertThat(want.totals().get(1).sum().signum()).isZero();
        }
      }
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String xml =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(xml).contains("ySplit=\"1\"").contains("state=\"frozen\"");
      String names =
          new String(
              zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(xml + names).containsPattern("autoFilter|_FilterDatabase");
    }
  }

  @Test
  void progressXlsxHasAGoalsAndARollupSheet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("progress.xlsx");
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-08-20",
            "--format",
            "xlsx",
            "-o",
            file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("Goals", "Roll-up");
      List<Row> goals = wb.getFirstSheet().read();
      // a header, then one row per example goal
      assertThat(goals).hasSize(1 + exampleGoals());
      assertThat(goals.get(0).getCell(5).getText()).isEqualTo("Progress");
      Row linkedin =
          goals.stream()
              .filter(g -> g.getCell(0).getText().equals("double-linkedin-followers"))
              .findFirst()
              .orElseThrow();
      assertThat(linkedin.getCell(4).asNumber()).isEqualByComparingTo("2400");
      assertThat(linkedin.getCell(5).getType()).isEqualTo(CellType.NUMBER);
      assertThat(linkedin.getCell(5).getDataFormatString()).isEqualTo("0.00%");
      assertThat(linkedin.getCell(9).asDate().toLocalDate().toString()).isEqualTo("2026-08-20");
    }
  }

  @Test
  void xlsxNeedsAFile() {
    Cli.Result r = Cli.run(KpiCommandTest.concat(KPI, "--format", "xlsx"));
    assertThat(r.status()).isNotZero();
    assertThat(r.err()).contains("--format xlsx: name the file to write with -o FILE");
  }

  @Test
  void csvHasOneColumnPerValueHumanHeadersAndNumbersAsNumbers() throws Exception {
    Cli.Result r = Cli.run(KpiCommandTest.concat(KPI, "--format", "csv"));
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "Platform,Quarter,Rows,"
                + Kpis.ERR.name()
                + ","
                + Kpis.ROAS.name()
                + ","
                + Kpis.CPC.name()
                + " (USD),Reach,Spend (USD)");
    KpiTable expected = expected();
    assertThat(lines).hasSize(1 + expected.rows().size());
    KpiRow first = expected.rows().get(0);
    String[] cells = lines.get(1).split(",", -1);
    assertThat(cells).hasSize(8);
    assertThat(cells[1]).isEqualTo(first.key().bucketStart().get().toString());
    BigDecimal err = first.value(Kpis.ERR.id()).value().orElseThrow();
    assertThat(cells[3])
        .isEqualTo(err.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN) + "%");
    assertThat(cells[6]).isEqualTo(first.totals().get(0).sum().toPlainString());
  }

  @Test
  void csvLongIsTheLibrarysMachineForm() throws Exception {
    Cli.Result r = Cli.run(KpiCommandTest.concat(KPI, "--format", "csv-long"));
    assertThat(r.status()).as(r.err()).isZero();
    StringWriter want = new StringWriter();
    KpiCsv.write(expected(), want);
    assertThat(r.out()).isEqualTo(want.toString());
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    Cli.Result r = Cli.run(KpiCommandTest.concat(KPI, "--format", "xls"));
    assertThat(r.status()).isNotZero();
    assertThat(r.err())
        .contains(
            "'xls' is no output format; expected one of table, json, csv," + " csv-long, xlsx");
  }

  @Test
  void progressCsvQuotesOnlyWhatNeedsQuoting() {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-08-20",
            "--format",
            "csv");
    assertThat(r.status()).as(r.err()).isZero();
    for (String line : r.out().lines().toList()) {
      String id = line.substring(0, line.indexOf(','));
      assertThat(id).as(line).doesNotStartWith("\"");
    }
  }

  @Test
  void dashOWritesTheSameTextToAFileInsteadOfStandardOutput(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kpis.csv");
    Cli.Result toFile =
        Cli.run(KpiCommandTest.concat(KPI, "--format", "csv", "-o", file.toString()));
    assertThat(toFile.status()).as(toFile.err()).isZero();
    assertThat(toFile.out()).isEmpty();
    Cli.Result toOut = Cli.run(KpiCommandTest.concat(KPI, "--format", "csv"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(toOut.out());
  }

  /** The goals in examples/goals, counted from the JSON files with the library's reader. */
  private static int exampleGoals() throws Exception {
    int n = 0;
    try (var files = java.nio.file.Files.list(Cli.GOALS)) {
      for (java.nio.file.Path f : files.toList()) {
        n +=
            f.getFileName().toString().equals("campfire-hierarchy.json")
                ? dev.northstar.jackson.NorthstarJson.readHierarchy(f).goals().size()
                : dev.northstar.jackson.NorthstarJson.readGoals(f).size();
      }
    }
    return n;
  }
}
