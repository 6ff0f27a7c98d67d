package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.smart.NorthstarSmartModule;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.Severity;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  /** The reports the library gives for every example goal, computed without the command line. */
  private static List<SmartReport> expectedReports() throws Exception {
    List<Goal> goals = new ArrayList<>();
    List<dev.northstar.core.tactic.Tactic> tactics = new ArrayList<>();
    try (var files = Files.list(Cli.GOALS)) {
      for (Path file : files.sorted().toList()) {
        if (file.getFileName().toString().equals("campfire-hierarchy.json")) {
          GoalHierarchy h = NorthstarJson.readHierarchy(file);
          goals.addAll(h.goals());
          tactics.addAll(h.tactics());
        } else {
          goals.addAll(NorthstarJson.readGoals(file));
        }
      }
    }
    GoalHierarchy all = GoalHierarchy.of(goals, tactics);
    return SmartValidator.create()
        .validateAll(
            all.goals(),
            // the registry the command line loads: core's metrics, the KPI catalogue and plugins
            RuleContext.builder(AS_OF).hierarchy(all).registry(MetricRegistry.load()).build());
  }

  @Test
  void printsEveryReportAndExitsWithOneOnErrorFindings() throws Exception {
    List<SmartReport> expected = expectedReports();
    Cli.Result r = Cli.run("check", Cli.GOALS.toString(), "--as-of", AS_OF.toString());
    long withErrors =
        expected.stream()
            .filter(x -> x.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR))
            .count();
    assertThat(withErrors).isPositive();
    assertThat(r.status()).isEqualTo(1);
    for (SmartReport report : expected) {
      assertThat(r.out()).contains(report.toString());
    }
    assertThat(r.out())
        .contains(
            expected.size() + " goals checked as of 2026-01-01: " + withErrors + " with errors");
  }

  @Test
  void aGoalWithoutErrorFindingsExitsWithZero() throws Exception {
    Path file = Cli.GOALS.resolve("double-linkedin-followers.json");
    Goal goal = NorthstarJson.readGoals(file).get(0);
    SmartReport report =
        SmartValidator.create()
            .validate(
                goal,
                RuleContext.builder(AS_OF).hierarchy(GoalHierarchy.of(List.of(goal))).build());
    boolean errors = report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    Cli.Result r = Cli.run("check", file.toString(), "--as-of", AS_OF.toString());
    assertThat(r.status()).isEqualTo(errors ? 1 : 0);
    assertThat(r.out()).startsWith(report.toString());
  }

  @Test
  void jsonAndCsvCarryEveryFinding() throws Exception {
    List<SmartReport> expected = expectedReports();
    Cli.Result json =
        Cli.run("check", Cli.GOALS.toString(), "--as-of", "2026-01-01", "--format", "json");
    JsonNode array = NorthstarJson.mapper().readTree(json.out());
    assertThat(array.size()).isEqualTo(expected.size());
    assertThat(json.out())
        .isEqualTo(
            NorthstarJson.builder()
                    .addModule(new NorthstarSmartModule())
                    .build()
                    .writeValueAsString(expected)
                + "\n");

    Cli.Result csv =
        Cli.run("check", Cli.GOALS.toString(), "--as-of", "2026-01-01", "--format", "csv");
    List<List<String>> rows = new ArrayList<>();
    try (var it =
        new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class)
            .<List<String>>readValues(csv.out())) {
      it.forEachRemaining(rows::add);
    }
    int findings = expected.stream().mapToInt(x -> x.findings().size()).sum();
    assertThat(rows).hasSize(1 + findings);
    assertThat(rows.get(0))
        .containsExactly(
            "goal", "verdict", "criterion", "severity", "rule", "message", "suggestion");
    assertThat(csv.status()).isEqualTo(1);
  }

  @Test
  void metricHistoryFeedsTheGrowthRules() {
    Path file = Cli.GOALS.resolve("double-linkedin-followers.json");
    Cli.Result without = Cli.run("check", file.toString(), "--as-of", "2026-08-20");
    Cli.Result with =
        Cli.run(
            "check", file.toString(), "--as-of", "2026-08-20", "--metrics", Cli.METRICS.toString());
    assertThat(without.out()).contains("cannot be judged");
    assertThat(with.out()).doesNotContain("cannot be judged").contains("median month");
  }
}
