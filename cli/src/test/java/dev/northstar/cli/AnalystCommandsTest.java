package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.aggregate.PeriodOffset;
import dev.northstar.formulas.aggregate.RankOrder;
import dev.northstar.formulas.aggregate.Ranking;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.utm.LandingPage;
import dev.northstar.formulas.utm.UtmTags;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's additions to the command line: --compare, --top, calendar fields, utm. */
class AnalystCommandsTest {
  @TempDir Path dir;

  @Test
  void compareGivesTheLibrarysPeriodOverPeriod() throws Exception {
    MetricTable table = MetricCsv.read(Cli.METRICS, ColumnMapping.northstar());
    KpiTable kpis =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .groupBy(Dimension.PLATFORM)
            .bucket(TimeBucket.MONTH)
            .build()
            .run(table);
    PeriodComparison expected = PeriodComparison.of(kpis, Kpis.ERR.id(), PeriodOffset.PREVIOUS);
    String[] args = {
      "kpi",
      Cli.METRICS.toString(),
      "--by",
      "platform,month",
      "--kpi",
      "err",
      "--compare",
      "previous"
    };

    Cli.Result text = Cli.run(args);
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.out()).isEqualTo(expected + "\n");

    JsonNode json =
        NorthstarJson.mapper()
            .readTree(Cli.run(KpiCommandTest.concat(args, "--format", "json")).out());
    JsonNode changes = json.get("changes");
    // 5 platforms and the survey rows, which have none, by 12 months
    assertThat(changes.size()).isEqualTo(expected.changes().size()).isEqualTo(6 * 12);
    // January has no previous month: undefined, written as null, never 0
    assertThat(changes.get(0).get("relativeChange").isNull()).isTrue();
    BigDecimal february = changes.get(1).get("relativeChange").decimalValue();
    assertThat(february)
        .isEqualByComparingTo(expected.changes().get(1).relativeChange().value().orElseThrow());

    Cli.Result csv = Cli.run(KpiCommandTest.concat(args, "--format", "csv"));
    assertThat(csv.out().lines().count()).isEqualTo(1 + 6 * 12);
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo("platform,month,previous_period,current,previous,difference,relative_change");
  }

  @Test
  void topAndBottomRankTheRealExport() throws Exception {
    MetricTable posts = MetricCsv.read(Cli.FACEBOOK, ColumnMapping.uciFacebookMetrics());
    KpiTable kpis =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .groupBy(Dimension.of("type"), Dimension.of("hour"))
            .build()
            .run(posts);
    for (RankOrder order : RankOrder.values()) {
      Ranking expected = Ranking.of(kpis, Kpis.ERR.id(), order, 5, 5);
      Cli.Result r =
          Cli.run(
              "kpi",
              Cli.FACEBOOK.toString(),
              "--columns",
              "uci-facebook",
              "--by",
              "type,hour",
              "--kpi",
              "err",
              order == RankOrder.TOP ? "--top" : "--bottom",
              "5",
              "--min-rows",
              "5");
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(expected + "\n");
      assertThat(expected.ranked()).hasSize(5);
    }
    Cli.Result both =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--top",
            "3",
            "--bottom",
            "3");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("give one of them");
  }

  @Test
  void aNameThatIsNoColumnIsACalendarField() {
    // the generated metrics have dates only: weekdays come from the date
    Cli.Result r = Cli.run("kpi", Cli.METRICS.toString(), "--by", "day_of_week", "--kpi", "err");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("day_of_week", "1-Mon", "7-Sun");
    // the real export has its own weekday column, which wins
    Cli.Result own =
        Cli.run(
            "kpi", Cli.FACEBOOK.toString(), "--columns", "uci-facebook", "--by", "type,weekday");
    assertThat(own.status()).as(own.err()).isZero();
    assertThat(own.out()).contains("KPIs by type, weekday");
    // an hour needs timestamps, which a table of dates lacks
    Cli.Result hour =
        Cli.run("kpi", Cli.METRICS.toString(), "--by", "hour_of_day", "--zone", "Europe/Paris");
    assertThat(hour.status()).isEqualTo(2);
    assertThat(hour.err()).contains("timestamp");
  }

  @Test
  void utmBuildAndParseRoundTrip() throws Exception {
    Cli.Result built =
        Cli.run(
            "utm",
            "build",
            "https://shop.example/shoes?size=42#top",
            "--source",
            "facebook",
            "--medium",
            "social",
            "--campaign",
            "Back to school & more",
            "--content",
            "reel 1");
    assertThat(built.status()).as(built.err()).isZero();
    String url = built.out().strip();
    assertThat(url)
        .startsWith("https://shop.example/shoes?size=42&utm_source=facebook")
        .endsWith("#top");
    assertThat(LandingPage.parse(url).tags())
        .contains(UtmTags.of("facebook", "social", "Back to school & more").withContent("reel 1"));

    Cli.Result parsed =
        Cli.run(
            "utm",
            "parse",
            url,
            "https://shop.example/?utm_source=x&utm_campain=y",
            "--format",
            "json");
    JsonNode pages = NorthstarJson.mapper().readTree(parsed.out());
    assertThat(pages.get(0).get("tags").get("campaign").asText())
        .isEqualTo("Back to school & more");
    assertThat(pages.get(0).get("problems").size()).isZero();
    assertThat(pages.get(1).has("tags")).isFalse();
    assertThat(pages.get(1).get("problems").findValuesAsText("parameter")).contains("utm_campain");
  }

  @Test
  void utmAttributeCountsEveryVisitOnceAndReportsTheBadOnes() throws Exception {
    Path visits = dir.resolve("visits.csv");
    Files.writeString(
        visits,
        """
        landing_page[dimension],sessions,leads,conversions
        https://shop.example/?utm_source=facebook&utm_medium=social&utm_campaign=spring,120,12,3
        https://shop.example/?utm_source=instagram&utm_medium=social&utm_campaign=spring,80,5,1
        https://shop.example/?utm_source=facebook&utm_medium=social&utm_campaign=spring,30,3,1
        https://shop.example/,500,20,4
        https://shop.example/?utm_source=facebook&utm_campain=oops,10,1,0
        """);
    Cli.Result r = Cli.run("utm", "attribute", visits.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode report = NorthstarJson.mapper().readTree(r.out());
    assertThat(report.get("platforms").get("facebook").get("sessions").asLong()).isEqualTo(150);
    assertThat(report.get("platforms").get("instagram").get("conversions").asLong()).isEqualTo(1);
    assertThat(report.get("untagged").get("sessions").asLong()).isEqualTo(500);
    assertThat(report.get("excluded").get("sessions").asLong()).isEqualTo(10);
    long counted =
        report.get("platforms").get("facebook").get("sessions").asLong()
            + report.get("platforms").get("instagram").get("sessions").asLong()
            + report.get("untagged").get("sessions").asLong()
            + report.get("excluded").get("sessions").asLong();
    assertThat(counted).isEqualTo(120 + 80 + 30 + 500 + 10);
    assertThat(report.get("problems").findValuesAsText("parameter")).contains("utm_campain");
  }
}
