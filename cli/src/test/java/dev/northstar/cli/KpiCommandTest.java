package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.KpiCsv;
import dev.northstar.jackson.csv.MetricCsv;
import dev.northstar.jackson.formulas.NorthstarFormulasModule;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiCommandTest {

  @Test
  void followersByMonthAreEachMonthsClosingCountReadFromTheRawFile() throws Exception {
    // The raw file, read here line by line: per platform and month, the followers of the
    // month's last day with a value, and the likes summed.
    List<String> lines = Files.readAllLines(Cli.METRICS, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int platform = header.indexOf("platform[dimension]");
    int date = header.indexOf("date");
    int followers = header.indexOf("followers");
    java.util.Map<String, String[]> last = new java.util.TreeMap<>();
    java.util.Map<String, Long> likes = new java.util.TreeMap<>();
    int likesAt = header.indexOf("likes");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[platform].isEmpty()) {
        continue;
      }
      String key = f[platform] + "," + f[date].substring(0, 7) + "-01";
      if (!f[likesAt].isEmpty()) {
        likes.merge(key, Long.parseLong(f[likesAt]), Long::sum);
      }
      String[] seen = last.get(key);
      if (!f[followers].isEmpty() && (seen == null || f[date].compareTo(seen[0]) > 0)) {
        last.put(key, new String[] {f[date], f[followers]});
      }
    }
    Cli.Result r =
        Cli.run(
            "kpi",
            Cli.METRICS.toString(),
            "--by",
            "platform,month",
            "--totals",
            "followers,likes",
            "--format",
            "csv");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> out = r.out().lines().toList();
    List<String> columns = List.of(out.get(0).split(",", -1));
    assertThat(columns).contains("Likes", "Followers first", "Followers last");
    assertThat(columns).doesNotContain("Followers");
    int checked = 0;
    for (String line : out.subList(1, out.size())) {
      String[] f = line.split(",", -1);
      String key = f[0] + "," + f[1];
      if (!last.containsKey(key)) {
        continue;
      }
      assertThat(f[columns.indexOf("Followers last")]).as(key).isEqualTo(last.get(key)[1]);
      assertThat(f[columns.indexOf("Likes")]).as(key).isEqualTo(likes.get(key).toString());
      checked++;
    }
    assertThat(checked).isEqualTo(last.size()).isGreaterThan(40);
  }

  @Test
  void printsTheEnginesTableForEveryFormat() throws Exception {
    MetricTable table = MetricCsv.read(Cli.METRICS, ColumnMapping.northstar());
    KpiTable expected =
        KpiQuery.builder()
            .kpis(Kpis.ERR, Kpis.CTR, Kpis.CPC)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.QUARTER)
            .build()
            .run(table);
    String[] args = {
      "kpi", Cli.METRICS.toString(), "--by", "platform,quarter", "--kpi", "err,ctr,cpc"
    };

    Cli.Result text = Cli.run(args);
    assertThat(text.status()).isZero();
    assertThat(text.out()).isEqualTo(expected.toString());
    assertThat(text.err()).isEmpty();

    Cli.Result json = Cli.run(concat(args, "--format", "json"));
    assertThat(json.status()).isZero();
    assertThat(json.out())
        .isEqualTo(
            NorthstarJson.builder()
                    .addModule(new NorthstarFormulasModule())
                    .build()
                    .writeValueAsString(expected)
                + "\n");

    Cli.Result csv = Cli.run(concat(args, "--format", "CSV-long"));
    StringWriter expectedCsv = new StringWriter();
    KpiCsv.write(expected, expectedCsv);
    assertThat(csv.status()).isZero();
    assertThat(csv.out()).isEqualTo(expectedCsv.toString());
    // (5 platforms and the survey rows, which have none) x 4 quarters
    assertThat(csv.out().lines().count()).isEqualTo(1 + 6 * 4);
  }

  @Test
  void engagementRateOfTheRealExportByTypeAgreesWithTheRawFile() throws Exception {
    for (boolean mean : new boolean[] {false, true}) {
      Cli.Result r =
          Cli.run(
              "kpi",
              Cli.FACEBOOK.toString(),
              "--columns",
              "uci-facebook",
              "--by",
              "type",
              "--kpi",
              "err",
              "--method",
              mean ? "mean-of-ratios" : "ratio-of-sums",
              "--format",
              "json");
      assertThat(r.status()).as(r.err()).isZero();
      JsonNode photo = null;
      for (JsonNode row : NorthstarJson.mapper().readTree(r.out()).get("rows")) {
        if (row.get("key").get("type").asText().equals("Photo")) {
          photo = row.get("values").get(0);
        }
      }
      assertThat(photo).as("a Photo row in %s", r.out()).isNotNull();
      Raw raw = photoErr(mean);
      assertThat(photo.get("value").decimalValue())
          .isCloseTo(raw.value(), within(new BigDecimal("1e-12")));
      assertThat(photo.get("rowsMissing").asLong()).isEqualTo(raw.missing());
    }
    assertThat(photoErr(false).value()).isNotEqualByComparingTo(photoErr(true).value());
  }

  /** A KPI computed from the raw lines, and how many rows missed a value. */
  record Raw(BigDecimal value, long missing) {}

  /** ERR of the Photo posts from the raw lines: likes+comments+shares over reach. */
  static Raw photoErr(boolean meanOfRatios) throws Exception {
    List<String> lines = Files.readAllLines(Cli.FACEBOOK, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(";", -1));
    int type = header.indexOf("Type");
    int reach = header.indexOf("Lifetime Post Total Reach");
    int[] engaged = {header.indexOf("like"), header.indexOf("comment"), header.indexOf("share")};
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    BigDecimal sumOfRatios = BigDecimal.ZERO;
    int n = 0;
    long missingRows = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(";", -1);
      if (!f[type].equals("Photo")) {
        continue;
      }
      long e = 0;
      boolean missing = f[reach].isEmpty();
      for (int i : engaged) {
        missing |= f[i].isEmpty();
        e += f[i].isEmpty() ? 0 : Long.parseLong(f[i]);
      }
      if (missing) {
        missingRows++;
        continue;
      }
      long r = Long.parseLong(f[reach]);
      num = num.add(BigDecimal.valueOf(e));
      den = den.add(BigDecimal.valueOf(r));
      if (r > 0) {
        sumOfRatios =
            sumOfRatios.add(
                BigDecimal.valueOf(e).divide(BigDecimal.valueOf(r), 20, RoundingMode.HALF_EVEN));
        n++;
      }
    }
    BigDecimal value =
        meanOfRatios
            ? sumOfRatios.divide(BigDecimal.valueOf(n), 15, RoundingMode.HALF_EVEN)
            : num.divide(den, 15, RoundingMode.HALF_EVEN);
    return new Raw(value, missingRows);
  }

  @Test
  void listsTheCatalogue() {
    Cli.Result r = Cli.run("kpi", "--list-kpis");
    assertThat(r.status()).isZero();
    assertThat(r.out().lines()).hasSize(Kpis.all().size());
    assertThat(r.out()).contains("err ", "roas ", "nps ");
  }

  static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
