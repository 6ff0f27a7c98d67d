package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;

/**
 * Fuzz targets of the metric CSV reader (docs/reliability.md), under Northstar's own mapping, the
 * UCI Facebook export's mapping and a custom one (separator {@code ;}, a date pattern, an amount,
 * ignored and unmapped headers). In a normal build they replay the committed inputs under {@code
 * src/test/resources/dev/northstar/jackson/csv/MetricCsvFuzzTestInputs/}.
 *
 * <p>Contract: any text either reads as a table, which writes as Northstar's CSV and reads back
 * equal, or fails with a {@link CsvFormatException} whose problem is not blank and whose line is at
 * least 1. No other exception (the reader throws no {@code IOException} of its own here, as the
 * text is in memory), no hang, no memory blow-up.
 */
class MetricCsvFuzzTest {

  private static final ColumnMapping CUSTOM =
      ColumnMapping.builder()
          .separator(';')
          .dimension("Network", Dimension.PLATFORM)
          .dimension("Campaign", Dimension.of("campaign"))
          .date("Day", "dd/MM/uuuu")
          .count("Likes", CoreMetrics.LIKES)
          .measure("Cost", Measure.amount(CoreMetrics.SPEND, Currency.getInstance("EUR")))
          .ignore("Notes")
          .ignoreUnmappedHeaders()
          .unescapeFormulaText()
          .build();

  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "4m")
  void northstar(byte[] csv) throws IOException {
    check(csv, ColumnMapping.northstar());
  }

  @FuzzTest(maxDuration = "4m")
  void uciFacebook(byte[] csv) throws IOException {
    check(csv, ColumnMapping.uciFacebookMetrics());
  }

  @FuzzTest(maxDuration = "4m")
  void custom(byte[] csv) throws IOException {
    check(csv, CUSTOM);
  }

  /** The file reader, which decodes UTF-8 strictly and skips a byte order mark. */
  @FuzzTest(maxDuration = "4m")
  void file(byte[] csv) throws IOException {
    ColumnMapping mapping =
        csv.length > 0 && (csv[0] & 1) == 1 ? ColumnMapping.northstar() : CUSTOM;
    Files.write(FILE, Arrays.copyOfRange(csv, Math.min(1, csv.length), csv.length));
    MetricTable table;
    try {
      table = MetricCsv.read(FILE, mapping);
    } catch (CsvFormatException e) {
      assertLocated(e);
      assertThat(e.file()).contains(FILE.getFileName().toString());
      return;
    }
    assertRoundTrip(table);
  }

  private static void check(byte[] bytes, ColumnMapping mapping) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    MetricTable table;
    try {
      table = MetricCsv.read(new StringReader(text), mapping);
    } catch (CsvFormatException e) {
      assertLocated(e);
      return;
    }
    assertRoundTrip(table);
  }

  private static void assertLocated(CsvFormatException e) {
    assertThat(e.problem()).as("problem of %s", e).isNotBlank();
    assertThat(e.line()).as("line of %s", e).isPositive();
    assertThat(e.getMessage()).contains("line " + e.line());
  }

  private static void assertRoundTrip(MetricTable table) throws IOException {
    StringWriter out = new StringWriter();
    MetricCsv.write(table, out);
    MetricTable back = MetricCsv.read(new StringReader(out.toString()), ColumnMapping.northstar());
    assertThat(back).isEqualTo(table);
  }

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("northstar-fuzz-", ".csv");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
