package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesASelfContainedPageWithAChartPerMeasuredGoal() throws Exception {
    Path html = dir.resolve("report.html");
    String page = report(html);

    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(page).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "url(");
    assertThat(page).contains("Double LinkedIn followers within six months");
    // quotes in a statement are escaped
    assertThat(page).contains("the &quot;Back to school&quot; campaign");
    // 20 goals: 16 with a current value get a card, the 3 objectives without a metric and the
    // goal not started yet a line each
    assertThat(count(page, "<section class=\"goal\" id=")).isEqualTo(16);
    assertThat(count(page, "<li class=\"nodata-goal\" id=")).isEqualTo(4);
    assertThat(page)
        .contains(
            "<li class=\"nodata-goal\" id=\"expand-segment\">Expand into a new market segment"
                + " <span class=\"id\">expand-segment</span>: the goal names no metric");

    String linkedin = section(page, "double-linkedin-followers");
    assertThat(linkedin).contains("<svg", "class=\"actual\"", "class=\"pace\"", "class=\"target\"");
    // the actual line has a point per day from the first observation (2026-01-01) to the deadline
    assertThat(count(polyline(linkedin, "actual"), ",")).isEqualTo(181);
    // past its deadline: no forecast, so no band
    assertThat(linkedin).doesNotContain("class=\"forecast\"", "class=\"band80\"");

    String leads = section(page, "back-to-school-leads-facebook");
    assertThat(leads).contains("class=\"forecast\"", "class=\"asof\"", "as of 2026-08-20");
    // cumulative leads from 5 to 20 August: 16 points
    assertThat(count(polyline(leads, "actual"), ",")).isEqualTo(16);
    assertThat(leads).contains("SMART, judged as set on 2026-08-05");

    // measured by its check-ins, past its deadline: a chart, its final value and that it was met
    String campfire = section(page, "influencer-relations");
    assertThat(campfire).contains("<svg", "final value", "target met", ">met<");
    assertThat(page).contains("<strong>Tactics</strong>");
    // the Campfire tactics were due early in 2026 and are done: marked so, not past due
    assertThat(page).contains("done 2026-01-14</span>").doesNotContain("past due</span>");
    // tables have header cells; charts a title and a description
    assertThat(linkedin)
        .contains(
            "<tr><th scope=\"row\">target</th><td>2,400</td></tr>",
            "aria-labelledby=\"chart-double-linkedin-followers-title"
                + " chart-double-linkedin-followers-desc\"",
            "<desc id=\"chart-double-linkedin-followers-desc\">Chart of followers from 2026-01-01"
                + " to 2026-06-30: 181 values, the latest 2,294; target 2,400.</desc>");
    assertThat(page).contains("@media print{", "@page{size:A4;");
  }

  @Test
  void readsInTheOrderAManagerReadsIt() throws Exception {
    String page = report(dir.resolve("report.html"));
    int summary = page.indexOf("<section class=\"part\" id=\"summary\">");
    int hierarchy = page.indexOf("<section class=\"part\" id=\"hierarchy\">");
    int kpis = page.indexOf("<section class=\"part\" id=\"kpis\">");
    int goals = page.indexOf("<section id=\"goals\">");
    int withoutData = page.indexOf("<section class=\"part\" id=\"without-data\">");
    assertThat(summary).isPositive().isLessThan(hierarchy);
    assertThat(hierarchy).isLessThan(kpis);
    assertThat(kpis).isLessThan(goals);
    assertThat(goals).isLessThan(withoutData);
    // the goals by status, worst first: at risk before on track before achieved before missed
    int atRisk = page.indexOf("id=\"status-at_risk\">At risk (2)</h2>");
    int onTrack = page.indexOf("id=\"status-on_track\">On track (9)</h2>");
    int achieved = page.indexOf("id=\"status-achieved\">Achieved (2)</h2>");
    int missed = page.indexOf("id=\"status-missed\">Missed (3)</h2>");
    assertThat(goals).isLessThan(atRisk);
    assertThat(atRisk).isLessThan(onTrack);
    assertThat(onTrack).isLessThan(achieved);
    assertThat(achieved).isLessThan(missed);
    assertThat(page.indexOf("id=\"facebook-reach-40-percent\"")).isBetween(atRisk, onTrack);
  }

  @Test
  void theHierarchyIndentsEachGoalUnderItsParent() throws Exception {
    String hierarchy = section(report(dir.resolve("report.html")), "hierarchy");
    // expand-segment is a root; influencer-relations one of its sub-goals
    assertThat(hierarchy)
        .contains(
            "<tr><th scope=\"row\" style=\"padding-left:0.0em\"><a href=\"#expand-segment\">",
            "<tr><th scope=\"row\" style=\"padding-left:1.5em\"><a"
                + " href=\"#influencer-relations\">");
    assertThat(count(hierarchy, "<tr><th scope=\"row\"")).isEqualTo(20);
  }

  @Test
  void theSummaryCountsEqualThoseOfTheProgressJson() throws Exception {
    String page = report(dir.resolve("report.html"));
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
    Map<String, Integer> expected = new TreeMap<>();
    for (JsonNode goal : new ObjectMapper().readTree(r.out()).get("goals")) {
      String status = goal.has("status") ? goal.get("status").asText() : "not_measured";
      expected.merge(status, 1, Integer::sum);
    }
    Map<String, Integer> shown = new TreeMap<>();
    Matcher m =
        Pattern.compile("<li class=\"badge [a-z_]+\" data-status=\"([a-z_]+)\">(\\d+) ")
            .matcher(section(page, "summary"));
    while (m.find()) {
      shown.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
    // at risk: the two goals at risk, and the two on track whose forecast misses the target
    String attention = section(page, "summary");
    assertThat(count(attention, "<li><span class=\"badge")).isEqualTo(4);
    assertThat(attention)
        .contains(
            "<a href=\"#facebook-reach-40-percent\">",
            "facebook-reach-40-percent</span>: progress 56.45% where 64.52% was expected by now;"
                + " the forecast at the deadline, 1,116,194.94, misses the target 1,276,380");
  }

  @Test
  void theSummaryListsTheStatusChangesSinceAPeriodEarlier() throws Exception {
    String summary = section(report(dir.resolve("report.html")), "summary");
    assertThat(summary).contains("<h3>Changes since 2026-07-20</h3>");
    // the goals whose status in progress --format json differs between the two dates
    Map<String, String> then = statuses("2026-07-20");
    Map<String, String> now = statuses("2026-08-20");
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : now.entrySet()) {
      if (!e.getValue().equals(then.get(e.getKey()))) {
        changed.add(e.getKey());
      }
    }
    assertThat(changed).isNotEmpty();
    List<String> listed = new ArrayList<>();
    Matcher m = Pattern.compile("<li data-goal=\"([^\"]+)\">").matcher(summary);
    while (m.find()) {
      listed.add(m.group(1));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(changed);
  }

  private static Map<String, String> statuses(String asOf) throws Exception {
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            asOf,
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode goal : new ObjectMapper().readTree(r.out()).get("goals")) {
      statuses.put(
          goal.get("goal").asText(),
          goal.has("status") ? goal.get("status").asText() : "not_measured");
    }
    return statuses;
  }

  @Test
  void theForecastBandBracketsTheForecastUpToTheDeadline() throws Exception {
    String page = report(dir.resolve("report.html"));
    for (String id :
        new String[] {"instagram-followers-20-percent", "pre-holiday-blow-out-sales"}) {
      String card = section(page, id);
      double[][] line = points(polyline(card, "forecast"));
      Matcher m = Pattern.compile("<polygon class=\"band80\" points=\"([^\"]*)\">").matcher(card);
      assertThat(m.find()).as(id).isTrue();
      double[][] band = points(m.group(1));
      int days = band.length / 2;
      // the forecast starts at the latest value, then one point per day of the band
      assertThat(line.length).as(id).isEqualTo(days + 1);
      for (int i = 0; i < days; i++) {
        double[] upper = band[i];
        double[] lower = band[band.length - 1 - i];
        double[] forecast = line[i + 1];
        assertThat(upper[0]).isEqualTo(forecast[0]).isEqualTo(lower[0]);
        // SVG's y grows downwards: the upper bound is drawn above the forecast, the lower below
        assertThat(upper[1]).as("%s day %d", id, i).isLessThanOrEqualTo(forecast[1]);
        assertThat(lower[1]).as("%s day %d", id, i).isGreaterThanOrEqualTo(forecast[1]);
      }
      assertThat(card).contains("<title>80% prediction interval of the forecast</title>");
    }
  }

  @Test
  void aGoalIsJudgedBySmartAsOfTheDayItWasSet() throws Exception {
    String page = report(dir.resolve("report.html"));
    // set on 2026-01-01 with a deadline of 2026-03-31: by 2026-08-20 the deadline has passed, a
    // result shown as such, not a SMART finding
    String card = section(page, "million-instagram-followers");
    assertThat(card).contains("SMART, judged as set on 2026-01-01", "<td>not met</td>");
    assertThat(page).doesNotContain("already past");
  }

  @Test
  void theKpiSectionShowsTheLastCompletePeriodAgainstTheOneBefore() throws Exception {
    String kpis = section(report(dir.resolve("report.html")), "kpis");
    assertThat(kpis).contains("<caption>2026-07 against 2026-06 (the period before);");
    // Facebook's engagements are likes, comments and shares; the ratio of the sums over its rows
    BigDecimal july = err("facebook", "2026-07");
    BigDecimal june = err("facebook", "2026-06");
    BigDecimal change = july.divide(june, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
    assertThat(kpis)
        .contains(
            "<tr><th scope=\"row\">facebook</th><td class=\"n\">"
                + percent(july)
                + "</td><td class=\"n\">"
                + percent(june)
                + "</td><td class=\"n\">"
                + percent(change)
                + "</td>");
    // a row per platform with data in July, the rows without a platform as "(none)"
    java.util.Set<String> platforms = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(Cli.METRICS)) {
      String[] f = line.split(",", -1);
      if (f[4].startsWith("2026-07")) {
        platforms.add(f[0]);
      }
    }
    assertThat(platforms).contains("");
    // the first table; the best days and content tables after it have rows of their own
    String table = kpis.substring(0, kpis.indexOf("</table>"));
    assertThat(count(table, "<tr><th scope=\"row\">")).isEqualTo(platforms.size());
    assertThat(kpis).contains("<tr><th scope=\"row\">(none)</th>");
  }

  @Test
  void theKpiSectionTakesItsOptions() throws Exception {
    Path html = dir.resolve("report.html");
    String page =
        report(
            html,
            "--kpi",
            "ctr",
            "--by",
            "campaign",
            "--period",
            "quarter",
            "--compare",
            "previous",
            "--title",
            "Q2 <review>");
    assertThat(page).contains("<title>Q2 &lt;review&gt;</title>", "<h1>Q2 &lt;review&gt;</h1>");
    String kpis = section(page, "kpis");
    assertThat(kpis)
        .contains(
            "<caption>2026-Q2 against 2026-Q1", "<th scope=\"col\">campaign</th>", "ctr 2026-Q2")
        .doesNotContain("err ");
    assertThat(report(html, "--no-kpis")).doesNotContain("id=\"kpis\"");
  }

  @Test
  void aBadKpiOptionNamesTheOptionAndTheAllowedValues() {
    Path html = dir.resolve("report.html");
    Cli.Result r = run(html, "--compare", "lastyear");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("--compare: 'lastyear' is no earlier period; allowed: previous, year_ago");
    r = run(html, "--by", "country");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--by: 'country' is no dimension column of ");
    r = run(html, "--period", "fortnight");
    assertThat(r.err())
        .contains("--period: 'fortnight' is no period; allowed: day, week, month, quarter, year");
    assertThat(html).doesNotExist();
  }

  @Test
  void aFailedReportLeavesTheOldFileAsItWas() throws Exception {
    Path html = dir.resolve("report.html");
    Files.writeString(html, "old");
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "platform[dimension],date,reach\nfacebook,2026-01-01,ten\n");
    Cli.Result r =
        Cli.run(
            "report",
            Cli.GOALS.toString(),
            "--metrics",
            broken.toString(),
            "--as-of",
            "2026-08-20",
            "--html",
            html.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(html)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.html", "broken.csv");
    }
  }

  private String report(Path html, String... options) throws Exception {
    Cli.Result r = run(html, options);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + html + ": 20 goals as of 2026-08-20\n");
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  private static Cli.Result run(Path html, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                Cli.GOALS.toString(),
                "--metrics",
                Cli.METRICS.toString(),
                "--as-of",
                "2026-08-20",
                "--html",
                html.toString()));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Facebook's ERR in a month, summed from the metric file. */
  private static BigDecimal err(String platform, String month) throws Exception {
    List<String> lines = Files.readAllLines(Cli.METRICS);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int date = header.indexOf("date");
    int reach = header.indexOf("reach");
    int likes = header.indexOf("likes");
    int comments = header.indexOf("comments");
    int shares = header.indexOf("shares");
    long engagements = 0;
    long reached = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[0].equals(platform) && f[date].startsWith(month) && !f[reach].isEmpty()) {
        engagements +=
            Long.parseLong(f[likes]) + Long.parseLong(f[comments]) + Long.parseLong(f[shares]);
        reached += Long.parseLong(f[reach]);
      }
    }
    return BigDecimal.valueOf(engagements)
        .divide(BigDecimal.valueOf(reached), MathContext.DECIMAL64);
  }

  private static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    return p.toPlainString() + "%";
  }

  /** A section of the page by id: a goal card, or one of the report's parts. */
  private static String section(String page, String id) {
    int start = page.indexOf("<section class=\"goal\" id=\"" + id + "\">");
    if (start < 0) {
      start = page.indexOf("<section class=\"part\" id=\"" + id + "\">");
    }
    assertThat(start).as("section %s", id).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static String polyline(String section, String kind) {
    Matcher m =
        Pattern.compile("<polyline class=\"" + kind + "\" points=\"([^\"]*)\"").matcher(section);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static double[][] points(String text) {
    String[] pairs = text.trim().split("\\s+", -1);
    double[][] points = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",", -1);
      points[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
    return points;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
