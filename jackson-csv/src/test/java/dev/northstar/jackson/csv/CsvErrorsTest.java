package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal names the file, line, column and value, and what is allowed. */
class CsvErrorsTest {

  static final ColumnMapping POSTS =
      ColumnMapping.builder()
          .separator(';')
          .dimension("Type", Dimension.of("type"))
          .date("Day", "dd/MM/uuuu")
          .count("like", CoreMetrics.LIKES)
          .measure("Cost", Measure.amount(CoreMetrics.SPEND, Currency.getInstance("EUR")))
          .ignore("Notes")
          .build();

  static final String HEADER = "Type;Day;like;Cost;Notes\n";

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      String csv, ColumnMapping mapping) {
    return assertThatThrownBy(() -> MetricCsv.read(new StringReader(csv), mapping))
        .isInstanceOf(CsvFormatException.class);
  }

  @Test
  void negativeCountNamesFileLineColumnAndValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dataset_Facebook.csv");
    Files.writeString(
        file,
        HEADER + "Photo;01/03/2026;4;1.50;\n" + "Photo;02/03/2026;-3;1.50;x\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> MetricCsv.read(file, POSTS))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "dataset_Facebook.csv line 3, column 'like': value '-3' must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)")
        .satisfies(
            e -> {
              CsvFormatException c = (CsvFormatException) e;
              assertThat(c.file()).contains("dataset_Facebook.csv");
              assertThat(c.line()).isEqualTo(3);
              assertThat(c.column()).contains("like");
              assertThat(c.value()).contains("-3");
              assertThat(c.problem())
                  .isEqualTo(
                      "must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)");
            });
  }

  @Test
  void badNumbers() {
    refused(HEADER + "Photo;01/03/2026;1.5;1;\n", POSTS)
        .hasMessage("line 2, column 'like': value '1.5' must be a whole number (likes is a count)");
    refused(HEADER + "Photo;01/03/2026;1;1.505;\n", POSTS)
        .hasMessage(
            "line 2, column 'Cost': value '1.505' must have at most 2 decimals (spend[EUR:2])");
    refused(HEADER + "Photo;01/03/2026;1e3;1;\n", POSTS)
        .hasMessage("line 2, column 'like': value '1e3' must be a whole number such as 12");
    refused(HEADER + "Photo;01/03/2026;1;1,50;\n", POSTS)
        .hasMessage(
            "line 2, column 'Cost': value '1,50' must be a plain decimal number such as 12.50"
                + " (at most 2 decimals)");
    refused(HEADER + "Photo;01/03/2026;99999999999999999999;1;\n", POSTS)
        .hasMessageStartingWith("line 2, column 'like': value '99999999999999999999' is refused: ");
  }

  @Test
  void badDates() {
    refused(HEADER + "Photo;2026-03-01;1;1;\n", POSTS)
        .hasMessage(
            "line 2, column 'Day': value '2026-03-01' must be a date of the form dd/MM/uuuu");
    refused(HEADER + "Photo;;1;1;\n", POSTS)
        .hasMessage(
            "line 2, column 'Day': is empty; every row needs a date of the form dd/MM/uuuu");
    refused("date,likes\n2026-02-30,1\n", ColumnMapping.northstar())
        .hasMessage(
            "line 2, column 'date': value '2026-02-30' must be an ISO date such as 2026-07-01");
  }

  @Test
  void blankDimensionValue() {
    refused(HEADER + "  ;01/03/2026;1;1;\n", POSTS)
        .hasMessage(
            "line 2, column 'Type': value '  ' must not be blank; leave the field empty if it is"
                + " missing");
  }

  @Test
  void wrongFieldCountAndTheLineOfAQuotedLineBreak() {
    refused(HEADER + "\"Pho\nto\";01/03/2026;1;1;\nPhoto;01/03/2026;1\n", POSTS)
        .hasMessage("line 4: the row has 3 fields, but the header has 5 (separator ';')");
    refused(HEADER + "\"Pho\nto\";01/03/2026;-1;1;\n", POSTS)
        .hasMessage(
            "line 3, column 'like': value '-1' must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)");
    refused(HEADER + "Photo;01/03/2026;\"-\n1\";1;\n", POSTS)
        .hasMessage("line 2, column 'like': value '-\\n1' must be a whole number such as 12");
  }

  @Test
  void headersTheMappingDoesNotKnowOrTheFileLacks() {
    refused("Type;Day;like;Cost;Notes;Extra\n", POSTS)
        .hasMessage(
            "line 1, column 'Extra': the header is not in the column mapping; mapped headers:"
                + " Type, Day, like, Cost, Notes (map it, ignore it, or ignore unmapped headers)");
    refused("Type;Day;Cost;Notes\n", POSTS)
        .hasMessage(
            "line 1, column 'like': the column mapping names this header, but the file has no such"
                + " column; its headers: Type, Day, Cost, Notes");
    refused("Type;Day;like;Cost;Notes;Type\n", POSTS)
        .hasMessage("line 1, column 'Type': the header appears twice; headers must be unique");
    refused("", POSTS)
        .hasMessage("line 1: the file is empty; a header line naming the columns is needed");
  }

  @Test
  void unmappedHeadersMayBeIgnored() throws IOException {
    ColumnMapping lenient =
        ColumnMapping.builder().count("like", CoreMetrics.LIKES).ignoreUnmappedHeaders().build();

    assertThat(
            MetricCsv.read(new StringReader("Type,like,Other\nPhoto,3,x\n"), lenient)
                .value(CoreMetrics.LIKES, 0))
        .contains(java.math.BigDecimal.valueOf(3));
  }

  @Test
  void badNorthstarHeaders() {
    refused("Likes,platform[dimension]\n", ColumnMapping.northstar())
        .hasMessageStartingWith(
            "line 1, column 'Likes': is not a Northstar column header ('name[dimension]', 'date',"
                + " a count such as 'likes' or an amount such as 'spend[USD:2]'): measure must be");
    refused("platform[dimension]\nx\n", ColumnMapping.northstar())
        .hasMessageStartingWith("line 1: the header has no measure column");
    refused("spend[XYZ:2]\n", ColumnMapping.northstar())
        .hasMessageContaining("currency of measure spend must be an ISO 4217 code");
  }

  @Test
  void messagesEscapeControlCharactersAndShortenLongValues() {
    refused("likes\n\"-\n\u0000\"\n", ColumnMapping.northstar())
        .hasMessage(
            "line 2, column 'likes': value '-\\n\\u0000' must be a whole number such as 12");
    String longValue = "9".repeat(200);
    refused("likes\n" + longValue + "\n", ColumnMapping.northstar())
        .hasMessage(
            "line 2, column 'likes': value '"
                + "9".repeat(77)
                + "...' must be a whole number such as 12")
        .satisfies(e -> assertThat(((CsvFormatException) e).value()).contains(longValue));
  }

  @Test
  void limits() {
    refused("likes," + "x,".repeat(MetricCsv.MAX_COLUMNS) + "\n", ColumnMapping.northstar())
        .hasMessage("line 1: has more than 1000 fields; at most 1000 are allowed");
    refused(
            "platform[dimension],likes\n" + "a".repeat(MetricCsv.MAX_FIELD_LENGTH + 1) + ",1\n",
            ColumnMapping.northstar())
        .hasMessageStartingWith("line 2");
  }

  @Test
  void anUnclosedQuoteIsLocated() {
    refused("platform[dimension],likes\n\"open,1\n", ColumnMapping.northstar())
        .hasMessageContaining("is not valid CSV");
  }

  @Test
  void invalidUtf8IsLocated(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.write(file, new byte[] {'l', 'i', 'k', 'e', 's', '\n', (byte) 0xC3, '\n'});

    assertThatThrownBy(() -> MetricCsv.read(file, ColumnMapping.northstar()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("bad.csv line ")
        .hasMessageContaining("is not valid UTF-8 text");
  }

  @Test
  void timestampsRoundTripAndALocalTimeWithoutAnOffsetIsRefused(
      @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    dev.northstar.formulas.table.MetricTable t =
        dev.northstar.formulas.table.MetricTable.columns(2)
            .timestamps(new long[] {1_700_000_000L, 1_700_003_600L})
            .measure(
                dev.northstar.formulas.table.Measure.count(
                    dev.northstar.core.metric.CoreMetrics.LIKES),
                new long[] {3, 4})
            .build();
    Path file = dir.resolve("t.csv");
    MetricCsv.write(t, file);
    org.assertj.core.api.Assertions.assertThat(Files.readAllLines(file))
        .containsExactly("timestamp,likes", "2023-11-14T22:13:20Z,3", "2023-11-14T23:13:20Z,4");
    org.assertj.core.api.Assertions.assertThat(MetricCsv.read(file, ColumnMapping.northstar()))
        .isEqualTo(t);

    Path posts = dir.resolve("posts.csv");
    Files.writeString(posts, "Posted,Likes\n2026-03-29T02:30:00+02:00,1\n2026-03-29T02:30:00,2\n");
    ColumnMapping mapping =
        ColumnMapping.builder()
            .timestamp("Posted")
            .count("Likes", dev.northstar.core.metric.CoreMetrics.LIKES)
            .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetricCsv.read(posts, mapping))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("posts.csv line 3, column 'Posted'")
        .hasMessageContaining("a date-time without an offset is not read in a guessed zone");
  }
}
