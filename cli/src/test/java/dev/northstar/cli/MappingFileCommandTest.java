package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.jackson.NorthstarJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping files, separator detection, standard input and draft mappings through the CLI. */
class MappingFileCommandTest {

  private static final String EXPORT =
      """
      Platform;Date;Reach;Likes
      facebook;20/08/2026;1.000;30
      facebook;21/08/2026;-;10
      instagram;20/08/2026;2.000;N/A
      """;

  private static final String MAPPING =
      """
      {"separator": ";", "thousandsSeparator": ".", "decimalSeparator": ",", "missingValues": ["-", "N/A"],
       "columns": {
         "Platform": {"dimension": "platform"},
         "Date": {"date": "dd/MM/uuuu"},
         "Reach": {"count": "reach"},
         "Likes": {"count": "likes"}
       }}
      """;

  @Test
  void aMappingFileReadsAForeignExport(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("export.csv"), EXPORT);
    Path mapping = Files.writeString(dir.resolve("export.json"), MAPPING);

    Cli.Result r =
        Cli.run(
            "kpi",
            csv.toString(),
            "--columns",
            mapping.toString(),
            "--by",
            "platform",
            "--kpi",
            "likes / reach",
            "--format",
            "json");

    assertThat(r.status()).as(r.err()).isZero();
    var rows = NorthstarJson.mapper().readTree(r.out()).get("rows");
    // facebook: the second row misses reach, so only the first counts: 30 / 1000
    assertThat(rows.get(0).get("values").get(0).get("value").decimalValue())
        .isEqualByComparingTo("0.03");
    assertThat(rows.get(0).get("values").get(0).get("rowsMissing").asLong()).isEqualTo(1);
  }

  @Test
  void aBadMappingFileIsNamedWithItsJsonPath(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("export.csv"), EXPORT);
    Path mapping =
        Files.writeString(
            dir.resolve("bad.json"),
            MAPPING.replace("\"count\": \"likes\"", "\"cuont\": \"likes\""));

    Cli.Result r = Cli.run("kpi", csv.toString(), "--columns", mapping.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(mapping + ": $.columns[\"Likes\"]");
  }

  @Test
  void aForeignHeaderWithoutAMappingSuggestsOne(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("export.csv"), EXPORT);

    Cli.Result r = Cli.run("kpi", csv.toString(), "--kpi", "err");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("northstar columns suggest " + csv);
  }

  @Test
  void aSemicolonNorthstarFileAndStandardInputAreRead(@TempDir Path dir) throws Exception {
    String semicolons =
        Files.readString(Cli.METRICS)
            .lines()
            .limit(50)
            .map(l -> l.replace(',', ';'))
            .reduce("", (a, b) -> a + b + "\n");
    Path file = Files.writeString(dir.resolve("semi.csv"), semicolons);
    Cli.Result fromFile = Cli.run("kpi", file.toString(), "--by", "platform", "--kpi", "err");
    assertThat(fromFile.status()).as(fromFile.err()).isZero();

    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(semicolons.getBytes(StandardCharsets.UTF_8)));
      Cli.Result fromStdin = Cli.run("kpi", "-", "--by", "platform", "--kpi", "err");
      assertThat(fromStdin.status()).as(fromStdin.err()).isZero();
      assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void columnsSuggestWritesADraftThatReadsTheFile(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("plain.csv"),
            "Platform,Date,Reach\nfacebook,20/08/2026,1000\nlinkedin,21/08/2026,500\n");

    Cli.Result draft = Cli.run("columns", "suggest", csv.toString());
    assertThat(draft.status()).as(draft.err()).isZero();
    assertThat(draft.out()).contains("\"date\" : \"dd/MM/uuuu\"").contains("\"count\" : \"reach\"");
    Path mapping = Files.writeString(dir.resolve("plain.json"), draft.out());

    Cli.Result r = kpiCsvByPlatform(csv, mapping, "reach");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("facebook").contains("linkedin").contains("1000");
    assertThat(Cli.run("columns", "explain", csv.toString()).err())
        .contains("unknown action 'explain'; allowed: suggest");
  }

  @Test
  void columnsSuggestMarksAColumnWithNegativeValuesSignedAndTheDraftReadsIt(@TempDir Path dir)
      throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("follows.csv"),
            """
            Platform,Date,Net follows,Reach
            facebook,2026-08-20,12,1000
            facebook,2026-08-21,-30,800
            linkedin,2026-08-20,5,500
            """);

    Cli.Result draft = Cli.run("columns", "suggest", csv.toString());
    assertThat(draft.status()).as(draft.err()).isZero();
    String out = draft.out();
    String netFollows = out.substring(out.indexOf("\"Net follows\""), out.indexOf("\"Reach\""));
    assertThat(netFollows).contains("\"count\" : \"net_follows\"").contains("\"signed\" : true");
    String reach = out.substring(out.indexOf("\"Reach\""));
    assertThat(reach).contains("\"count\" : \"reach\"").doesNotContain("signed");
    Path mapping = Files.writeString(dir.resolve("follows.json"), out);

    Cli.Result r = kpiCsvByPlatform(csv, mapping, "net_follows");
    assertThat(r.status()).as(r.err()).isZero();
    long facebook = 12 - 30;
    assertThat(r.out()).contains("facebook").contains(Long.toString(facebook));
  }

  /** Runs {@code kpi} on a CSV with a mapping file, by platform, with a total, as CSV. */
  private static Cli.Result kpiCsvByPlatform(Path csv, Path mapping, String total) {
    return Cli.run(
        "kpi",
        csv.toString(),
        "--columns",
        mapping.toString(),
        "--by",
        "platform",
        "--kpi",
        "r = reach / reach",
        "--totals",
        total,
        "--format",
        "csv");
  }
}
