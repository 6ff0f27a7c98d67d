package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressCommandTest {

  /**
   * The sum of a measure over the CSV's rows of a platform (and campaign) on a date, from raw
   * lines.
   */
  static BigDecimal rawSum(
      String platform, String campaign, String measure, String date, boolean upTo)
      throws Exception {
    List<String> lines = Files.readAllLines(Cli.METRICS, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int p = header.indexOf("platform[dimension]");
    int c = header.indexOf("campaign[dimension]");
    int d = header.indexOf("date");
    int m = header.indexOf(measure);
    BigDecimal sum = BigDecimal.ZERO;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      boolean dateOk = upTo ? f[d].compareTo(date) <= 0 : f[d].equals(date);
      if (f[p].equals(platform)
          && (campaign == null || f[c].equals(campaign))
          && dateOk
          && !f[m].isEmpty()) {
        sum = sum.add(new BigDecimal(f[m]));
      }
    }
    return sum;
  }

  @Test
  void measuresEveryGoalAgainstTheMetricsOfItsScope() throws Exception {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-08-20",
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode root = NorthstarJson.mapper().readTree(r.out());
    Map<String, JsonNode> byGoal = new HashMap<>();
    root.get("goals").forEach(g -> byGoal.put(g.get("goal").asText(), g));
    assertThat(byGoal).hasSize(20);

    // a level goal: LinkedIn followers on its deadline, 2026-06-30 (the date is after it)
    JsonNode linkedin = byGoal.get("double-linkedin-followers");
    assertThat(linkedin.get("current").decimalValue())
        .isEqualByComparingTo(rawSum("linkedin", null, "followers", "2026-06-30", false));
    assertThat(linkedin.get("target").decimalValue()).isEqualByComparingTo("2400");

    // a total in a campaign: leads of the Facebook "Back to school" rows so far
    JsonNode leads = byGoal.get("back-to-school-leads-facebook");
    assertThat(leads.get("current").decimalValue())
        .isEqualByComparingTo(rawSum("facebook", "Back to school", "leads", "2026-08-20", true));
    assertThat(leads.get("status").asText()).isIn("on_track", "at_risk", "off_track");
    assertThat(leads.get("forecast").get("projectedAtDeadline").decimalValue()).isPositive();

    // no metric: an objective measured by the roll-up of its sub-goals, never a zero
    JsonNode objective = byGoal.get("expand-segment");
    assertThat(objective.get("noData").asText())
        .isEqualTo("the goal names no metric; it is measured by the roll-up of its sub-goals");
    assertThat(objective.has("current")).isFalse();

    assertThat(root.get("rollups").findValuesAsText("objective"))
        .contains("expand-segment", "ship-features");
  }

  @Test
  void tableAndCsvListEveryGoal() {
    String[] args = {
      "progress", Cli.GOALS.toString(), "--metrics", Cli.METRICS.toString(), "--as-of", "2026-08-20"
    };
    Cli.Result table = Cli.run(args);
    assertThat(table.status()).isZero();
    assertThat(table.out())
        .startsWith("Progress as of 2026-08-20\n")
        .contains("double-linkedin-followers", "Roll-up");
    Cli.Result csv = Cli.run(KpiCommandTest.concat(args, "--format", "csv"));
    assertThat(csv.out().lines().count()).isEqualTo(1 + 20);
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .startsWith("goal,metric,status,current,target");
  }
}
