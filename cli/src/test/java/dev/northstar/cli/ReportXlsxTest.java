package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --xlsx}: the report's tables as sheets. */
class ReportXlsxTest {
  @TempDir Path dir;

  private static final String[] INPUTS = {
    "report",
    Cli.GOALS.toString(),
    "--metrics",
    Cli.METRICS.toString(),
    "--as-of",
    "2026-08-20",
    "--kpi",
    "err,cpc"
  };

  private static String[] args(String... more) {
    List<String> all = new ArrayList<>(List.of(INPUTS));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static Map<String, List<Row>> read(Path file) throws Exception {
    Map<String, List<Row>> sheets = new java.util.LinkedHashMap<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
        sheets.put(s.getName(), s.read());
      }
    }
    return sheets;
  }

  private static List<String> header(List<Row> rows) {
    return rows.get(0).stream().map(Cell::getText).toList();
  }

  private static boolean empty(Row row, int c) {
    Cell cell = row.getCellCount() > c ? row.getCell(c) : null;
    return cell == null || cell.getType() == CellType.EMPTY;
  }

  private static Row rowOf(List<Row> rows, String first) {
    return rows.stream()
        .skip(1)
        .filter(r -> r.getCell(0).getText().equals(first))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first));
  }

  @Test
  void xlsxAloneWritesTheFourSheetsAndNoHtml() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    Cli.Result r = Cli.run(args("--xlsx", xlsx.toString()));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + xlsx + ": 20 goals as of 2026-08-20\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .containsExactly("report.xlsx");
    }
    assertThat(read(xlsx).keySet()).containsExactly("Summary", "Hierarchy", "KPIs", "Goals");
  }

  @Test
  void theSummaryCountsEqualThoseOfTheProgressJson() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    assertThat(Cli.run(args("--xlsx", xlsx.toString())).status()).isZero();
    List<Row> summary = read(xlsx).get("Summary");
    assertThat(header(summary)).containsExactly("Status", "Goals");
    Map<String, Integer> shown = new TreeMap<>();
    for (Row row : summary.subList(1, summary.size())) {
      assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(row.getCell(1).getDataFormatString()).isEqualTo("#,##0");
      shown.put(row.getCell(0).asString(), row.getCell(1).asNumber().intValueExact());
    }
    Cli.Result json =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-08-20",
            "--format",
            "json");
    assertThat(json.status()).as(json.err()).isZero();
    Map<String, Integer> expected = new TreeMap<>();
    for (JsonNode goal : new ObjectMapper().readTree(json.out()).get("goals")) {
      String status = goal.has("status") ? goal.get("status").asText() : "not_measured";
      expected.merge(status.replace('_', ' '), 1, Integer::sum);
    }
    assertThat(shown).isEqualTo(expected);
    // worst first, as in the HTML summary: off track before on track before achieved
    List<String> order = summary.stream().skip(1).map(x -> x.getCell(0).getText()).toList();
    assertThat(order.indexOf("on track")).isLessThan(order.indexOf("achieved"));
  }

  @Test
  void theHierarchyHasParentsLevelsScoresAndRollups() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    assertThat(Cli.run(args("--xlsx", xlsx.toString())).status()).isZero();
    List<Row> rows = read(xlsx).get("Hierarchy");
    assertThat(header(rows))
        .containsExactly(
            "Goal",
            "Parent",
            "Level",
            "Status",
            "Progress",
            "OKR grade",
            "GRL satisfaction",
            "Weighted mean",
            "AND (weakest)",
            "OR (strongest)",
            "Lacking data");
    assertThat(rows).hasSize(1 + 20);
    Row root = rowOf(rows, "expand-segment");
    assertThat(empty(root, 1)).as("a root has no parent").isTrue();
    assertThat(root.getCell(2).asNumber()).isEqualByComparingTo("0");
    assertThat(root.getCell(3).asString()).isEqualTo("not measured");
    // an objective without a metric: its roll-ups are percents, AND <= weighted mean <= OR
    BigDecimal and = root.getCell(8).asNumber();
    BigDecimal weighted = root.getCell(7).asNumber();
    BigDecimal or = root.getCell(9).asNumber();
    for (int c = 7; c <= 9; c++) {
      assertThat(root.getCell(c).getType()).isEqualTo(CellType.NUMBER);
      assertThat(root.getCell(c).getDataFormatString()).isEqualTo("0.00%");
    }
    assertThat(and).isLessThanOrEqualTo(weighted);
    assertThat(weighted).isLessThanOrEqualTo(or);

    Row child = rowOf(rows, "influencer-relations");
    assertThat(child.getCell(1).asString()).isEqualTo("expand-segment");
    assertThat(child.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(child.getCell(2).getDataFormatString()).isEqualTo("#,##0");
    assertThat(child.getCell(2).asNumber()).isEqualByComparingTo("1");

    Row linkedin = rowOf(rows, "double-linkedin-followers");
    // 2,294 of 2,400 followers at its deadline (2026-06-30)
    assertThat(linkedin.getCell(3).asString()).isEqualTo("missed");
    assertThat(linkedin.getCell(4).getType()).isEqualTo(CellType.NUMBER);
    assertThat(linkedin.getCell(4).getDataFormatString()).isEqualTo("0.00%");
    assertThat(linkedin.getCell(5).getDataFormatString()).isEqualTo("#,##0.00");
    // GRL satisfaction where a goal has bounds: numbers from -100 to +100
    int grl = 0;
    for (Row row : rows.subList(1, rows.size())) {
      if (!empty(row, 6)) {
        assertThat(row.getCell(6).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(6).getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(row.getCell(6).asNumber()).isBetween(new BigDecimal(-100), new BigDecimal(100));
        grl++;
      }
    }
    assertThat(grl).isPositive();
  }

  @Test
  void theKpisAreTheLastCompleteMonthAgainstThePreviousWithFormatsByUnit() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    assertThat(Cli.run(args("--xlsx", xlsx.toString())).status()).isZero();
    List<Row> rows = read(xlsx).get("KPIs");
    // as of 2026-08-20 the last complete month is July, compared with June
    assertThat(header(rows))
        .containsExactly(
            "Platform",
            "err 2026-07",
            "err 2026-06",
            "err change",
            "cpc 2026-07",
            "cpc 2026-06",
            "cpc change");
    MetricTable table = MetricCsv.read(Cli.METRICS, ColumnMapping.northstar());
    KpiTable expected =
        KpiQuery.builder()
            .kpis(Kpis.ERR, Kpis.CPC)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.MONTH)
            .build()
            .run(table);
    Map<String, KpiRow> july = new HashMap<>();
    Map<String, KpiRow> june = new HashMap<>();
    for (KpiRow k : expected.rows()) {
      Optional<String> platform = k.key().value(Dimension.PLATFORM);
      LocalDate start = k.key().bucketStart().orElseThrow();
      if (platform.isPresent() && start.equals(LocalDate.of(2026, 7, 1))) {
        july.put(platform.get(), k);
      } else if (platform.isPresent() && start.equals(LocalDate.of(2026, 6, 1))) {
        june.put(platform.get(), k);
      }
    }
    assertThat(july).isNotEmpty();
    int checked = 0;
    for (Row row : rows.subList(1, rows.size())) {
      KpiRow now = july.get(row.getCell(0).getText());
      if (now == null) {
        continue;
      }
      KpiRow before = june.get(row.getCell(0).getText());
      BigDecimal errNow = now.value(Kpis.ERR.id()).value().orElseThrow();
      assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(row.getCell(1).getDataFormatString()).isEqualTo("0.00%");
      assertThat(row.getCell(1).asNumber().subtract(errNow).abs())
          .isLessThan(new BigDecimal("1e-12"));
      if (before != null && before.value(Kpis.ERR.id()).value().isPresent()) {
        BigDecimal errBefore = before.value(Kpis.ERR.id()).value().get();
        assertThat(row.getCell(2).asNumber().subtract(errBefore).abs())
            .isLessThan(new BigDecimal("1e-12"));
        // the relative change, computed here: (now - before) / |before|
        BigDecimal change =
            errNow.subtract(errBefore).divide(errBefore.abs(), MathContext.DECIMAL64);
        assertThat(row.getCell(3).getDataFormatString()).isEqualTo("0.00%");
        assertThat(row.getCell(3).asNumber().subtract(change).abs())
            .isLessThan(new BigDecimal("1e-9"));
      }
      Optional<BigDecimal> cpc = now.value(Kpis.CPC.id()).value();
      if (cpc.isPresent() && !empty(row, 4)) {
        assertThat(row.getCell(4).getDataFormatString()).isEqualTo("#,##0.00 [$USD]");
        assertThat(row.getCell(4).asNumber().subtract(cpc.get()).abs())
            .isLessThan(new BigDecimal("1e-12"));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(july.size());
  }

  @Test
  void theGoalsSheetIsProgresssGoalsSheet() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    assertThat(Cli.run(args("--xlsx", xlsx.toString())).status()).isZero();
    Path progress = dir.resolve("progress.xlsx");
    Cli.Result p =
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
            progress.toString());
    assertThat(p.status()).as(p.err()).isZero();
    List<Row> goals = read(xlsx).get("Goals");
    List<Row> want = read(progress).get("Goals");
    assertThat(goals).hasSize(1 + 20).hasSameSizeAs(want);
    for (int i = 0; i < goals.size(); i++) {
      assertThat(goals.get(i).stream().map(c -> c == null ? "" : c.getRawValue()).toList())
          .isEqualTo(want.get(i).stream().map(c -> c == null ? "" : c.getRawValue()).toList());
    }
  }

  @Test
  void bothFilesAtOnce() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    Path html = dir.resolve("report.html");
    Cli.Result r = Cli.run(args("--html", html.toString(), "--xlsx", xlsx.toString()));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "wrote "
                + html
                + ": 20 goals as of 2026-08-20\nwrote "
                + xlsx
                + ": 20 goals as of 2026-08-20\n");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    assertThat(read(xlsx)).containsKey("Summary");
  }

  @Test
  void withoutKpisThereIsNoKpiSheet() throws Exception {
    Path xlsx = dir.resolve("report.xlsx");
    Cli.Result r = Cli.run(args("--xlsx", xlsx.toString(), "--no-kpis"));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(read(xlsx).keySet()).containsExactly("Summary", "Hierarchy", "Goals");
  }

  @Test
  void neitherFileIsAParameterErrorNamingBothOptions() {
    Cli.Result r = Cli.run(INPUTS);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("name the file to write: --html FILE, --xlsx FILE or both (neither was given)")
        .doesNotContain("Usage:", "Exception");
    assertThat(r.out()).isEmpty();
  }
}
