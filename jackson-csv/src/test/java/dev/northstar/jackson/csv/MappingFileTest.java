package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {

  private static final Path GENERATED =
      Path.of("../examples/data/generated/daily-metrics-2026.csv");

  private static MappingFile mapping(String json) {
    return MappingFile.parse(json, "m.json");
  }

  @Test
  void theShippedUciFacebookMappingReadsTheExportAsTheJavaMappingDoes() throws Exception {
    MappingFile file = MappingFile.builtIn("uci-facebook").orElseThrow();

    assertThat(file.readTable(FacebookExportTest.EXPORT))
        .isEqualTo(MetricCsv.read(FacebookExportTest.EXPORT, ColumnMapping.uciFacebookMetrics()));
    assertThat(file.columns().mappedHeaders())
        .isEqualTo(ColumnMapping.uciFacebookMetrics().mappedHeaders());
    assertThat(file.separator()).contains(';');
    assertThat(file.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(file).hasToString("MappingFile[uci-facebook.json]");
  }

  @Test
  void theShippedNorthstarMappingReadsNorthstarsCsvWithAnySeparator() throws Exception {
    MappingFile file = MappingFile.builtIn("northstar").orElseThrow();
    assertThat(file.separator()).isEmpty();
    assertThat(file.readTable(GENERATED))
        .isEqualTo(MetricCsv.read(GENERATED, ColumnMapping.northstar()));

    String semicolons = "platform[dimension];date;likes\nfacebook;2026-08-20;12\n";
    assertThat(file.readTable(new StringReader(semicolons), "s.csv").value(CoreMetrics.LIKES, 0))
        .contains(BigDecimal.valueOf(12));
    assertThat(MappingFile.builtIn("nope")).isEmpty();
    assertThat(MappingFile.BUILT_IN).containsExactly("northstar", "uci-facebook");
  }

  @Test
  void cellConventionsConstantsAndPatternsApply() throws Exception {
    MappingFile file =
        mapping(
            """
            {"separator": ";", "missingValues": ["-", "N/A"], "thousandsSeparator": ".",
             "decimalSeparator": ",",
             "columns": {
               "Date": {"date": "dd/MM/uuuu"},
               "Posted": {"timestamp": "dd/MM/uuuu HH:mm", "zone": "Europe/Paris"},
               "Hour": {"dimension": "hour", "type": "number"},
               "Reach": {"count": "reach"},
               "Spend": {"amount": "spend", "currency": "EUR", "scale": 2},
               "Notes": "ignore"
             },
             "constants": {"platform": "facebook"}}
            """);
    String csv =
        """
        Date;Posted;Hour;Reach;Spend;Notes
        20/08/2026;20/08/2026 09:30;9;1.234;1.234,50;x
        21/08/2026;21/08/2026 10:00;10;N/A;-;
        """;

    var table = file.readTable(new StringReader(csv), "export.csv");

    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.date(0)).isEqualTo(LocalDate.of(2026, 8, 20));
    assertThat(table.timestamp(0)).isEqualTo(Instant.parse("2026-08-20T07:30:00Z"));
    assertThat(table.value(CoreMetrics.REACH, 0)).contains(BigDecimal.valueOf(1234));
    assertThat(table.value(CoreMetrics.SPEND, 0))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.50"));
    assertThat(table.value(CoreMetrics.REACH, 1)).isEmpty();
    assertThat(table.value(CoreMetrics.SPEND, 1)).isEmpty();
    assertThat(table.dimensionValue(Dimension.PLATFORM, 1)).contains("facebook");
    assertThat(table.dimensionValues(Dimension.of("hour"))).contains("9", "10");
  }

  @Test
  void aNumberDimensionRefusesTextNamingLineColumnAndValue() {
    MappingFile file =
        mapping(
            "{\"columns\": {\"Hour\": {\"dimension\": \"hour\", \"type\": \"number\"}, \"Reach\": {\"count\": \"reach\"}}}");

    assertThatThrownBy(() -> file.readTable(new StringReader("Hour,Reach\n9,1\nnine,2\n"), "e.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("e.csv")
        .hasMessageContaining("line 3")
        .hasMessageContaining("nine")
        .hasMessageContaining("dimension hour has type number");
  }

  @Test
  void anUnknownHeaderListsTheClosestMappedOnesAndSuggestsADraft() throws Exception {
    MappingFile file =
        mapping(
            "{\"columns\": {\"Platform\": {\"dimension\": \"platform\"}, \"Date\": {\"date\": \"iso\"}, \"Reach\": {\"count\": \"reach\"}}}");

    assertThatThrownBy(
            () -> file.readTable(new StringReader("Platform,Date,Rech\nx,2026-01-01,1\n"), "e.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining(
            "unknown header \"Rech\"; closest mapped headers: \"Reach\", \"Date\"")
        .hasMessageContaining("northstar columns suggest FILE");
    MappingFile lenient =
        mapping(
            "{\"unmappedHeaders\": \"ignore\", \"columns\": {\"Reach\": {\"count\": \"reach\"}}}");
    assertThat(
            lenient
                .readTable(new StringReader("Reach,Other\n5,x\n"), "t.csv")
                .value(CoreMetrics.REACH, 0))
        .contains(BigDecimal.valueOf(5));
  }

  @Test
  void errorsNameTheFileTheJsonPathAndWhatIsAllowed(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("bad.json");
    Files.writeString(path, "{\"columns\": {\"Reach\": {\"cout\": \"reach\"}}}");
    assertThatThrownBy(() -> MappingFile.read(path))
        .isInstanceOfSatisfying(
            MappingFileException.class,
            e -> {
              assertThat(e.file()).isEqualTo(path.toString());
              assertThat(e.path()).isEqualTo("$.columns[\"Reach\"].cout");
            })
        .hasMessage(
            path
                + ": $.columns[\"Reach\"].cout: unknown field; allowed: amount, count, currency,"
                + " date, dimension, ignore, scale, signed, timestamp, type, zone");
    assertRefused(
        "{\"colums\": {}}",
        "$.colums",
        "unknown field; allowed: columns, constants, decimalSeparator,");
    assertRefused(
        "{\"columns\": {\"Day\": {\"date\": \"dd/MM/uuuu#\"}, \"R\": {\"count\": \"reach\"}}}",
        "$.columns[\"Day\"].date",
        "bad pattern \"dd/MM/uuuu#\"");
    assertRefused(
        "{\"columns\": {\"Likes\": {\"count\": \"likes\"}, \"Likes 2\": {\"count\": \"likes\"}}}",
        "$.columns[\"Likes 2\"]",
        "measure likes is already mapped from header \"Likes\"; map it once");
    assertRefused(
        "{\"columns\": {\"T\": {\"timestamp\": \"dd/MM/uuuu HH:mm\"}, \"R\": {\"count\": \"reach\"}}}",
        "$.columns[\"T\"]",
        "a timestamp pattern needs a \"zone\"");
    assertRefused(
        "{\"columns\": {\"T\": {\"timestamp\": \"dd/MM/uuuu HH:mm\", \"zone\": \"Mars/Base\"}, \"R\": {\"count\": \"reach\"}}}",
        "$.columns[\"T\"].zone",
        "unknown zone \"Mars/Base\"");
    assertRefused(
        "{\"separator\": \"#\", \"columns\": {}}", "$.separator", "allowed: one of , ; | : or \\t");
    assertRefused("{\"encoding\": \"klingon\", \"columns\": {}}", "$.encoding", "unknown encoding");
    assertRefused(
        "{\"columns\": {\"Day\": {\"dimension\": \"day\"}}}",
        "$.columns",
        "no header is mapped to a measure");
    assertRefused(
        "{\"columns\": {\"R\": {\"count\": \"reach\", \"dimension\": \"r\"}}}",
        "$.columns[\"R\"]",
        "roles [dimension, count]; give exactly one of");
    assertRefused(
        "{\"columns\": {\"S\": {\"amount\": \"spend\", \"currency\": \"EURO\"}}}",
        "$.columns[\"S\"].currency",
        "allowed: an ISO 4217 code");
    assertRefused(
        "{\"columns\": {\"S\": {\"amount\": \"spend\", \"currency\": \"EUR\", \"scale\": 12}}}",
        "$.columns[\"S\"].scale",
        "expected a whole number from 0 to 9");
    assertRefused(
        "{\"columns\": {\"H\": {\"dimension\": \"h\", \"type\": \"list\"}, \"R\": {\"count\": \"reach\"}}}",
        "$.columns[\"H\"].type",
        "allowed: text, number");
    assertRefused("[1]", "$", "expected an object");
    assertRefused(
        "{\"columns\": {\"R\": {\"count\": \"reach\"}}, \"columns\": {}}", "$", "not valid JSON");
    assertRefused(
        "{\"columns\": {\"R\": {\"count\": \"reach\"}}, \"constants\": {\"platform\": 3}}",
        "$.constants[\"platform\"]",
        "expected a non-blank text value");
    assertRefused("{\"format\": \"excel\"}", "$.format", "allowed: northstar");
    assertRefused(
        "{\"thousandsSeparator\": \",\", \"decimalSeparator\": \",\", \"columns\": {\"R\": {\"count\": \"reach\"}}}",
        "$.thousandsSeparator",
        "must differ from the decimal separator");
    assertRefused(
        "{\"unmappedHeaders\": \"skip\", \"columns\": {}}",
        "$.unmappedHeaders",
        "allowed: error, ignore");
    assertRefused(
        "{\"missingValues\": \"-\", \"columns\": {}}", "$.missingValues", "expected an array");
  }

  private static void assertRefused(String json, String path, String problem) {
    assertThatThrownBy(() -> mapping(json))
        .isInstanceOfSatisfying(
            MappingFileException.class, e -> assertThat(e.path()).isEqualTo(path))
        .hasMessageStartingWith("m.json: " + path + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void aDraftMappingReadsTheFileItWasWrittenFrom() throws Exception {
    String csv =
        """
        Network;Day;Hour;Impressions;Cost;Caption
        facebook;20/08/2026;9;1,234;12.50;Hello
        instagram;21/08/2026;10;99;3.00;World
        """;

    String draft = MappingFile.draft(new StringReader(csv));

    assertThat(draft)
        .contains("\"separator\" : \";\"")
        .contains("\"date\" : \"dd/MM/uuuu\"")
        .contains("\"dimension\" : \"hour\"")
        .contains("\"count\" : \"impressions\"")
        .contains("\"amount\" : \"cost\"");
    MappingFile file =
        MappingFile.parse(
            draft.replace(
                "\"separator\" : \";\"", "\"separator\" : \";\", \"thousandsSeparator\": \",\""),
            "draft.json");
    var table = file.readTable(new StringReader(csv), "x.csv");
    assertThat(table.value(MetricId.of("impressions"), 0)).contains(BigDecimal.valueOf(1234));
    assertThat(table.dimensionValue(Dimension.of("network"), 1)).contains("instagram");
  }
}
