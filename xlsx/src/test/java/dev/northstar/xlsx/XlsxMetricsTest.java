package dev.northstar.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.CsvFormatException;
import dev.northstar.jackson.csv.MappingFile;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxMetricsTest {

  private static final MappingFile MAPPING =
      MappingFile.parse(
          """
          {"separator": ";", "thousandsSeparator": ".", "decimalSeparator": ",",
           "missingValues": ["N/A"],
           "columns": {
             "Day": {"date": "dd/MM/uuuu"},
             "Posted": {"timestamp": "dd/MM/uuuu HH:mm", "zone": "Europe/Paris"},
             "Hour": {"dimension": "hour", "type": "number"},
             "Reach": {"count": "reach"},
             "Spend": {"amount": "spend", "currency": "EUR", "scale": 3}
           },
           "constants": {"platform": "instagram"}}
          """,
          "posts.json");

  private static Path workbook(Path dir, Object badReach) throws Exception {
    Path file = dir.resolve("posts.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "northstar-test", "1.0");
      Worksheet ws = wb.newWorksheet("Posts");
      String[] header = {"Day", "Posted", "Hour", "Reach", "Spend"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      ws.value(1, 0, LocalDate.of(2026, 8, 20));
      ws.style(1, 0).format("dd/mm/yyyy").set();
      ws.value(1, 1, LocalDateTime.of(2026, 8, 20, 9, 30));
      ws.style(1, 1).format("dd/mm/yyyy hh:mm").set();
      ws.value(1, 2, 9);
      ws.value(1, 3, 1234);
      ws.value(1, 4, 1.234);
      ws.value(3, 0, LocalDate.of(2026, 8, 21));
      ws.style(3, 0).format("dd/mm/yyyy").set();
      ws.value(3, 1, LocalDateTime.of(2026, 8, 21, 10, 0));
      ws.style(3, 1).format("dd/mm/yyyy hh:mm").set();
      ws.value(3, 2, 10);
      if (badReach instanceof String s) {
        ws.value(3, 3, s);
      } else {
        ws.value(3, 3, (Number) badReach);
      }
      ws.value(3, 4, "N/A");
      wb.finish();
    }
    return file;
  }

  @Test
  void readsTypedCellsThroughTheMappingFile(@TempDir Path dir) throws Exception {
    MetricTable table = XlsxMetrics.read(workbook(dir, 99), MAPPING);

    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.date(0)).isEqualTo(LocalDate.of(2026, 8, 20));
    assertThat(table.timestamp(0)).isEqualTo(Instant.parse("2026-08-20T07:30:00Z"));
    assertThat(table.value(CoreMetrics.REACH, 0)).contains(BigDecimal.valueOf(1234));
    assertThat(table.value(CoreMetrics.SPEND, 0))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.234"));
    assertThat(table.value(CoreMetrics.SPEND, 1)).isEmpty();
    assertThat(table.value(CoreMetrics.REACH, 1)).contains(BigDecimal.valueOf(99));
    assertThat(table.dimensionValue(Dimension.PLATFORM, 1)).contains("instagram");
    assertThat(table.dimensionValues(Dimension.of("hour"))).contains("9", "10");
    assertThat(XlsxMetrics.read(workbook(dir, 99), MAPPING, "Posts")).isEqualTo(table);
  }

  @Test
  void aBadCellNamesTheWorkbookSheetCellAndValue(@TempDir Path dir) throws Exception {
    Path file = workbook(dir, "lots");

    assertThatThrownBy(() -> XlsxMetrics.read(file, MAPPING))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining(file + ", sheet \"Posts\", cell D4: ")
        .hasMessageContaining("lots");
    assertThatThrownBy(() -> XlsxMetrics.read(file, MAPPING, "Nope"))
        .hasMessageContaining("no sheet \"Nope\"; its sheets: [Posts]");
  }

  @Test
  void namesAndColumns() {
    assertThat(XlsxMetrics.isXlsx(Path.of("a/B.XLSX"))).isTrue();
    assertThat(XlsxMetrics.isXlsx(Path.of("a/b.csv"))).isFalse();
    assertThat(XlsxMetrics.column(0)).isEqualTo("A");
    assertThat(XlsxMetrics.column(25)).isEqualTo("Z");
    assertThat(XlsxMetrics.column(26)).isEqualTo("AA");
    assertThat(XlsxMetrics.column(27)).isEqualTo("AB");
    assertThat(XlsxMetrics.column(701)).isEqualTo("ZZ");
    assertThat(XlsxMetrics.column(702)).isEqualTo("AAA");
  }
}
