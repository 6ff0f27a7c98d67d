package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's KPI trend charts, best days and content table. The expected values are ratios of
 * sums worked out here from the rows of a small file: click-through rate is clicks / impressions of
 * the rows in a month (or on a weekday, or of a content type) of the last complete month, March.
 */
class ReportKpiTrendsTest {
  @TempDir Path dir;

  private static final String METRICS =
      """
      platform[dimension],content[dimension],date,clicks,impressions
      facebook,video,2026-01-05,10,100
      facebook,,2026-01-06,20,300
      instagram,video,2026-01-05,3,100
      facebook,video,2026-02-02,0,0
      instagram,,2026-02-03,4,50
      facebook,video,2026-03-02,5,50
      facebook,,2026-03-03,1,40
      instagram,video,2026-03-04,9,60
      """;

  private String report() throws Exception {
    Path metrics = Files.writeString(dir.resolve("m.csv"), METRICS, StandardCharsets.UTF_8);
    Path goal = KpiGoalsFixture.goal(dir, "more-clicks", "clicks", "10", "100");
    Path html = dir.resolve("r.html");
    Cli.Result r =
        Cli.run(
            "report",
            goal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-31",
            "--kpi",
            "ctr",
            "--html",
            html.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  private static String percent(double numerator, double denominator) {
    return String.format(Locale.ROOT, "%.2f%%", numerator / denominator * 100);
  }

  @Test
  void sectionsComeInTheOrderAManagerReads() throws Exception {
    String page = report();
    int[] at = {
      page.indexOf("id=\"summary\""),
      page.indexOf("id=\"hierarchy\""),
      page.indexOf("id=\"kpis\""),
      page.indexOf("<caption>2026-03 against 2026-02"),
      page.indexOf("id=\"kpi-trends\""),
      page.indexOf("id=\"trend-ctr\""),
      page.indexOf("id=\"best-days\""),
      page.indexOf("id=\"by-content\""),
      page.indexOf("<section id=\"goals\"")
    };
    assertThat(at[0]).isNotNegative();
    for (int i = 1; i < at.length; i++) {
      assertThat(at[i]).as("section %d after %d", i, i - 1).isGreaterThan(at[i - 1]);
    }
    // the file has no campaign column, so there is no campaign table
    assertThat(page).doesNotContain("id=\"by-campaign\"");
  }

  @Test
  void theTrendChartHasAPointPerDefinedMonthWithItsRatioOfSums() throws Exception {
    String page = report();
    String chart = page.substring(page.indexOf("<svg class=\"trend\""));
    chart = chart.substring(0, chart.indexOf("</svg>"));
    // facebook has 5 rows, instagram 3: facebook is the first line (s0)
    assertThat(chart)
        .contains("<title>facebook 2026-01: " + percent(10 + 20, 100 + 300) + "</title>")
        .contains("<title>facebook 2026-03: " + percent(5 + 1, 50 + 40) + "</title>")
        .contains("<title>instagram 2026-01: " + percent(3, 100) + "</title>")
        .contains("<title>instagram 2026-02: " + percent(4, 50) + "</title>")
        .contains("<title>instagram 2026-03: " + percent(9, 60) + "</title>");
    assertThat(count(chart, "<circle class=\"point s0\"")).isEqualTo(2);
    assertThat(count(chart, "<circle class=\"point s1\"")).isEqualTo(3);
    assertThat(chart).contains("<desc id=\"trend-ctr-desc\">ctr per month from 2026-01 to 2026-03");
  }

  @Test
  void anUndefinedMonthIsAGapNotAZero() throws Exception {
    String page = report();
    String chart = page.substring(page.indexOf("<svg class=\"trend\""));
    chart = chart.substring(0, chart.indexOf("</svg>"));
    // facebook's February has no impressions: no point, and January and March are not joined
    assertThat(chart).doesNotContain("facebook 2026-02");
    assertThat(count(chart, "class=\"series s0\"")).isZero();
    // instagram's three months are one line of three points
    Matcher m = Pattern.compile("class=\"series s1\" points=\"([^\"]*)\"").matcher(chart);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1).trim().split(" ")).hasSize(3);
    assertThat(m.find()).isFalse();
    // the y values of facebook's points: the lower rate (March) lies lower, at a larger y
    assertThat(y(chart, "facebook 2026-03")).isGreaterThan(y(chart, "facebook 2026-01"));
  }

