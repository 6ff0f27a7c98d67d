package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's default KPIs (err, ctr, cpc) that the data cannot give are left out of its KPI
 * section, each with the reason, and the report is still written; a KPI asked for by {@code --kpi}
 * that the data cannot give is an error naming what is missing.
 */
class ReportDefaultKpisTest {
  @TempDir Path dir;

  /**
   * Likes and reach only: no shares for err, no clicks or impressions for ctr, no spend for cpc.
   */
  private Path metricsWithoutSharesClicksOrSpend() throws Exception {
    return Files.writeString(
        dir.resolve("metrics.csv"),
        """
        platform[dimension],date,likes,comments,reach
        facebook,2026-03-01,10,2,100
        facebook,2026-03-02,20,1,300
        """,
        StandardCharsets.UTF_8);
  }

  @Test
  void defaultKpisTheDataCannotGiveAreLeftOutWithTheirReason() throws Exception {
    Path metrics = metricsWithoutSharesClicksOrSpend();
    Path goal = KpiGoalsFixture.goal(dir, "more-likes", "likes", "10", "100");
    Path html = dir.resolve("r.html");

    Cli.Result r =
        Cli.run(
            "report",
            goal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-04-02",
            "--html",
            html.toString());

    assertThat(r.status()).as(r.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Left out, the data cannot give it: err: numerator of KPI &#39;err&#39; needs")
        .contains("Left out, the data cannot give it: ctr: ")
        .contains("Left out, the data cannot give it: cpc: ")
        .doesNotContain("<caption>2026-03 against");
  }

  @Test
  void aKpiAskedForThatTheDataCannotGiveIsAnError() throws Exception {
    Path metrics = metricsWithoutSharesClicksOrSpend();
    Path goal = KpiGoalsFixture.goal(dir, "more-likes", "likes", "10", "100");

    Cli.Result r =
        Cli.run(
            "report",
            goal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-04-02",
            "--kpi",
            "err",
            "--html",
            dir.resolve("r.html").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("numerator of KPI 'err' needs 'shares'");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void aKpiTheDataCanGiveIsShownBesideTheLeftOutOnes() throws Exception {
    Path metrics = metricsWithoutSharesClicksOrSpend();
    Path goal = KpiGoalsFixture.goal(dir, "more-likes", "likes", "10", "100");
    Path html = dir.resolve("r.html");

    Cli.Result r =
        Cli.run(
            "report",
            goal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-04-02",
            "--kpi",
            "lpr = likes / reach",
            "--html",
            html.toString());

    assertThat(r.status()).as(r.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    // March: (10 + 20) / (100 + 300) = 7.5%
    assertThat(page).doesNotContain("Left out").contains("lpr 2026-03");
    assertThat(page).contains("<th scope=\"row\">facebook</th><td class=\"n\">7.50%</td>");
  }
}
