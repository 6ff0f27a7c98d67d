package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
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

  /**
   * Northstar's CSV with values of valid syntax at the edges of every parsed type: dates and
   * timestamps anywhere in {@code java.time}'s range, counts and amounts up to 40 digits. Read
   * strictly, each refusal is a located {@link CsvFormatException}; read leniently, every row is
   * either in the table or counted as rejected, and nothing else is thrown.
   */
  @FuzzTest(maxDuration = "4m")
  void edgeValues(FuzzedDataProvider data) throws IOException {
    boolean timestamped = data.consumeBoolean();
    StringBuilder csv =
        new StringBuilder(
            "platform[dimension],"
                + (timestamped ? "timestamp" : "date")
                + ",likes,spend[USD:2]\n");
    int rows = data.consumeInt(1, 8);
    for (int r = 0; r < rows; r++) {
      LocalDate date =
          LocalDate.ofEpochDay(
              data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
      String time =
          timestamped ? date.atStartOfDay().atOffset(ZoneOffset.UTC).toString() : date.toString();
      csv.append("p").append(r % 3).append(',').append(time).append(',');
      csv.append(digits(data)).append(',').append(digits(data));
      if (data.consumeBoolean()) {
        csv.append('.').append(data.consumeInt(0, 999));
      }
      csv.append('\n');
    }
    String text = csv.toString();
    try {
      assertRoundTrip(MetricCsv.read(new StringReader(text), ColumnMapping.northstar()));
    } catch (CsvFormatException e) {
      assertLocated(e);
      assertThat(e.line()).isBetween(2L, (long) rows + 1);
    }
    LenientRead lenient =
        MetricCsv.readLenient(new StringReader(text), ColumnMapping.northstar(), "edge.csv");
    assertThat(lenient.table().rowCount() + lenient.rejectedCount()).isEqualTo(rows);
    for (RejectedRow rejected : lenient.rejected()) {
      assertThat(rejected.line()).isBetween(2L, (long) rows + 1);
      assertThat(rejected.reason()).isNotBlank();
    }
    assertRoundTrip(lenient.table());
  }

  /** A number of 1 to 40 digits, often at the edge of 63 bits. */
  private static String digits(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> Long.toString(Long.MAX_VALUE - data.consumeInt(-2, 2));
      case 1 -> Long.toString(data.consumeLong(0, Long.MAX_VALUE));
      case 2 -> "9".repeat(data.consumeInt(1, 40));
      default -> Integer.toString(data.consumeInt(0, 1_000_000));
    };
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
    // every platform value read is a platform's id, so no query or scope can refuse it later
    if (table.schema().dimensions().contains(Dimension.PLATFORM)) {
      for (String value : table.dimensionValues(Dimension.PLATFORM)) {
        assertThat(Platform.of(value).id()).isEqualTo(value);
      }
    }
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
