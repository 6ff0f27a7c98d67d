package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goals whose metric is a plugin KPI ({@link ExamplePlugin}'s {@code acme.code_redemption_rate}) or
 * an ad-hoc KPI of {@code --kpis-file} and {@code --kpi}, measured by {@code progress} and {@code
 * report} as the ratio of the window's sums of the KPI's numerator and denominator.
 */
class KpiGoalsTest {

  private static final MathContext DIGITS = MathContext.DECIMAL64;

  @TempDir static Path dir;
  private static Path plugins;
  private static Path metrics;
  private static Path codesGoal;
  private static Path engagementGoal;

  @BeforeAll
  static void writeThePluginTheMetricsAndTheGoals() throws Exception {
    plugins = ExamplePlugin.buildInto(dir);
    metrics = dir.resolve("metrics.csv");
    Files.writeString(
        metrics,
        """
        platform[dimension],date,acme.codes_shared,acme.code_redemptions,likes,comments,reach
        facebook,2026-03-01,4,9,10,2,100
        facebook,2026-03-02,6,1,20,1,300
        facebook,2026-03-03,10,20,5,4,100
        mastodon,2026-03-01,5,2,30,8,1000
        mastodon,2026-03-03,5,50,30,8,1000
        """,
        StandardCharsets.UTF_8);
    codesGoal = dir.resolve("codes-goal.json");
    Files.writeString(
        codesGoal,
        goal("redeem-more-codes", "acme.code_redemption_rate", "1", "2"),
        StandardCharsets.UTF_8);
    engagementGoal = dir.resolve("engagement-goal.json");
    Files.writeString(
        engagementGoal,
        goal("engage-more", "weighted_engagement", "0.1", "0.3"),
        StandardCharsets.UTF_8);
  }

  private static String goal(String id, String metric, String baseline, String target) {
    return """
        {
          "id": "%s",
          "level": "social",
          "statement": "Raise %s from %s to %s by the end of June",
          "category": "conversions",
          "metric": "%s",
          "scope": {"platforms": ["facebook"]},
          "baseline": {"value": %s, "asOf": "2026-03-01"},
          "target": {"kind": "increase_to", "value": %s},
          "start": "2026-03-01",
          "deadline": "2026-06-30"
        }
        """
        .formatted(id, metric, baseline, target, metric, baseline, target);
  }

  private static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    return NorthstarJson.mapper().readTree(r.out());
  }

  private static BigDecimal ratio(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), DIGITS);
  }

  /** (current - baseline) / (target - baseline). */
  private static BigDecimal progress(BigDecimal current, String baseline, String target) {
    BigDecimal b = new BigDecimal(baseline);
    return current.subtract(b).divide(new BigDecimal(target).subtract(b), DIGITS);
  }

  // Facebook only (the goal's scope), 1 to 3 March: redemptions 9 + 1 + 20, codes 4 + 6 + 10.
  private static final BigDecimal CODES_RATE = ratio(9 + 1 + 20, 4 + 6 + 10);

  @Test
  void aPluginKpiRunsThroughKpiProgressAndReport() throws Exception {
    JsonNode kpi =
        json(
            Cli.run(
                "kpi",
                metrics.toString(),
                "--by",
                "platform",
                "--kpi",
                "acme.code_redemption_rate",
                "--plugin-path",
                plugins.toString(),
                "--format",
                "json"));
    JsonNode facebook = kpi.get("rows").get(0);
    assertThat(facebook.get("key").toString()).contains("facebook");
    assertThat(facebook.get("values").get(0).get("value").decimalValue())
        .isEqualByComparingTo(CODES_RATE);

    JsonNode progress =
        json(Cli.run(
                "progress",
                codesGoal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-03",
                "--plugin-path",
                plugins.toString(),
                "--format",
                "json"))
            .get("goals")
            .get(0);
    assertThat(progress.get("goal").asText()).isEqualTo("redeem-more-codes");
    assertThat(progress.has("noData")).as(progress.toString()).isFalse();
    assertThat(progress.get("current").decimalValue()).isEqualByComparingTo(CODES_RATE);
    assertThat(progress.get("progress").decimalValue())
        .isEqualByComparingTo(progress(CODES_RATE, "1", "2"));
    assertThat(progress.get("unit").asText()).isEqualTo("%");
    assertThat(progress.get("window").asText()).isEqualTo("2026-03-01/2026-06-30");

    Cli.Result text =
        Cli.run(
            "progress",
            codesGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-03",
            "--plugin-path",
            plugins.toString());
    assertThat(text.status()).as(text.err()).isZero();
    // 30 / 20 = 150% now, from 100% to 200%: half way
    assertThat(text.out()).contains("redeem-more-codes", "150.00%", "200.00%", "50.00%");

    Path html = dir.resolve("codes.html");
    Cli.Result report =
        Cli.run(
            "report",
            codesGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-03",
            "--plugin-path",
            plugins.toString(),
            "--html",
            html.toString());
    assertThat(report.status()).as(report.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("150.00%", "<svg", "class=\"actual\"").doesNotContain("No chart");
  }

  @Test
  void withoutThePluginTheGoalHasNoNumber() throws Exception {
    JsonNode progress =
        json(Cli.run(
                "progress",
                codesGoal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-03",
                "--format",
                "json"))
            .get("goals")
            .get(0);
    assertThat(progress.get("current").isNull()).as(progress.toString()).isTrue();
    assertThat(progress.get("noData").asText()).contains("acme.code_redemption_rate");
  }

  // Facebook, 1 to 3 March: (likes + 2 comments) / reach.
  private static final BigDecimal WEIGHTED = ratio(10 + 20 + 5 + 2 * (2 + 1 + 4), 100 + 300 + 100);

  @Test
  void anAdHocKpiOfAKpisFileRunsThroughProgressAndReport() throws Exception {
    Path kpis = dir.resolve("kpis.txt");
    Files.writeString(
        kpis,
        "# likes and comments, a comment counting twice\n"
            + "weighted_engagement = (likes + 2 * comments) / reach\n",
        StandardCharsets.UTF_8);

    JsonNode progress =
        json(Cli.run(
                "progress",
                engagementGoal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-03",
                "--kpis-file",
                kpis.toString(),
                "--format",
                "json"))
            .get("goals")
            .get(0);
    assertThat(progress.has("noData")).as(progress.toString()).isFalse();
    assertThat(progress.get("current").decimalValue()).isEqualByComparingTo(WEIGHTED);
    assertThat(progress.get("progress").decimalValue())
        .isEqualByComparingTo(progress(WEIGHTED, "0.1", "0.3"));

    Path html = dir.resolve("engagement.html");
    Cli.Result report =
        Cli.run(
            "report",
            engagementGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-03",
            "--kpis-file",
            kpis.toString(),
            "--html",
            html.toString());
    assertThat(report.status()).as(report.err()).isZero();
    // 49 / 500 = 9.80%
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("9.80%", "<svg");
  }

  @Test
  void anAdHocKpiOfTheKpiOptionIsMeasuredToo() throws Exception {
    JsonNode progress =
        json(Cli.run(
                "progress",
                engagementGoal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-02",
                "--kpi",
                "weighted_engagement = (likes + 2 * comments) / reach",
                "--format",
                "json"))
            .get("goals")
            .get(0);
    // 1 and 2 March only: (10 + 20 + 2 * (2 + 1)) / (100 + 300)
    assertThat(progress.get("current").decimalValue())
        .isEqualByComparingTo(ratio(10 + 20 + 2 * (2 + 1), 100 + 300));
  }

  @Test
  void aKpiOptionWithoutAnIdIsBadInput() {
    Cli.Result r =
        Cli.run(
            "progress",
            engagementGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-02",
            "--kpi",
            "likes / reach");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "--kpi: expected a definition 'id = numerator / denominator', but was 'likes /"
                + " reach'");
  }

  @Test
  void anAdHocKpiMayNotTakeTheIdOfAPluginKpi() {
    Cli.Result r =
        Cli.run(
            "progress",
            codesGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-03",
            "--plugin-path",
            plugins.toString(),
            "--kpi",
            "acme.code_redemption_rate = likes / reach");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "KPI 'acme.code_redemption_rate' of --kpi is already defined by acme-discount-codes");
  }
}
