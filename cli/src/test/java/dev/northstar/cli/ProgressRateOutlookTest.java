package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progress} forecasts a rate goal's window value: P(hit) and the 80% range at the deadline
 * of Campfire's feature awareness (Instagram's ERR over the last 28 days), and {@code check} gives
 * the same P(hit) for a rate goal with a baseline number.
 */
class ProgressRateOutlookTest {

  private static final Path CAMPFIRE = Cli.GOALS.resolve("campfire-hierarchy.json");

  private static JsonNode goal(Cli.Result r, String id) throws Exception {
    assertThat(r.status()).as(r.err()).isZero();
    for (JsonNode g : NorthstarJson.mapper().readTree(r.out()).get("goals")) {
      if (g.get("goal").asText().equals(id)) {
        return g;
      }
    }
    throw new AssertionError("no goal " + id + " in " + r.out());
  }

  private static String checkMessage(Path goals, String id) throws Exception {
    Cli.Result r =
        Cli.run(
            "check",
            goals.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-07-15",
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isBetween(0, 1);
    for (JsonNode report : NorthstarJson.mapper().readTree(r.out())) {
      if (report.get("goal").asText().equals(id)) {
        for (JsonNode f : report.get("findings")) {
          if (f.get("rule").asText().equals("achievable.forecast")) {
            return f.get("message").asText();
          }
        }
      }
    }
    throw new AssertionError("no achievable.forecast finding for " + id + " in " + r.out());
  }

  private static Cli.Result progress(Path goals, String... format) {
    String[] base = {
      "progress", goals.toString(), "--metrics", Cli.METRICS.toString(), "--as-of", "2026-07-15"
    };
    String[] args = new String[base.length + format.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(format, 0, args, base.length, format.length);
    return Cli.run(args);
  }

  @Test
  void progressShowsPHitForTheTrailingEngagementRateOfTheExample() throws Exception {
    JsonNode outlook =
        goal(progress(CAMPFIRE, "--format", "json"), "feature-awareness").get("outlook");
    assertThat(outlook).isNotNull();
    double p = outlook.get("probability").asDouble();
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(outlook.get("deadline").asText()).isEqualTo("2026-12-31");
    // on the rate's scale, a ratio of engagements to reach; 1 June to 15 July: 45 days fitted
    double low = outlook.get("lower80").asDouble();
    double high = outlook.get("upper80").asDouble();
    assertThat(low).isGreaterThan(0.0).isLessThan(high);
    assertThat(high).isLessThan(1.0);
    // the table: P(hit) as a whole percent, the 80% range in percents as the current value is
    String line =
        progress(CAMPFIRE)
            .out()
            .lines()
            .filter(l -> l.startsWith("feature-awareness "))
            .findFirst()
            .orElseThrow();
    assertThat(line).containsPattern(" " + Math.round(100 * p) + "% +[\\d.]+%\\.\\.[\\d.]+%$");
    // the check cannot measure May's baseline from the ratios, and says so
    assertThat(checkMessage(CAMPFIRE, "feature-awareness"))
        .isEqualTo(
            "not judged by a forecast: the baseline of rate err over its baseline period is"
                + " measured from the rate's numerator and denominator, which the check is not"
                + " given; progress forecasts it");
  }

  @Test
  void checkAndProgressGiveTheSamePHitForATrailingRate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("err.json");
    Files.writeString(
        file,
        """
        {
          "id": "instagram-err",
          "level": "social",
          "statement": "Instagram's engagement rate over the last 28 days to 5%",
          "category": "engagement",
          "metric": "err",
          "scope": { "platforms": [ "instagram" ] },
          "window": "trailing 28 days",
          "baseline": { "value": 0.045, "asOf": "2026-06-01" },
          "target": { "kind": "increase_to", "value": 0.05 },
          "start": "2026-06-01",
          "deadline": "2026-12-31"
        }
        """);
    JsonNode outlook = goal(progress(file, "--format", "json"), "instagram-err").get("outlook");
    assertThat(outlook).isNotNull();
    double p = outlook.get("probability").asDouble();
    String percent =
        BigDecimal.valueOf(p * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    assertThat(checkMessage(file, "instagram-err"))
        .startsWith("P(reaching 0.05 by 2026-12-31) = " + percent + " (")
        .contains(" fitted on 45 days)");
  }
}
