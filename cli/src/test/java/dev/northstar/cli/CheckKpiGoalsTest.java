package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} knows the KPIs that {@code progress} and {@code report} measure: a goal naming an
 * ad-hoc KPI ({@code --kpi}, {@code --kpis-file}, a hierarchy file's {@code "kpis"}) or a plugin
 * KPI finds it as a rate metric, so the SMART rules do not call it unknown.
 */
class CheckKpiGoalsTest {

  private static final String UNKNOWN =
      "  - WARNING M measurable.availability: the metric weighted_engagement is not in the metric"
          + " registry, so its unit and platforms cannot be checked -> register a definition of"
          + " weighted_engagement, or use a known metric";
  // measured as a rate, the goal has a history of 1 to 3 March, too short for a forecast
  private static final String MEASURED =
      "  - INFO A achievable.forecast: not judged by a forecast: the history has 3 consecutive"
          + " days up to 2026-03-03; a forecast needs at least 21";
  private static final String SUMMARY =
      "1 goals checked as of 2026-03-03: 0 with errors, 1 with warnings only, 0 without either";
  private static final String DEFINITION = "weighted_engagement = (likes + 2 * comments) / reach";

  @TempDir static Path dir;
  private static Path metrics;
  private static Path goal;

  @BeforeAll
  static void writeTheMetricsAndTheGoal() throws Exception {
    metrics = KpiGoalsFixture.metrics(dir);
    goal = KpiGoalsFixture.goal(dir, "engage-more", "weighted_engagement", "0.1", "0.3");
  }

  private static Cli.Result check(Path goals, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "check";
    args[1] = goals.toString();
    args[2] = "--metrics";
    args[3] = metrics.toString();
    args[4] = "--as-of=2026-03-03";
    System.arraycopy(more, 0, args, 5, more.length);
    return Cli.run(args);
  }

  @Test
  void withoutItsDefinitionTheKpiIsUnknown() {
    Cli.Result r = check(goal);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            UNKNOWN,
            "  M measurable  partly met",
            "  - INFO A achievable.forecast: not judged by a forecast: it needs a target value, a"
                + " deadline and a history of the metric",
            SUMMARY)
        .doesNotContain(MEASURED);
  }

  @Test
  void anAdHocKpiOfTheKpiOptionIsARateMetric() {
    Cli.Result r = check(goal, "--kpi", DEFINITION);
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("  M measurable  met", MEASURED, SUMMARY)
        .doesNotContain("not in the metric registry");
  }

  @Test
  void anAdHocKpiOfAKpisFileIsARateMetric() throws Exception {
    Path kpis = Files.writeString(dir.resolve("kpis.txt"), DEFINITION + "");
    Cli.Result r = check(goal, "--kpis-file", kpis.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(MEASURED, SUMMARY).doesNotContain("not in the metric registry");
  }

  @Test
  void anAdHocKpiOfAHierarchyFileIsARateMetric() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("hierarchy.json"),
            "{\"kpis\": [\""
                + DEFINITION
                + "\"], \"goals\": ["
                + Files.readString(goal, StandardCharsets.UTF_8)
                + "]}",
            StandardCharsets.UTF_8);
    Cli.Result r = check(file);
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(MEASURED, SUMMARY).doesNotContain("not in the metric registry");
  }

  @Test
  void aBadKpiOptionIsBadInput() {
    Cli.Result r = check(goal, "--kpi", "likes / reach");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "--kpi: expected a definition 'id = numerator / denominator', but was 'likes /"
                + " reach'");
  }

  @Test
  void anAdHocKpiWithTheIdOfAMetricIsRefused() {
    // 'reach' is a metric: a goal naming it would be measured by one of the two without a word
    Cli.Result r = check(goal, "--kpi", "reach = likes / comments");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "KPI 'reach' of --kpi has the id of the metric 'reach' (Reach); goals naming it would"
                + " be ambiguous, so give the KPI another id");
  }

  @Test
  void aKpiOfAPluginWithoutMetricDefinitionsIsARateMetric() throws Exception {
    Path plugins =
        ExamplePlugin.buildInto(Files.createDirectories(dir.resolve("kpis-only")), false);
    Path codes =
        KpiGoalsFixture.goal(dir, "redeem-more-codes", "acme.code_redemption_rate", "1", "2");
    String unknown = "the metric acme.code_redemption_rate is not in the metric registry";

    Cli.Result without = check(codes);
    Cli.Result with = check(codes, "--plugin-path", plugins.toString());

    assertThat(without.out()).contains(unknown);
    assertThat(with.status()).as(with.out() + with.err()).isZero();
    // the plugin's definition, a ratio, is what the target rule reads
    assertThat(with.out())
        .contains(
            "  - WARNING M measurable.target: Code redemption rate is a ratio (0.05 means 5%), but"
                + " the target names 2, which looks like a percent -> write the target as a"
                + " fraction, such as 0.02",
            "  - INFO A achievable.forecast: not judged by a forecast: the history has 3"
                + " consecutive days up to 2026-03-03; a forecast needs at least 21")
        .doesNotContain("not in the metric registry");
  }
}
