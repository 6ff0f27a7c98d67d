package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin ({@link ExamplePlugin}), seen by the commands through {@code --plugin-path}
 * and the environment.
 */
class PluginPathTest {

  @TempDir static Path dir;
  private static Path plugins;
  private static Path metrics;

  @BeforeAll
  static void buildThePluginJar() throws Exception {
    plugins = ExamplePlugin.buildInto(dir);
    metrics = dir.resolve("metrics.csv");
    Files.writeString(
        metrics,
        """
        platform[dimension],date,acme.codes_shared,acme.code_redemptions,likes,comments,shares,saves,reach
        facebook,2026-03-01,4,9,10,2,3,0,100
        facebook,2026-03-02,6,1,20,1,1,0,300
        mastodon,2026-03-01,5,2,30,8,12,1000,1000
        """,
        StandardCharsets.UTF_8);
  }

  private static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    return NorthstarJson.mapper().readTree(r.out());
  }

  private static BigDecimal value(JsonNode result, int row) {
    return result.get("rows").get(row).get("values").get(0).get("value").decimalValue();
  }

  @Test
  void withoutThePluginItsKpiIsUnknown() {
    Cli.Result r =
        Cli.run(
            "kpi", metrics.toString(), "--by", "platform", "--kpi", "acme.code_redemption_rate");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--kpi: unknown KPI 'acme.code_redemption_rate'");
  }

  @Test
  void aPluginKpiRunsThroughKpiWithThePluginPath() throws Exception {
    JsonNode result =
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

    // facebook: (9 + 1) / (4 + 6); mastodon: 2 / 5
    assertThat(value(result, 0)).isCloseTo(new BigDecimal("1"), within(new BigDecimal("1e-15")));
    assertThat(value(result, 1)).isCloseTo(new BigDecimal("0.4"), within(new BigDecimal("1e-15")));
  }

  @Test
  void thePluginsEngagementSetCountsOnMastodon() throws Exception {
    JsonNode result =
        json(
            Cli.run(
                "kpi",
                metrics.toString(),
                "--by",
                "platform",
                "--kpi",
                "err",
                "--plugin-path",
                plugins.toString(),
                "--format",
                "json"));

    // mastodon: favourites, boosts and replies only, saves left out: (30 + 12 + 8) / 1000
    BigDecimal mastodon =
        BigDecimal.valueOf(30 + 12 + 8)
            .divide(BigDecimal.valueOf(1000), 20, RoundingMode.HALF_EVEN);
    assertThat(value(result, 1)).isCloseTo(mastodon, within(new BigDecimal("1e-15")));
  }

  @Test
  void theEnvironmentVariableAndTheListSeeThePlugin() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Northstar.run(
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("NORTHSTAR_PLUGIN_PATH", plugins.toString()),
            "kpi",
            "--list-kpis");

    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern(
            "(?m)^acme.code_redemption_rate +Code redemption rate +acme-discount-codes$")
        .containsPattern(
            "(?m)^acme.social_resolution_rate +Social resolution rate +acme-discount-codes$");
    assertThat(Cli.run("kpi", "--list-kpis").out()).doesNotContain("acme.");
  }

  @Test
  void checkKnowsThePluginMetric() throws Exception {
    Path goal = dir.resolve("codes-goal.json");
    Files.writeString(
        goal,
        """
        {
          "id": "redeem-more-codes",
          "level": "social",
          "statement": "Raise the code redemption rate to 2 by the end of June",
          "category": "conversions",
          "metric": "acme.code_redemption_rate",
          "scope": {"platforms": ["facebook"]},
          "baseline": {"value": 1, "asOf": "2026-03-01"},
          "target": {"kind": "increase_to", "value": 2},
          "start": "2026-03-01",
          "deadline": "2026-06-30"
        }
        """,
        StandardCharsets.UTF_8);

    Cli.Result without = Cli.run("check", goal.toString(), "--as-of", "2026-03-01");
    Cli.Result with =
        Cli.run(
            "check", goal.toString(), "--as-of", "2026-03-01", "--plugin-path", plugins.toString());

    assertThat(without.out() + without.err()).contains("is not in the metric registry");
    assertThat(with.out() + with.err()).doesNotContain("is not in the metric registry");
    assertThat(with.err()).doesNotContain("internal error");
  }

  @Test
  void aMissingPluginPathIsBadInput() {
    Cli.Result r = Cli.run("kpi", "--list-kpis", "--plugin-path", dir.resolve("none").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("--plugin-path: " + dir.resolve("none") + ": no such file or folder");
    Cli.Result notAJar = Cli.run("kpi", "--list-kpis", "--plugin-path", metrics.toString());
    assertThat(notAJar.status()).isEqualTo(2);
    assertThat(notAJar.err()).contains(metrics + " is neither a folder nor a .jar file");
  }
}
