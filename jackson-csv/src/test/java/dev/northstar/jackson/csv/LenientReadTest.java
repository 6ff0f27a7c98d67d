package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lenient reading: the good rows make the table, the bad ones are reported, none is lost. */
// The CSV texts are concatenated lines so that every line end is visible.
@SuppressWarnings("StringConcatToTextBlock")
class LenientReadTest {

  private static final String CSV =
      "platform[dimension],date,likes,spend[USD:2]\n"
          + "facebook,2026-03-01,150,12.50\n"
          + "x,2026-03-02,-3,1.00\n"
          + "linkedin,2026-02-30,1,1.00\n"
          + "\"threads\n\",2026-03-03,7,1.505\n"
          + "instagram,2026-03-04,9\n"
          + "pinterest,2026-03-05,4,0.25\n";

  private static LenientRead read(String csv) throws IOException {
    return MetricCsv.readLenient(new StringReader(csv), ColumnMapping.northstar(), null);
  }

  @Test
  void badRowsAreLeftOutWholeAndEachIsReportedWithLineColumnValueAndReason() throws IOException {
    LenientRead read = read(CSV);

    assertThat(read.isComplete()).isFalse();
    assertThat(read.rejectedCount()).isEqualTo(4);
    assertThat(read.rejected())
        .containsExactly(
            new RejectedRow(
                3,
                "likes",
                "-3",
                "must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)"),
            new RejectedRow(4, "date", "2026-02-30", "must be an ISO date such as 2026-07-01"),
            new RejectedRow(
                6, "spend[USD:2]", "1.505", "must have at most 2 decimals (spend[USD:2])"),
            new RejectedRow(
                7, null, null, "the row has 3 fields, but the header has 4 (separator ',')"));
    assertThat(read.rejected().get(0))
        .hasToString(
            "line 3, column 'likes': value '-3' must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)");
    assertThat(read.table())
        .isEqualTo(
            MetricCsv.read(
                new StringReader(
                    "platform[dimension],date,likes,spend[USD:2]\n"
                        + "facebook,2026-03-01,150,12.50\n"
                        + "pinterest,2026-03-05,4,0.25\n"),
                ColumnMapping.northstar()));
  }

  @Test
  void aRejectedRowLeavesNoTraceInTheTable() throws IOException {
    LenientRead read = read(CSV);

    // Cells of a rejected row are checked before any reaches the table, so none of its values
    // (such as the platform "x") becomes a dimension value.
    assertThat(read.table().dimensionValues(Dimension.PLATFORM))
        .doesNotContain("x", "linkedin", "instagram");
    assertThat(read.table().rowCount()).isEqualTo(2);
    assertThat(read.table().value(CoreMetrics.SPEND, 1)).contains(new BigDecimal("0.25"));
    assertThat(read.table().date(1)).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void aCleanFileIsCompleteAndEqualToAStrictRead() throws IOException {
    String csv = MetricCsvTest.SAMPLE_CSV;
    LenientRead read = read(csv);

    assertThat(read.isComplete()).isTrue();
    assertThat(read.rejected()).isEmpty();
    assertThat(read.table()).isEqualTo(MetricCsvTest.read(csv));
  }

  @Test
  void headerSyntaxAndEncodingProblemsStillFailTheRead(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> read("platform[dimension],likes,likes\nx,1,2\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("the header appears twice");
    assertThatThrownBy(() -> read("platform[dimension],likes\n\"open,1\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("is not valid CSV");
    Path file = dir.resolve("bad.csv");
    Files.write(file, new byte[] {'l', 'i', 'k', 'e', 's', '\n', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> MetricCsv.readLenient(file, ColumnMapping.northstar()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("bad.csv line ");
  }

  @Test
  void aFileReadLenientlyNamesTheLinesOfItsRejectedRows(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, CSV, StandardCharsets.UTF_8);

    LenientRead read = MetricCsv.readLenient(file, ColumnMapping.northstar());

    assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 6L, 7L);
  }

  @Test
  void theReportKeepsTheFirstThousandRowsAndCountsThemAll() throws IOException {
    StringBuilder csv = new StringBuilder("likes\n");
    for (int i = 0; i < 1_500; i++) {
      csv.append(i % 3 == 0 ? "1\n" : "-1\n");
    }
    LenientRead read = read(csv.toString());

    assertThat(read.rejectedCount()).isEqualTo(1_000);
    assertThat(read.rejected()).hasSize(LenientRead.MAX_REPORTED);
    assertThat(read.table().rowCount()).isEqualTo(500);

    String many = "likes\n" + "-1\n".repeat(2_500);
    LenientRead more = read(many);
    assertThat(more.rejectedCount()).isEqualTo(2_500);
    assertThat(more.rejected()).hasSize(LenientRead.MAX_REPORTED);
    assertThat(more.rejected().get(999).line()).isEqualTo(1_001);
  }

  @Test
  void aLongRejectedValueIsCutInTheReport() throws IOException {
    String longValue = "9".repeat(5_000);
    LenientRead read = read("likes\n" + longValue + "\n");

    String reported = read.rejected().get(0).value();
    assertThat(reported).hasSize(RejectedRow.MAX_VALUE_LENGTH + 3).endsWith("...");
    assertThat(longValue).startsWith(reported.substring(0, RejectedRow.MAX_VALUE_LENGTH));
  }

  @Test
  void theResultChecksItsParts() {
    var table = new LenientRead(MetricCsvTest.sample(), List.of(), 0).table();
    assertThatThrownBy(() -> new LenientRead(table, List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RejectedRow(0, null, null, "bad"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
