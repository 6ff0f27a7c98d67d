package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Signed measures in CSV: a mapping file's {@code "signed": true}, the Java column mapping, and
 * Northstar's own CSV, whose headers carry the canonical text ({@code net_follows[signed]}).
 */
class SignedColumnsCsvTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final MetricId NET_FOLLOWS = MetricId.of("net_follows");
  private static final MetricId BALANCE = MetricId.of("balance");
  private static final MetricId REFUNDS = MetricId.of("refunds");

  private static MappingFile mapping(String json) {
    return MappingFile.parse(json, "m.json");
  }

  private static final String SIGNED_MAPPING =
      """
      {"separator": ";", "thousandsSeparator": ".", "decimalSeparator": ",",
       "columns": {
         "Day": {"date": "iso"},
         "Net": {"count": "net_follows", "signed": true},
         "Balance": {"amount": "balance", "currency": "USD", "scale": 2, "signed": true},
         "Refunds": {"amount": "refunds", "currency": "EUR", "signed": true},
         "Followers": {"count": "followers", "signed": false}
       }}
      """;

  @Test
  void aMappingFileDeclaresSignedColumnsAndReadsTheirNegativeValues() throws IOException {
    MappingFile file = mapping(SIGNED_MAPPING);
    String csv =
        """
        Day;Net;Balance;Refunds;Followers
        2026-03-01;-1.234;-1.234,50;-0,07;1.000
        2026-03-02;17;0,01;;2
        """;
    MetricTable t = file.readTable(new StringReader(csv), "export.csv");
    assertThat(t.schema().measures())
        .containsExactly(
            Measure.signedCount(NET_FOLLOWS),
            Measure.signedAmount(BALANCE, USD, 2),
            Measure.signedAmount(REFUNDS, EUR),
            Measure.count(CoreMetrics.FOLLOWERS));
    assertThat(t.value(NET_FOLLOWS, 0)).contains(BigDecimal.valueOf(-1234));
    assertThat(t.value(BALANCE, 0).orElseThrow()).isEqualByComparingTo("-1234.50");
    assertThat(t.value(REFUNDS, 0).orElseThrow()).isEqualByComparingTo("-0.07");
    assertThat(t.value(CoreMetrics.FOLLOWERS, 0)).contains(BigDecimal.valueOf(1000));
    assertThat(t.value(NET_FOLLOWS, 1)).contains(BigDecimal.valueOf(17));
    assertThat(t.value(REFUNDS, 1)).isEmpty();
  }

  @Test
  void aNegativeValueInAnUnsignedColumnIsStillRefused() {
    MappingFile file = mapping(SIGNED_MAPPING);
    String csv = "Day;Net;Balance;Refunds;Followers\n2026-03-01;-1;-1;-1;-2\n";
    assertThatThrownBy(() -> file.readTable(new StringReader(csv), "export.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "export.csv line 2, column 'Followers': value '-2' must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)");
    // A signed column still refuses what is not a number, or too many decimals.
    String decimals = "Day;Net;Balance;Refunds;Followers\n2026-03-01;-1,5;0;0;0\n";
    assertThatThrownBy(() -> file.readTable(new StringReader(decimals), "export.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "export.csv line 2, column 'Net': value '-1.5' must be a whole number"
                + " (net_follows[signed] is a count)");
  }

  @Test
  void signedMustBeABooleanOfACountOrAnAmount() {
    assertThatThrownBy(
            () ->
                mapping(
                    "{\"columns\": {\"Net\": {\"count\": \"net_follows\", \"signed\": \"yes\"}}}"))
        .isInstanceOfSatisfying(
            MappingFileException.class,
            e -> assertThat(e.path()).isEqualTo("$.columns[\"Net\"].signed"))
        .hasMessage(
            "m.json: $.columns[\"Net\"].signed: expected true (values may be negative) or false"
                + " (the default), but was \"yes\"");
    assertThatThrownBy(
            () ->
                mapping(
                    "{\"columns\": {\"Type\": {\"dimension\": \"type\", \"signed\": true},"
                        + " \"Net\": {\"count\": \"net_follows\"}}}"))
        .isInstanceOf(MappingFileException.class)
        .hasMessage("m.json: $.columns[\"Type\"].signed: unknown field; allowed: dimension, type");
  }

  @Test
  void theJavaMappingTakesSignedMeasures() throws IOException {
    ColumnMapping columns =
        ColumnMapping.builder()
            .date("Day", "dd/MM/uuuu")
            .dimension("Page", Dimension.of("page"))
            .measure("Net", Measure.signedCount(NET_FOLLOWS))
            .measure("Balance", Measure.signedAmount(BALANCE, USD))
            .build();
    MetricTable t =
        MetricCsv.read(
            new StringReader("Day,Page,Net,Balance\n01/03/2026,a,-5,-0.50\n02/03/2026,b,3,\n"),
            columns);
    assertThat(t.value(NET_FOLLOWS, 0)).contains(BigDecimal.valueOf(-5));
    assertThat(t.value(BALANCE, 0).orElseThrow()).isEqualByComparingTo("-0.50");
    assertThat(t.value(BALANCE, 1)).isEmpty();
  }

  @Test
  void northstarsCsvWritesTheSignedHeadersAndReadsTheTableBackEqual() throws IOException {
    BitSet missing = new BitSet();
    missing.set(1);
    MetricTable table =
        MetricTable.columns(3)
            .dimension(Dimension.CAMPAIGN, new String[] {"x", "-spring"}, new int[] {0, 1, -1})
            .dates(
                new int[] {
                  (int) LocalDate.of(2026, 3, 1).toEpochDay(),
                  (int) LocalDate.of(2026, 3, 2).toEpochDay(),
                  (int) LocalDate.of(2026, 3, 3).toEpochDay()
                })
            .measure(
                Measure.signedCount(NET_FOLLOWS), new long[] {-7, Long.MIN_VALUE, Long.MAX_VALUE})
            .measure(Measure.signedAmount(BALANCE, USD), new long[] {-1, 99, -123_456}, missing)
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {1, 2, 3})
            .build();
    StringWriter out = new StringWriter();
    MetricCsv.write(table, out);
    String text = out.toString();
    assertThat(text)
        // The signed amount's header holds the separator, so it is quoted.
        .startsWith(
            "campaign[dimension],date,net_follows[signed],\"balance[USD:2,signed]\",likes\n")
        .contains("x,2026-03-01,-7,-0.01,1\n")
        .contains("'-spring,2026-03-02,-9223372036854775808,,2\n")
        .contains(",2026-03-03,9223372036854775807,-1234.56,3\n");
    MetricTable read = MetricCsv.read(new StringReader(text), ColumnMapping.northstar());
    assertThat(read).isEqualTo(table);
    assertThat(read.schema()).isEqualTo(table.schema());
    assertThat(MetricCsv.headers(table.schema()))
        .containsExactly(
            "campaign[dimension]", "date", "net_follows[signed]", "balance[USD:2,signed]", "likes");
  }

  @Test
  void aNorthstarHeaderWithoutSignedRefusesANegativeValue() {
    assertThatThrownBy(
            () ->
                MetricCsv.read(
                    new StringReader("date,net_follows\n2026-03-01,-1\n"),
                    ColumnMapping.northstar()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "line 2, column 'net_follows': value '-1' must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)");
    assertThatThrownBy(
            () ->
                MetricCsv.read(
                    new StringReader("date,net_follows[sign]\n2026-03-01,-1\n"),
                    ColumnMapping.northstar()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("'id[signed]'");
  }
}
