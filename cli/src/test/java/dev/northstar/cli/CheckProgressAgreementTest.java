package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} (the rule {@code achievable.forecast}) and {@code progress} (the outlook) forecast
 * the same thing, what the goal measures, so they give the same P(hit) for the same goal and data:
 * a flow's running total from its start, and a stock's level.
 */
class CheckProgressAgreementTest {

  /** The outlook's probability of each goal of a file, as {@code progress --format json} gives. */
  private static List<Double> progressProbabilities(String file, String asOf) throws Exception {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.resolve(file).toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            asOf,
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    List<Double> out = new ArrayList<>();
    for (JsonNode g : NorthstarJson.mapper().readTree(r.out()).get("goals")) {
      assertThat(g.has("outlook")).as(g.toString()).isTrue();
      out.add(g.get("outlook").get("probability").asDouble());
    }
    return out;
  }

  /** The message of {@code achievable.forecast} for each goal of a file. */
  private static List<String> checkMessages(String file, String asOf) throws Exception {
    Cli.Result r =
        Cli.run(
            "check",
            Cli.GOALS.resolve(file).toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            asOf,
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isBetween(0, 1);
    List<String> out = new ArrayList<>();
    for (JsonNode report : NorthstarJson.mapper().readTree(r.out())) {
      for (JsonNode f : report.get("findings")) {
        if (f.get("rule").asText().equals("achievable.forecast")) {
          out.add(f.get("message").asText());
        }
      }
    }
    return out;
  }

  private static String percent(double p) {
    return BigDecimal.valueOf(p * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  @Test
  void aFlowTotalHasTheSamePHitInCheckAndProgress() throws Exception {
    // 500 and 150 leads from 5 August; on 28 August, 24 days of the running total are known
    List<Double> p = progressProbabilities("back-to-school-leads.json", "2026-08-28");
    List<String> m = checkMessages("back-to-school-leads.json", "2026-08-28");
    assertThat(p).hasSize(2);
    assertThat(m).hasSize(2);
    assertThat(m.get(0))
        .startsWith("P(reaching 500 by 2026-09-01) = " + percent(p.get(0)) + " (")
        .contains(" fitted on 24 days)");
    assertThat(m.get(1))
        .startsWith("P(reaching 150 by 2026-09-01) = " + percent(p.get(1)) + " (")
        .contains(" fitted on 24 days)");
  }

  @Test
  void aStockHasTheSamePHitInCheckAndProgress() throws Exception {
    List<Double> p = progressProbabilities("double-linkedin-followers.json", "2026-06-15");
    List<String> m = checkMessages("double-linkedin-followers.json", "2026-06-15");
    assertThat(p).hasSize(1);
    assertThat(m).hasSize(1);
    assertThat(m.get(0)).contains(" by 2026-06-30) = " + percent(p.get(0)) + " (");
  }
}
