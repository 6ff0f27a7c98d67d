package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Northstar's own CSV: the exact text written, and reading it back. */
// The CSV texts are concatenated lines so that every line end and control character is visible.
@SuppressWarnings("StringConcatToTextBlock")
class MetricCsvTest {

  static final Measure SPEND = Measure.amount(CoreMetrics.SPEND, Currency.getInstance("USD"));

  static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM, Dimension.CAMPAIGN)
          .dated()
          .counts(CoreMetrics.LIKES)
          .measure(SPEND)
          .build();

  static MetricTable sample() {
    return MetricTable.builder(SCHEMA)
        .dimension(Dimension.PLATFORM, "facebook")
        .dimension(Dimension.CAMPAIGN, "spring, \"big\" sale")
        .date(LocalDate.of(2026, 3, 1))
        .count(CoreMetrics.LIKES, 150)
        .amount(CoreMetrics.SPEND, new BigDecimal("12.5"))
        .endRow()
        .dimension(Dimension.PLATFORM, "x")
        .dimension(Dimension.CAMPAIGN, "=HYPERLINK(\"evil\")")
        .date(LocalDate.of(2026, 3, 2))
        .amount(CoreMetrics.SPEND, BigDecimal.ZERO)
        .endRow()
        .dimension(Dimension.CAMPAIGN, "two\nlines")
        .date(LocalDate.of(2026, 3, 3))
        .count(CoreMetrics.LIKES, 0)
        .endRow()
        .build();
  }

  static final String SAMPLE_CSV =
      "platform[dimension],campaign[dimension],date,likes,spend[USD:2]\n"
          + "facebook,\"spring, \"\"big\"\" sale\",2026-03-01,150,12.50\n"
          + "x,\"'=HYPERLINK(\"\"evil\"\")\",2026-03-02,,0.00\n"
          + ",\"two\nlines\",2026-03-03,0,\n";

  static String write(MetricTable table) throws IOException {
    StringWriter out = new StringWriter();
    MetricCsv.write(table, out);
    return out.toString();
  }

  static MetricTable read(String csv) throws IOException {
    return MetricCsv.read(new StringReader(csv), ColumnMapping.northstar());
  }

  @Test
  void writesTheDocumentedText() throws IOException {
    assertThat(write(sample())).isEqualTo(SAMPLE_CSV);
  }

  @Test
  void readsItBackEqual() throws IOException {
    MetricTable read = read(SAMPLE_CSV);

    assertThat(read).isEqualTo(sample());
    assertThat(read.schema()).isEqualTo(SCHEMA);
    assertThat(read.value(CoreMetrics.LIKES, 1)).isEmpty();
    assertThat(read.value(CoreMetrics.LIKES, 2)).contains(BigDecimal.ZERO);
    assertThat(read.dimensionValue(Dimension.PLATFORM, 2)).isEmpty();
    assertThat(read.dimensionValue(Dimension.CAMPAIGN, 1)).contains("=HYPERLINK(\"evil\")");
  }

  @Test
  void formulaTriggersAndApostrophesAreEscapedAndUnescaped() throws IOException {
    TableSchema schema =
        TableSchema.builder().dimensions(Dimension.CONTENT).counts(CoreMetrics.LIKES).build();
    var b = MetricTable.builder(schema);
    for (String v :
        new String[] {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted", "''", "ok'"}) {
      b.dimension(Dimension.CONTENT, v).count(CoreMetrics.LIKES, 1).endRow();
    }
    MetricTable table = b.build();
    String csv = write(table);

    assertThat(csv)
        .isEqualTo(
            "content[dimension],likes\n'=1+2,1\n'+1,1\n'-1,1\n'@SUM(A1),1\n'\tx,1\n\"'\rx\",1\n"
                + "''quoted,1\n''',1\nok',1\n");
    assertThat(read(csv)).isEqualTo(table);
  }

  @Test
  void toleratesBomCrlfQuotesBlankLinesAndSpacesAroundNumbers() throws IOException {
    String csv =
        "\uFEFFcampaign[dimension],date,likes,spend[USD:2]\r\n"
            + "\"face;book, inc\", 2026-03-01 , 150 ,\" 12.5\"\r\n"
            + "\r\n"
            + "x,2026-03-02,,\r\n"
            + "\n";
    MetricTable table = read(csv);

    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.dimensionValue(Dimension.CAMPAIGN, 0)).contains("face;book, inc");
    assertThat(table.date(0)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(table.value(CoreMetrics.LIKES, 0)).contains(BigDecimal.valueOf(150));
    assertThat(table.value(CoreMetrics.SPEND, 0)).contains(new BigDecimal("12.50"));
    assertThat(table.value(CoreMetrics.LIKES, 1)).isEmpty();
    assertThat(table.value(CoreMetrics.SPEND, 1)).isEmpty();
  }

  @Test
  void aOneColumnTableKeepsItsMissingValuesAsEmptyLines() throws IOException {
    TableSchema schema = TableSchema.builder().counts(CoreMetrics.LIKES).build();
    MetricTable table =
        MetricTable.builder(schema).count(CoreMetrics.LIKES, 3).endRow().endRow().endRow().build();

    assertThat(write(table)).isEqualTo("likes\n3\n\n\n");
    assertThat(read(write(table))).isEqualTo(table);
  }

  @Test
  void anEmptyTableIsItsHeader() throws IOException {
    MetricTable empty = MetricTable.builder(SCHEMA).build();

    assertThat(write(empty))
        .isEqualTo("platform[dimension],campaign[dimension],date,likes,spend[USD:2]\n");
    assertThat(read(write(empty))).isEqualTo(empty);
  }

  @Test
  void theHeadersOfASchemaAreTheWrittenHeaderLineInTheSchemasOrder() {
    assertThat(MetricCsv.headers(SCHEMA))
        .containsExactly(
            "platform[dimension]", "campaign[dimension]", "date", "likes", "spend[USD:2]");
    TableSchema timestamped = TableSchema.builder().timestamped().counts(CoreMetrics.REACH).build();
    assertThat(MetricCsv.headers(timestamped)).containsExactly("timestamp", "reach");
  }

  @Test
  void theSeparatorOfTheNorthstarMappingCanChange() throws IOException {
    MetricTable table =
        MetricCsv.read(
            new StringReader("platform[dimension];likes\nfacebook;3\n"),
            ColumnMapping.northstar().withSeparator(';'));

    assertThat(table.value(CoreMetrics.LIKES, 0)).contains(BigDecimal.valueOf(3));
  }

  @Test
  void writingAFileReplacesItWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("table.csv");
    Files.writeString(file, "old content that is longer than the new one ".repeat(20));

    MetricCsv.write(sample(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SAMPLE_CSV);
    assertThat(MetricCsv.read(file, ColumnMapping.northstar())).isEqualTo(sample());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFailedWriteLeavesNoPartialFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("busy.csv");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside"), "x");

    assertThatThrownBy(() -> MetricCsv.write(sample(), target)).isInstanceOf(IOException.class);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    assertThat(Files.readString(target.resolve("inside"))).isEqualTo("x");
  }

  @Test
  void writingToAWriterFlushesButDoesNotCloseIt() throws IOException {
    boolean[] closed = {false};
    StringWriter text = new StringWriter();
    Writer out =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            text.write(buf, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {
            closed[0] = true;
          }
        };

    MetricCsv.write(sample(), out);

    assertThat(closed[0]).isFalse();
    assertThat(text.toString()).isEqualTo(SAMPLE_CSV);
  }

  @Test
  void readingFromAReaderDoesNotCloseIt() throws IOException {
    boolean[] closed = {false};
    StringReader in =
        new StringReader(SAMPLE_CSV) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    assertThat(MetricCsv.read(in, ColumnMapping.northstar())).isEqualTo(sample());
    assertThat(closed[0]).isFalse();
  }
}
