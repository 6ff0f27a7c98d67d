package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progress} and {@code check} show targets of whole things (followers) as whole numbers: the
 * target is the whole number that reaches it, a target reachable with a probability is rounded on
 * the safe side.
 */
class WholeTargetsCliTest {
  @TempDir Path dir;

  /** The example Instagram goal with another baseline and target. */
  private Path goal(String baseline, String target) throws Exception {
    String json =
        Files.readString(
                Cli.GOALS.resolve("instagram-followers-20-percent.json"), StandardCharsets.UTF_8)
            .replace("\"value\": 8400", "\"value\": " + baseline)
            .replace("\"kind\": \"increase_by_percent\",\n    \"percent\": 20", target);
    assertThat(json).contains("\"value\": " + baseline).contains(target);
    Path file = dir.resolve("goal.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static Cli.Result progress(Path goal, String... format) {
    String[] args = {
      "progress", goal.toString(), "--metrics", Cli.METRICS.toString(), "--as-of", "2026-08-20"
    };
    return Cli.run(KpiCommandTest.concat(args, format));
  }

  @Test
  void anIncreaseOfFollowersShowsTheWholeTargetThatReachesIt() throws Exception {
    // +20% of 8,101 is 9,721.2 followers: 9,722 reach it
    Path g = goal("8101", "\"kind\": \"increase_by_percent\",\n    \"percent\": 20");
    Cli.Result table = progress(g);
    assertThat(table.status()).as(table.err()).isZero();
    assertThat(table.out()).contains("  9,722  ").doesNotContain("9,721.2");

    JsonNode goal = NorthstarJson.mapper().readTree(progress(g, "--format", "json").out());
    JsonNode only = goal.get("goals").get(0);
    assertThat(only.get("target").decimalValue()).isEqualByComparingTo("9722");
    JsonNode o = only.get("outlook");
    double at50 = o.get("reachableWith50").asDouble();
    double at80 = o.get("reachableWith80").asDouble();
    assertThat(at50).isEqualTo(Math.rint(at50));
    assertThat(at80).isEqualTo(Math.rint(at80)).isLessThanOrEqualTo(at50);

    Cli.Result check =
        Cli.run(
            "check", g.toString(), "--metrics", Cli.METRICS.toString(), "--as-of", "2026-08-20");
    assertThat(check.out())
        .contains("(8,101 -> 9,722 in 3.0 months)")
        .contains("A achievable.forecast: P(reaching 9,722 by 2026-09-30) = ")
        .doesNotContain("9,721.2");
  }

  @Test
  void aDecreaseOfFollowersShowsTheWholeTargetBelow() throws Exception {
    // -10% of 8,101 is 7,290.9 followers: 7,290 reach it
    Path g = goal("8101", "\"kind\": \"decrease_by_percent\",\n    \"percent\": 10");
    Cli.Result table = progress(g);
    assertThat(table.status()).as(table.err()).isZero();
    assertThat(table.out()).contains("  7,290  ").doesNotContain("7,290.9");
    Cli.Result csv = progress(g, "--format", "csv");
    assertThat(csv.out()).contains(",7290,").doesNotContain("7290.9");
  }
}
