package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code progress} shows OKR grades and GRL satisfaction, and rolls up by {@code --rollup}. */
class ProgressScoresTest {

  private static Cli.Result progress(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "progress",
                Cli.GOALS.toString(),
                "--metrics",
                Cli.METRICS.toString(),
                "--as-of",
                "2026-08-20"));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("--format", "json"));
    Cli.Result r = progress(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static double clamp(double progress) {
    return Math.max(0, Math.min(1, progress));
  }

  @Test
  void everyGoalWithProgressHasItsOkrGradeAndGrlSatisfactionAgainstTheExpectedPace()
      throws Exception {
    int graded = 0;
    int satisfied = 0;
    for (JsonNode g : json().get("goals")) {
      JsonNode progress = g.get("progress");
      if (progress == null || progress.isNull()) {
        assertThat(g.path("okrGrade").isNull() || g.path("okrGrade").isMissingNode()).isTrue();
        continue;
      }
      double p = progress.asDouble();
      assertThat(g.get("okrGrade").asDouble())
          .as(g.get("goal").asText())
          .isCloseTo(clamp(p), within(1e-12));
      graded++;
      double e = g.get("expectedProgress").asDouble();
      if (e <= 0 || e >= 1) {
        assertThat(g.get("grlSatisfaction").isNull()).as(g.get("goal").asText()).isTrue();
        continue;
      }
      // Z.151 with target = progress 1, threshold = the expected progress, worst = progress 0
      double grl =
          p >= e ? Math.min(100, 100 * (p - e) / (1 - e)) : Math.max(-100, -100 * (e - p) / e);
      assertThat(g.get("grlSatisfaction").asDouble())
          .as(g.get("goal").asText())
          .isCloseTo(grl, within(1e-9));
      satisfied++;
    }
    assertThat(graded).isEqualTo(16);
    assertThat(satisfied).isEqualTo(11);
  }

  @Test
  void theTableShowsTheGradeAndTheSatisfaction() {
    Cli.Result r = progress();
    assertThat(r.status()).as(r.err()).isZero();
    // instagram-followers-20-percent: progress 56.79% where 54.95% was expected
    String line =
        r.out()
            .lines()
            .filter(l -> l.startsWith("instagram-followers-20-percent"))
            .findFirst()
            .orElseThrow();
    assertThat(line).contains("56.79%    54.95%  0.6   +4  ");
    assertThat(r.out()).contains("  OKR  GRL  ");
  }

  @Test
  void andRollsUpToTheWeakestCountedSubGoalAndOrToTheStrongest() throws Exception {
    Map<String, Double> progress = new HashMap<>();
    for (JsonNode g : json().get("goals")) {
      if (g.hasNonNull("progress")) {
        progress.put(g.get("goal").asText(), clamp(g.get("progress").asDouble()));
      }
    }
    for (String method : new String[] {"and", "or"}) {
      JsonNode rollups = json("--rollup", method).get("rollups");
      assertThat(rollups).hasSize(3);
      for (JsonNode r : rollups) {
        assertThat(r.get("method").asText())
            .isEqualTo(method.equals("and") ? "and_minimum" : "or_maximum");
        String best = null;
        for (JsonNode c : r.get("counted")) {
          String id = c.asText();
          if (best == null
              || (method.equals("and")
                  ? progress.get(id) < progress.get(best)
                  : progress.get(id) > progress.get(best))) {
            best = id;
          }
        }
        assertThat(r.get("decidedBy").asText()).isEqualTo(best);
        assertThat(r.get("progress").asDouble()).isCloseTo(progress.get(best), within(1e-12));
        assertThat(r.get("okrGrade").asDouble()).isCloseTo(progress.get(best), within(1e-12));
      }
    }
    Cli.Result table = progress("--rollup", "and");
    assertThat(table.out())
        .contains("Roll-up of sub-goals (AND: the weakest):")
        .contains("objective       progress  OKR  decided by ");
  }

  @Test
  void anUnknownRollupMethodNamesTheOptionAndTheAllowedValues() {
    Cli.Result r = progress("--rollup", "xor");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "northstar progress: --rollup: 'xor' is no roll-up method; allowed: weighted, and, or\n");
  }
}
