package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesASelfContainedPageWithAChartPerMeasuredGoal() throws Exception {
    Path html = dir.resolve("report.html");
    Cli.Result r =
        Cli.run(
            "report",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            "2026-08-20",
            "--html",
            html.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + html + ": 20 goals as of 2026-08-20\n");
    String page = Files.readString(html, StandardCharsets.UTF_8);

    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(page).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "url(");
    assertThat(page).contains("Double LinkedIn followers within six months");
    // quotes in a statement are escaped
    assertThat(page).contains("the &quot;Back to school&quot; campaign");
    assertThat(count(page, "<section class=\"goal\" id=")).isEqualTo(20);

    String linkedin = section(page, "double-linkedin-followers");
    assertThat(linkedin).contains("<svg", "class=\"actual\"", "class=\"pace\"", "class=\"target\"");
    // the actual line has a point per day from the first observation (2026-01-01) to the deadline
    assertThat(count(polyline(linkedin), ",")).isEqualTo(181);

    String leads = section(page, "back-to-school-leads-facebook");
    assertThat(leads).contains("class=\"forecast\"", "class=\"asof\"", "as of 2026-08-20");
    // cumulative leads from 5 to 20 August: 16 points
    assertThat(count(polyline(leads), ",")).isEqualTo(16);
    assertThat(leads).contains("SMART findings");

    // measured by its check-ins, past its deadline: a chart, its final value and that it was met
    String campfire = section(page, "influencer-relations");
    assertThat(campfire).contains("<svg", "final value", "target met", ">met<");
    assertThat(section(page, "expand-segment")).contains("No chart: the goal names no metric");
    assertThat(page).contains("Roll-up of the hierarchy");
    assertThat(page).contains("<strong>Tactics</strong>");
    // the Campfire tactics were due early in 2026 and are done: marked so, not past due
    assertThat(page).contains("done 2026-01-14</span>").doesNotContain("past due</span>");
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

  private static String section(String page, String id) {
    int start = page.indexOf("<section class=\"goal\" id=\"" + id + "\">");
    assertThat(start).as("section %s", id).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static String polyline(String section) {
    Matcher m = Pattern.compile("<polyline class=\"actual\" points=\"([^\"]*)\"").matcher(section);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }
}
