package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits with 2 and a message that says where; no output file is left behind. */
class BadInputTest {
  @TempDir Path dir;

  private void assertBadInput(Cli.Result r, String... located) {
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(located);
    assertThat(r.err()).doesNotContain("Exception in thread", "\tat ");
  }

  @Test
  void aMalformedCsvLineIsNamedByFileLineAndColumn() throws Exception {
    List<String> lines = Files.readAllLines(Cli.METRICS, StandardCharsets.UTF_8);
    lines.set(4, lines.get(4).replaceFirst(",2026-01-01,(\\d+),", ",2026-01-01,3x,"));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    assertBadInput(Cli.run("kpi", bad.toString()), "bad.csv", "line 5", "posts", "3x");
  }

  @Test
  void invalidJsonIsNamedByFileAndLine() throws Exception {
    Path bad = dir.resolve("goal.json");
    Files.writeString(bad, "{\n  \"id\": \"g\",\n  \"statement\": \"x\",\n  \"level\": \n");
    assertBadInput(Cli.run("check", bad.toString(), "--as-of", "2026-01-01"), "goal.json", "line");
  }

  @Test
  void anInvalidGoalValueIsNamedByItsJsonPath() throws Exception {
    Path bad = dir.resolve("goal.json");
    Files.writeString(
        bad,
        "{\"id\": \"g\", \"level\": \"social\", \"statement\": \"Grow\", \"metric\": \"followers\","
            + " \"target\": {\"kind\": \"increase_by_percent\", \"percent\": -15}}");
    assertBadInput(
        Cli.run("check", bad.toString(), "--as-of", "2026-01-01"),
        "goal.json",
        "target.percent",
        "-15");
  }

  @Test
  void anUnknownKpiListsTheKnownOnes() {
    assertBadInput(
        Cli.run("kpi", Cli.METRICS.toString(), "--kpi", "err,engagement_magic"),
        "unknown KPI 'engagement_magic'",
        "known: err,");
  }

  @Test
  void anUnreadablePathIsNamed() {
    Path missing = dir.resolve("nope.csv");
    assertBadInput(Cli.run("kpi", missing.toString()), missing + ": no such file");
    assertBadInput(
        Cli.run("check", dir.resolve("nope.json").toString(), "--as-of", "2026-01-01"),
        "nope.json: no such file");
  }

  @Test
  void unknownDimensionsBucketsDatesAndOptionsAreUsageErrors() {
    assertBadInput(
        Cli.run("kpi", Cli.METRICS.toString(), "--by", "country"),
        "--by: 'country' is no dimension column of " + Cli.METRICS,
        "no calendar field (day_of_week",
        "no time bucket (day, week");
    assertBadInput(
        Cli.run("kpi", Cli.METRICS.toString(), "--by", "month,year"), "two time buckets");
    assertBadInput(
        Cli.run("kpi", Cli.METRICS.toString(), "--method", "median"), "median", "ratio-of-sums");
    assertBadInput(
        Cli.run("kpi", Cli.METRICS.toString(), "--columns", "excel"), "excel", "uci-facebook");
    assertBadInput(Cli.run("parse", "Grow", "--as-of", "2026-13-01"), "2026-13-01");
    assertBadInput(Cli.run("kpi", "--frobnicate"), "--frobnicate");
    assertBadInput(Cli.run(), "missing sub-command");
    assertBadInput(Cli.run("progress", Cli.GOALS.toString(), "--as-of", "2026-08-20"), "--metrics");
  }

  @Test
  void aReportIntoAMissingFolderWritesNothing() {
    Path html = dir.resolve("no-such-folder/report.html");
    assertBadInput(
        Cli.run(
            "report",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-08-20",
            "--html",
            html.toString()),
        "report.html",
        "does not exist");
    assertThat(Files.exists(html.getParent())).isFalse();
  }

  @Test
  void countOptionsBelowOneAreRefusedWithOptionValueAndRange() {
    for (String option : new String[] {"--top", "--bottom"}) {
      for (String value : new String[] {"-1", "0", "-2147483648"}) {
        assertBadInput(
            Cli.run("kpi", Cli.METRICS.toString(), "--by", "platform", option, value),
            option + " " + value + ": must be a whole number from 1 to 2147483647");
      }
    }
    assertBadInput(
        Cli.run("kpi", Cli.METRICS.toString(), "--by", "platform", "--top", "2", "--min-rows", "0"),
        "--min-rows 0: must be a whole number from 1 to 9223372036854775807");
    Cli.Result ok = Cli.run("kpi", Cli.METRICS.toString(), "--by", "platform", "--top", "1");
    assertThat(ok.status()).as(ok.err()).isZero();
  }
}