  @Test
  void bestDaysAreOrderedByTheirRatioOfSumsInTheLastCompleteMonth() throws Exception {
    String page = report();
    String table =
        page.substring(page.indexOf("id=\"best-days\""), page.indexOf("id=\"by-content\""));
    // March: Monday 5/50, Tuesday 1/40, Wednesday 9/60
    double monday = 5.0 / 50;
    double tuesday = 1.0 / 40;
    double wednesday = 9.0 / 60;
    assertThat(wednesday).isGreaterThan(monday);
    assertThat(monday).isGreaterThan(tuesday);
    int wed = table.indexOf("<th scope=\"row\">Wednesday</th><td class=\"n\">" + percent(9, 60));
    int mon = table.indexOf("<th scope=\"row\">Monday</th><td class=\"n\">" + percent(5, 50));
    int tue = table.indexOf("<th scope=\"row\">Tuesday</th><td class=\"n\">" + percent(1, 40));
    assertThat(wed).isNotNegative();
    assertThat(mon).isGreaterThan(wed);
    assertThat(tue).isGreaterThan(mon);
    assertThat(table).doesNotContain("Thursday").contains("2026-03, the last complete month");
  }

  @Test
  void contentTypesOfTheLastCompleteMonthWithEmptyAsNone() throws Exception {
    String page = report();
    String table =
        page.substring(
            page.indexOf("id=\"by-content\""),
            page.indexOf("</section>", page.indexOf("id=\"by-content\"")));
    int video =
        table.indexOf("<th scope=\"row\">video</th><td class=\"n\">" + percent(5 + 9, 50 + 60));
    int none = table.indexOf("<th scope=\"row\">(none)</th><td class=\"n\">" + percent(1, 40));
    assertThat(video).isNotNegative();
    assertThat(none).isGreaterThan(video);
  }

  @Test
  void theSixLargestGroupsAreDrawnAndTheOthersCounted() throws Exception {
    // platform p1 to p8 with 1 to 8 rows in March; z has rows but never an impression
    StringBuilder csv = new StringBuilder("platform[dimension],date,clicks,impressions\n");
    for (int p = 1; p <= 8; p++) {
      for (int day = 1; day <= p; day++) {
        csv.append("p")
            .append(p)
            .append(",2026-03-")
            .append(String.format(Locale.ROOT, "%02d", day));
        csv.append(",1,10\n");
      }
    }
    csv.append("z,2026-03-01,0,0\nz,2026-03-02,0,0\nz,2026-03-03,0,0\n");
    Path metrics = Files.writeString(dir.resolve("m.csv"), csv, StandardCharsets.UTF_8);
    Path goal = KpiGoalsFixture.goal(dir, "more-clicks", "clicks", "10", "100");
    Path html = dir.resolve("r.html");
    Cli.Result r =
        Cli.run(
            "report",
            goal.toString(),
            "--metrics",
            metrics.toString(),
            "--as-of",
            "2026-03-31",
            "--kpi",
            "ctr",
            "--html",
            html.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    String legend = page.substring(page.indexOf("<figcaption class=\"legend\">ctr per month"));
    legend = legend.substring(0, legend.indexOf("</figcaption>"));
    assertThat(legend)
        .contains(
            "<span><i class=\"s0\"></i>p8</span><span><i class=\"s1\"></i>p7</span>"
                + "<span><i class=\"s2\"></i>p6</span><span><i class=\"s3\"></i>p5</span>"
                + "<span><i class=\"s4\"></i>p4</span><span><i class=\"s5\"></i>p3</span>"
                + "<span>2 smaller groups not drawn</span><span>1 group without a value</span>")
        .doesNotContain(">p2<")
        .doesNotContain(">z<");
    assertThat(page).contains("<title>p3 2026-03: " + percent(3, 30) + "</title>");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static double y(String chart, String title) {
    Matcher m =
        Pattern.compile("cy=\"([0-9.]+)\" r=\"3\"><title>" + Pattern.quote(title)).matcher(chart);
    assertThat(m.find()).as(title).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
