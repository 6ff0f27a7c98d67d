package dev.northstar.cli;

import static dev.northstar.cli.KpiGoalsFixture.json;
import static dev.northstar.cli.KpiGoalsFixture.progress;
import static dev.northstar.cli.KpiGoalsFixture.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goals whose metric is a plugin KPI ({@link ExamplePlugin}'s {@code acme.code_redemption_rate}),
 * measured by {@code progress} and {@code report} as the ratio of the window's sums of the KPI's
 * numerator and denominator.
 */
class KpiGoalsTest {

  @TempDir static Path dir;
  private static Path plugins;
  private static Path metrics;
  private static Path codesGoal;

  @BeforeAll
  static void writeThePluginTheMetricsAndTheGoal() throws Exception {
    plugins = ExamplePlugin.buildInto(dir);
    metrics = KpiGoalsFixture.metrics(dir);
    codesGoal =
        KpiGoalsFixture.goal(dir, "redeem-more-codes", "acme.code_redemption_rate", "1", "2");
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
            "--kpi",
            "acme.code_redemption_rate",
            "--html",
            html.toString());
    assertThat(report.status()).as(report.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("150.00%", "<svg", "class=\"actual\"").doesNotContain("No chart");
  }

  @Test
  void aPluginCountGoalShowsAWholeTargetAfterAGoalMeasuredWithoutThePlugin() throws Exception {
    Path redemptions =
        KpiGoalsFixture.goal(dir, "more-redemptions", "acme.code_redemptions", "10", "12.5");
    // Measured first without the plugin in this JVM: the plugin's metric is unknown then.
    JsonNode without = progressOf(redemptions, false);
    assertThat(without.get("target").decimalValue()).isEqualByComparingTo("12.5");

    // With it, the same JVM sees the plugin's count metric: a whole target, rounded up for a rise.
    JsonNode with = progressOf(redemptions, true);
    assertThat(with.get("target").decimalValue())
        .isEqualByComparingTo(new BigDecimal("12.5").setScale(0, RoundingMode.CEILING));
  }

  private static JsonNode progressOf(Path goal, boolean withPlugin) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "progress",
                goal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-03",
                "--format",
                "json"));
    if (withPlugin) {
      args.addAll(List.of("--plugin-path", plugins.toString()));
    }
    return json(Cli.run(args.toArray(String[]::new))).get("goals").get(0);
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
