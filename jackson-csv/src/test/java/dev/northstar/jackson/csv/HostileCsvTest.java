package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testkit.seed.SeedKpiTables;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile CSV input (docs/reliability.md): extreme numbers and dates, other encodings, and formula
 * text in KPI results; each has one clear outcome.
 */
class HostileCsvTest {

  private static MetricTable read(String csv) throws IOException {
    return MetricCsv.read(new StringReader(csv), ColumnMapping.northstar());
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(String csv) {
    return assertThatThrownBy(() -> read(csv)).isInstanceOf(CsvFormatException.class);
  }

  private static MetricTable roundTrip(MetricTable table) throws IOException {
    StringWriter out = new StringWriter();
    MetricCsv.write(table, out);
    return read(out.toString());
  }

  @Test
  void aCountOfLongMaxValueIsKeptExactlyAndOneMoreIsRefusedAtItsCell() throws IOException {
    MetricTable table = read("likes\n" + Long.MAX_VALUE + "\n");

    assertThat(table.value(CoreMetrics.LIKES, 0)).contains(BigDecimal.valueOf(Long.MAX_VALUE));
    assertThat(roundTrip(table)).isEqualTo(table);
    refused("likes\n1\n9223372036854775808\n")
        .hasMessageStartingWith("line 3, column 'likes': value '9223372036854775808'");
  }

  @Test
  void theLargestAmountThatFitsOnceScaledIsKeptAndThirtyDigitsAreRefused() throws IOException {
    MetricTable table = read("spend[USD:2]\n92233720368547758.07\n");

    assertThat(table.value(CoreMetrics.SPEND, 0)).contains(new BigDecimal("92233720368547758.07"));
    assertThat(roundTrip(table)).isEqualTo(table);
    refused("spend[USD:2]\n92233720368547758.08\n")
        .hasMessageStartingWith("line 2, column 'spend[USD:2]': value '92233720368547758.08'");
    refused("spend[USD:2]\n123456789012345678901234567890\n")
        .hasMessageStartingWith(
            "line 2, column 'spend[USD:2]': value '123456789012345678901234567890'");
    refused("spend[USD:2]\n0.000000000000000000000000000001\n")
        .hasMessageContaining("must have at most 2 decimals");
  }

  @Test
  void datesInYear9999AndBefore1970ReadAndWriteBack() throws IOException {
    MetricTable table =
        read("date,likes\n9999-12-31,1\n1969-12-31,2\n1900-01-01,3\n0001-01-01,4\n");

    assertThat(table.date(0)).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(table.date(1)).isEqualTo(LocalDate.of(1969, 12, 31));
    assertThat(table.date(2)).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(table.date(3)).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(roundTrip(table)).isEqualTo(table);
  }

  @Test
  void utf16WithAByteOrderMarkIsRefusedAsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("utf16.csv");
    Files.write(file, "\uFEFFlikes\n1\n".getBytes(StandardCharsets.UTF_16BE));

    assertThatThrownBy(() -> MetricCsv.read(file, ColumnMapping.northstar()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("utf16.csv line 1")
        .hasMessageContaining("is not valid UTF-8 text");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("utf16le.csv");
    Files.write(file, "likes\n1\n".getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(() -> MetricCsv.read(file, ColumnMapping.northstar()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("utf16le.csv line 1")
        .hasMessageContaining("UTF-16");
  }

  @Test
  void formulaTextInKpiResultsIsEscapedOnExport() throws IOException {
    MetricTable table =
        MetricTable.builder(SeedKpiTables.SCHEMA)
            .dimension(Dimension.PLATFORM, "@SUM(A1:A9)")
            .date(LocalDate.of(2026, 3, 1))
            .count(CoreMetrics.LIKES, 1)
            .count(CoreMetrics.REACH, 10)
            .count(CoreMetrics.CLICKS, 1)
            .amount(CoreMetrics.SPEND, BigDecimal.ONE)
            .endRow()
            .build();
    StringWriter out = new StringWriter();
    KpiCsv.write(
        KpiQuery.builder().kpis(SeedKpiTables.ERR).groupBy(Dimension.PLATFORM).build().run(table),
        out);

    assertThat(out.toString()).contains("\n'@SUM(A1:A9),").doesNotContain("\n@SUM");
  }

  @Test
  void aFailedKpiWriteLeavesNoPartialFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("busy.csv");
    Files.createDirectory(target);

    assertThatThrownBy(() -> KpiCsv.write(SeedKpiTables.run(Aggregation.RATIO_OF_SUMS), target))
        .isInstanceOf(IOException.class);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
