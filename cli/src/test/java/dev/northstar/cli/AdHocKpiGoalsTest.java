package dev.northstar.cli;

import static dev.northstar.cli.KpiGoalsFixture.json;
import static dev.northstar.cli.KpiGoalsFixture.progress;
import static dev.northstar.cli.KpiGoalsFixture.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goals whose metric is an ad-hoc KPI of {@code --kpis-file}, {@code --kpi} or a hierarchy file's
 * {@code "kpis"}, measured by {@code progress} and {@code report} as the ratio of the window's sums
 * of the KPI's numerator and denominator.
 */
class AdHocKpiGoalsTest {

  @TempDir static Path dir;
  private static Path metrics;
  private static Path engagementGoal;

  @BeforeAll
  static void writeTheMetricsAndTheGoal() throws Exception {
    metrics = KpiGoalsFixture.metrics(dir);
    engagementGoal = KpiGoalsFixture.goal(dir, "engage-more", "weighted_engagement", "0.1", "0.3");
  }

  // Facebook, 1 to 3 March: (likes + 2 comments) / reach.
  private static final BigDecimal WEIGHTED = ratio(10 + 20 + 5 + 2 * (2 + 1 + 4), 100 + 300 + 100);

  @Test
  void anAdHocKpiOfAKpisFileRunsThroughProgressAndReport() throws Exception {
    Path kpis = dir.resolve("kpis.txt");
    Files.writeString(
        kpis,
        """
        # likes and comments, a comment counting twice
        weighted_engagement = (likes + 2 * comments) / reach
        """,
        StandardCharsets.UTF_8);

    JsonNode progress =
        json(Cli.run(
                "progress",
                engagementGoal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-03",
                "--kpis-file",
                kpis.toString(),
                "--format",
                "json"))
            .get("goals")
            .get(0);
    assertThat(progress.has("noData")).as(progress.toString()).isFalse();
    assertThat(progress.get("current").decimalValue()).isEqualByComparingTo(WEIGHTED);
    assertThat(progress.get("progress").decimalValue())
        .isEqualByComparingTo(progress(WEIGHTED, "0.1", "0.3"));

    Path html = dir.resolve("engagement.html");
    Cli.Result report =
        Cli.run(
            "report",
            engagementGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-03",
            "--kpis-file",
            kpis.toString(),
            "--kpi",
            "weighted_engagement",
            "--html",
            html.toString());
    assertThat(report.status()).as(report.err()).isZero();
    // 49 / 500 = 9.80%; --kpi names the file's KPI for the KPI section too (the default err
    // needs shares, which the metrics lack)
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("9.80%", "<svg", "id=\"kpis\"");
  }

  @Test
  void anAdHocKpiOfTheKpiOptionIsMeasuredToo() throws Exception {
    JsonNode progress =
        json(Cli.run(
                "progress",
                engagementGoal.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-02",
                "--kpi",
                "weighted_engagement = (likes + 2 * comments) / reach",
                "--format",
                "json"))
            .get("goals")
            .get(0);
    // 1 and 2 March only: (10 + 20 + 2 * (2 + 1)) / (100 + 300)
    assertThat(progress.get("current").decimalValue())
        .isEqualByComparingTo(ratio(10 + 20 + 2 * (2 + 1), 100 + 300));
  }

  @Test
  void aKpiOptionWithoutAnIdIsBadInput() {
    Cli.Result r =
        Cli.run(
            "progress",
            engagementGoal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-02",
            "--kpi",
            "likes / reach");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "--kpi: expected a definition 'id = numerator / denominator', but was 'likes /"
                + " reach'");
  }

  @Test
  void aHierarchyFileDefinesTheKpisOfItsGoals() throws Exception {
    Path file = dir.resolve("hierarchy.json");
    Files.writeString(
        file,
        "{\"kpis\": [\"weighted_engagement = (likes + 2 * comments) / reach\"], \"goals\": ["
            + Files.readString(engagementGoal)
            + "]}",
        StandardCharsets.UTF_8);

    JsonNode progress =
        json(Cli.run(
                "progress",
                file.toString(),
                "--metrics",
                metrics.toString(),
                "--as-of",
                "2026-03-03",
                "--format",
                "json"))
            .get("goals")
            .get(0);
    assertThat(progress.get("current").decimalValue()).isEqualByComparingTo(WEIGHTED);
  }

  @Test
  void aBadKpiOfAHierarchyFileNamesTheFileAndTheJsonPath() throws Exception {
    Path file = dir.resolve("bad-kpis.json");
    String goals = "\"goals\": [" + Files.readString(engagementGoal) + "]";
    Files.writeString(file, "{\"kpis\": [\"likes / reach\"], " + goals + "}");
    Cli.Result noId =
        Cli.run(
            "progress", file.toString(), "--metrics", metrics.toString(), "--as-of", "2026-03-03");
    assertThat(noId.status()).isEqualTo(2);
    assertThat(noId.err())
        .contains(
            file
                + ": $.kpis[0]: expected a definition 'id = numerator / denominator', but was"
                + " 'likes / reach'");

    Files.writeString(file, "{\"kpis\": [\"x = likes / reach\", 3], " + goals + "}");
    Cli.Result notText =
        Cli.run(
            "progress", file.toString(), "--metrics", metrics.toString(), "--as-of", "2026-03-03");
    assertThat(notText.status()).isEqualTo(2);
    assertThat(notText.err())
        .contains(
            file
                + ": $.kpis[1]: expected a KPI definition such as \"tir = total_interactions /"
                + " reach\"");

    Files.writeString(file, "{\"kpis\": \"x = likes / reach\", " + goals + "}");
    Cli.Result notArray =
        Cli.run(
            "progress", file.toString(), "--metrics", metrics.toString(), "--as-of", "2026-03-03");
    assertThat(notArray.status()).isEqualTo(2);
    assertThat(notArray.err()).contains(file + ": $.kpis: expected an array of KPI definitions");
  }
}
