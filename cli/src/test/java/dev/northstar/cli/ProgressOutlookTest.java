package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code progress} shows P(hit) and the 80% range at the deadline, in the table and in JSON. */
class ProgressOutlookTest {

  @Test
  void jsonCarriesTheOutlookAndAGoalPastItsDeadlineHasNone() throws Exception {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-06-15",
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode root = NorthstarJson.mapper().readTree(r.out());
    Map<String, JsonNode> byGoal = new HashMap<>();
    root.get("goals").forEach(g -> byGoal.put(g.get("goal").asText(), g));
    // a stock goal under way on 2026-06-15 (a flow such as August's reach has no data in its
    // period yet, so it has no outlook)
    assertThat(byGoal.get("facebook-reach-40-percent").has("outlook")).isFalse();
    JsonNode reach = byGoal.get("double-linkedin-followers").get("outlook");
    assertThat(reach).isNotNull();
    double p = reach.get("probability").asDouble();
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(reach.get("lower95").asDouble())
        .isLessThanOrEqualTo(reach.get("lower80").asDouble());
    assertThat(reach.get("lower80").asDouble()).isLessThanOrEqualTo(reach.get("point").asDouble());
    assertThat(reach.get("point").asDouble()).isLessThanOrEqualTo(reach.get("upper80").asDouble());
    assertThat(reach.get("upper80").asDouble())
        .isLessThanOrEqualTo(reach.get("upper95").asDouble());
    assertThat(reach.get("reachableWith80").asDouble())
        .isLessThanOrEqualTo(reach.get("reachableWith50").asDouble());
    // the deadline of examples/goals/double-linkedin-followers.json
    assertThat(reach.get("deadline").asText()).isEqualTo("2026-06-30");
    tableShowsTheOutlook("double-linkedin-followers", p);
    // at 2026-11-30 every dated example goal but one is past its deadline: no outlook
    Cli.Result late =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-11-30",
            "--format",
            "json");
    JsonNode lateRoot = NorthstarJson.mapper().readTree(late.out());
    lateRoot
        .get("goals")
        .forEach(
            g -> {
              if (g.get("goal").asText().equals("facebook-reach-40-percent")
                  || g.get("goal").asText().equals("double-linkedin-followers")) {
                assertThat(g.has("outlook")).isFalse();
              }
            });
  }

  private static void tableShowsTheOutlook(String goal, double p) {
    Cli.Result table =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-06-15");
    String line =
        table.out().lines().filter(l -> l.startsWith(goal + " ")).findFirst().orElseThrow();
    assertThat(table.out()).contains("P(hit)").contains("80% at deadline");
    // P(hit) as a whole percent, then the 80% range as low..high
    assertThat(line).containsPattern(" " + Math.round(100 * p) + "% +[\\d,]+\\.\\.[\\d,]+$");
  }
}
