package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example goal's current value, target, progress and status as {@code northstar progress}
 * prints them as of 2026-08-20, against figures this test works out itself from the example CSV
 * with plain arithmetic: sums of columns over the goal's rows and dates.
 */
class ExampleGoalsProgressTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 8, 20);
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal TOLERANCE = new BigDecimal("1E-9");

  private static List<Map<String, String>> rows;
  private static Map<String, JsonNode> printed;
  private static JsonNode rollups;

  @BeforeAll
  static void read() throws IOException {
    List<String> lines = Files.readAllLines(Cli.METRICS);
    String[] header = lines.get(0).split(",", -1);
    rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i].replaceAll("\\[.*\\]", ""), cells[i]);
      }
      rows.add(row);
    }
    Cli.Result r =
        Cli.run(
            "progress",
            Cli.GOALS.toString(),
            "--metrics",
            Cli.METRICS.toString(),
            "--as-of",
            AS_OF.toString(),
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    printed = new HashMap<>();
    JsonNode root = new ObjectMapper().readTree(r.out());
    rollups = root.get("rollups");
    for (JsonNode g : root.get("goals")) {
      printed.put(g.get("goal").asText(), g);
    }
  }

  // ---- plain arithmetic over the CSV ----

  private static Predicate<Map<String, String>> is(String column, String value) {
    return row -> row.get(column).equals(value);
  }

  private static BigDecimal sum(
      String column, Predicate<Map<String, String>> which, String from, String to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map<String, String> row : rows) {
      String date = row.get("date");
      String cell = row.get(column);
      if (which.test(row)
          && date.compareTo(from) >= 0
          && date.compareTo(to) <= 0
          && !cell.isEmpty()) {
        sum = sum.add(new BigDecimal(cell));
      }
    }
    return sum;
  }

  private static BigDecimal organicOn(String platform, String column, String date) {
    for (Map<String, String> row : rows) {
      if (row.get("platform").equals(platform)
          && row.get("date").equals(date)
          && row.get("campaign").isEmpty()
          && row.get("content").isEmpty()
          && row.get("product").isEmpty()) {
        return new BigDecimal(row.get(column));
      }
    }
    throw new AssertionError("no organic row of " + platform + " on " + date);
  }

  private static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  private static BigDecimal days(String from, String to) {
    return BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to)));
  }

  /** The default policy: on track at 90% of the pace, at risk from 70%. */
  private static String status(BigDecimal progress, BigDecimal expected, boolean isFinal) {
    if (progress.compareTo(BigDecimal.ONE) >= 0) {
      return "achieved";
    }
    if (isFinal) {
      return "missed";
    }
    BigDecimal pace = div(progress, expected);
    if (pace.compareTo(new BigDecimal("0.9")) >= 0) {
      return "on_track";
    }
    return pace.compareTo(new BigDecimal("0.7")) >= 0 ? "at_risk" : "off_track";
  }

  /**
   * Checks a goal whose metric counts whole things (reach, sales): its target is printed as the
   * whole number that reaches it (an increase: up), and its progress is against the exact target.
   */
  private static void checkCount(
      String goal, BigDecimal current, BigDecimal target, BigDecimal progress, String status) {
    BigDecimal whole = target.setScale(0, java.math.RoundingMode.CEILING);
    assertThat(printed.get(goal).get("target").decimalValue())
        .as(goal + " target")
        .isEqualByComparingTo(whole);
    check(goal, current, whole, progress, status);
  }

  private static void check(
      String goal, BigDecimal current, BigDecimal target, BigDecimal progress, String status) {
    JsonNode g = printed.get(goal);
    assertThat(g).as(goal).isNotNull();
    assertThat(g.get("current").decimalValue()).as(goal + " current").isEqualByComparingTo(current);
    assertThat(g.get("target").decimalValue().subtract(target).abs())
        .as(goal + " target " + g.get("target") + " vs " + target)
        .isLessThan(TOLERANCE.multiply(target.abs().max(BigDecimal.ONE)));
    assertThat(g.get("progress").decimalValue().subtract(progress).abs())
        .as(goal + " progress " + g.get("progress") + " vs " + progress)
        .isLessThan(TOLERANCE);
    assertThat(g.get("status").asText()).as(goal + " status").isEqualTo(status);
  }

  // ---- flows: the value to date against a cumulative pace ----

  @Test
  void backToSchoolLeadsSumTheCampaignsLeadsSinceTheStart() {
    for (String[] g :
        new String[][] {
          {"back-to-school-leads-facebook", "facebook", "500"},
          {"back-to-school-leads-x", "x", "150"}
        }) {
      BigDecimal leads =
          sum(
              "leads",
              is("platform", g[1]).and(is("campaign", "Back to school")),
              "2026-08-05",
              "2026-08-20");
      BigDecimal target = new BigDecimal(g[2]);
      BigDecimal progress = div(leads, target);
      // 16 of the 28 days from 5 August to 1 September
      BigDecimal expected = div(BigDecimal.valueOf(16), BigDecimal.valueOf(28));
      check(g[0], leads, target, progress, status(progress, expected, false));
    }
  }

  @Test
  void facebookReachIsAugustsSummedReachAgainstJulys() {
    Predicate<Map<String, String>> facebook = is("platform", "facebook");
    BigDecimal august = sum("reach", facebook, "2026-08-01", "2026-08-20");
    BigDecimal july = sum("reach", facebook, "2026-07-01", "2026-07-31");
    BigDecimal target = july.multiply(new BigDecimal("1.4"));
    BigDecimal progress = div(august, target);
    BigDecimal expected = div(BigDecimal.valueOf(20), BigDecimal.valueOf(31));
    checkCount(
        "facebook-reach-40-percent", august, target, progress, status(progress, expected, false));
    assertThat(printed.get("facebook-reach-40-percent").get("notes").toString())
        .contains("summed_over_days");
  }

  @Test
  void preHolidaySalesAreQ3SoFarAgainstQ2() {
    Predicate<Map<String, String>> shoes =
        is("product", "skateboard shoes")
            .and(r -> List.of("facebook", "instagram", "pinterest").contains(r.get("platform")));
    BigDecimal q3 = sum("sales", shoes, "2026-07-01", "2026-08-20");
    BigDecimal q2 = sum("sales", shoes, "2026-04-01", "2026-06-30");
    BigDecimal target = q2.multiply(new BigDecimal("1.12"));
    BigDecimal progress = div(q3, target);
    BigDecimal expected = div(BigDecimal.valueOf(51), BigDecimal.valueOf(92));
    checkCount(
        "pre-holiday-blow-out-sales", q3, target, progress, status(progress, expected, false));
    assertThat(printed.get("pre-holiday-blow-out-sales").get("baseline").decimalValue())
        .isEqualByComparingTo(q2);
  }

  @Test
  void brandedContentIsThisMonthsSummedReachAgainstMarchs() {
    Predicate<Map<String, String>> all = r -> true;
    BigDecimal august = sum("reach", all, "2026-08-01", "2026-08-20");
    BigDecimal march = sum("reach", all, "2026-03-01", "2026-03-31");
    BigDecimal target = march.multiply(new BigDecimal("1.1"));
    BigDecimal progress = div(august, target);
    BigDecimal expected = div(BigDecimal.valueOf(20), BigDecimal.valueOf(31));
    checkCount("branded-content", august, target, progress, status(progress, expected, false));
  }

  @Test
  void aFlowPastItsDeadlineShowsItsFinalValueAndWhetherItWasMet() {
    BigDecimal june = sum("reach", is("campaign", "Feature launch"), "2026-06-01", "2026-06-30");
    BigDecimal target = BigDecimal.valueOf(650_000);
    BigDecimal progress = div(june, target);
    check("launch-campaign", june, target, progress, status(progress, BigDecimal.ONE, true));
    assertThat(printed.get("launch-campaign").get("met").asBoolean())
        .isEqualTo(june.compareTo(target) >= 0);
    assertThat(printed.get("launch-campaign").get("forecast").get("projectedAtDeadline").isNull())
        .isTrue();

    BigDecimal revenue = sum("revenue", r -> true, "2026-01-12", "2026-01-18");
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    check("million-dollars-next-week", revenue, million, div(revenue, million), "missed");
    assertThat(printed.get("million-dollars-next-week").get("unit").asText()).isEqualTo("USD");
    assertThat(printed.get("million-dollars-next-week").get("met").asBoolean()).isFalse();
  }

  @Test
  void skateboardShoeSalesAreThisWeeksCampaignSalesOnInstagram() {
    BigDecimal week =
        sum(
            "sales",
            is("platform", "instagram")
                .and(is("campaign", "Pre-Holiday Blow Out"))
                .and(is("product", "skateboard shoes")),
            "2026-08-17",
            "2026-08-20");
    BigDecimal target = BigDecimal.valueOf(300);
    BigDecimal progress = div(week, target);
    // Monday 17 to Thursday 20 August: 4 of the ISO week's 7 days
    BigDecimal expected = div(BigDecimal.valueOf(4), BigDecimal.valueOf(7));
    check(
        "skateboard-shoe-sales-instagram",
        week,
        target,
        progress,
        status(progress, expected, false));
    assertThat(printed.get("skateboard-shoe-sales-instagram").get("window").asText())
        .isEqualTo("2026-08-17/2026-08-23");
    assertThat(
            printed.get("skateboard-shoe-sales-instagram").get("expectedProgress").decimalValue())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("1E-12")));
  }

  @Test
  void skincareInfluencersCountTheSigningsOfTheQuarterSoFar() {
    BigDecimal signed =
        sum("influencers", is("product", "skincare line"), "2026-07-01", "2026-08-20");
    BigDecimal target = BigDecimal.valueOf(3);
    BigDecimal progress = div(signed, target);
    // judged on the day of the latest signing, 3 August: 34 of the quarter's 92 days
    BigDecimal expected = div(BigDecimal.valueOf(34), BigDecimal.valueOf(92));
    check("skincare-influencers", signed, target, progress, status(progress, expected, false));
  }

  // ---- stocks: the level, the last observation on or before the date ----

  @Test
  void followerGoalsAreJudgedOnTheLatestCount() {
    BigDecimal instagram = organicOn("instagram", "followers", "2026-08-20");
    BigDecimal target = BigDecimal.valueOf(10_080);
    BigDecimal progress =
        div(instagram.subtract(BigDecimal.valueOf(8_400)), BigDecimal.valueOf(1_680));
    BigDecimal expected = div(days("2026-07-01", "2026-08-20"), days("2026-07-01", "2026-09-30"));
    check(
        "instagram-followers-20-percent",
        instagram,
        target,
        progress,
        status(progress, expected, false));

    BigDecimal linkedin = organicOn("linkedin", "followers", "2026-06-30");
    BigDecimal doubled = BigDecimal.valueOf(2_400);
    BigDecimal linkedinProgress =
        div(linkedin.subtract(BigDecimal.valueOf(1_200)), BigDecimal.valueOf(1_200));
    check(
        "double-linkedin-followers",
        linkedin,
        doubled,
        linkedinProgress,
        status(linkedinProgress, BigDecimal.ONE, true));

    BigDecimal million = BigDecimal.valueOf(1_000_000);
    BigDecimal march = organicOn("instagram", "followers", "2026-03-31");
    check("million-instagram-followers", march, million, div(march, million), "missed");
  }

  // ---- rates: the window's KPI as a ratio of sums ----

  @Test
  void featureAwarenessIsInstagramsEngagementRateOverTheLast28Days() {
    Predicate<Map<String, String>> instagram = is("platform", "instagram");
    BigDecimal rate = err(instagram, "2026-07-24", "2026-08-20");
    BigDecimal may = err(instagram, "2026-05-04", "2026-05-31");
    BigDecimal target = may.multiply(new BigDecimal("1.1"));
    BigDecimal progress = div(rate.subtract(may), target.subtract(may));
    BigDecimal expected = div(days("2026-06-01", "2026-08-20"), days("2026-06-01", "2026-12-31"));
    check("feature-awareness", rate, target, progress, status(progress, expected, false));
    assertThat(printed.get("feature-awareness").get("window").asText())
        .isEqualTo("2026-07-24/2026-08-20");
  }

  /** Instagram's engagement set: likes + comments + shares + saves, over summed reach. */
  private static BigDecimal err(Predicate<Map<String, String>> rows, String from, String to) {
    BigDecimal engagements =
        sum("likes", rows, from, to)
            .add(sum("comments", rows, from, to))
            .add(sum("shares", rows, from, to))
            .add(sum("saves", rows, from, to));
    return div(engagements, sum("reach", rows, from, to));
  }

  @Test
  void smbNpsIsTheQuarterSoFarAgainstTheFirstQuarter() {
    Predicate<Map<String, String>> survey = is("content", "SMB survey");
    BigDecimal q3 = nps(survey, "2026-07-01", "2026-08-20");
    BigDecimal q1 = nps(survey, "2026-01-01", "2026-03-31");
    BigDecimal target = BigDecimal.valueOf(30);
    BigDecimal progress = div(q3.subtract(q1), target.subtract(q1));
    // judged on the latest survey, Monday 17 August
    BigDecimal expected = div(days("2026-04-01", "2026-08-17"), days("2026-04-01", "2026-12-31"));
    check("smb-nps", q3, target, progress, status(progress, expected, false));
  }

  private static BigDecimal nps(Predicate<Map<String, String>> rows, String from, String to) {
    BigDecimal net =
        sum("nps_promoters", rows, from, to).subtract(sum("nps_detractors", rows, from, to));
    return div(net.multiply(BigDecimal.valueOf(100)), sum("nps_responses", rows, from, to));
  }

  // ---- check-ins, where no data measures the goal ----

  @Test
  void influencerGoalsAreMeasuredByTheirCheckIns() {
    check(
        "influencer-relations",
        BigDecimal.valueOf(104),
        BigDecimal.valueOf(100),
        new BigDecimal("1.04"),
        "achieved");
    // 6 of 12 by the check-in of 31 July; the phase asks 6 by 30 June, then 12 by 31 December
    BigDecimal expectedValue =
        BigDecimal.valueOf(6)
            .add(
                BigDecimal.valueOf(6)
                    .multiply(div(BigDecimal.valueOf(31), BigDecimal.valueOf(184))));
    BigDecimal expected = div(expectedValue, BigDecimal.valueOf(12));
    BigDecimal progress = new BigDecimal("0.5");
    check(
        "influencer-partnerships",
        BigDecimal.valueOf(6),
        BigDecimal.valueOf(12),
        progress,
        status(progress, expected, false));
    assertThat(printed.get("influencer-partnerships").get("expectedProgress").decimalValue())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("1E-12")));
  }

  @Test
  void aGoalNotStartedHasNoValueYetAndSaysWhy() {
    JsonNode pinterest = printed.get("pinterest-new-items-traffic");
    assertThat(pinterest.get("status").asText()).isEqualTo("not_started");
    assertThat(pinterest.get("notes").toString()).contains("not_started");
  }

  // ---- the Campfire objectives: roll-ups of their sub-goals' clamped progress ----

  private static BigDecimal clamp(BigDecimal progress) {
    return progress.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  private static BigDecimal rollup(String objective, String method) {
    for (JsonNode o : rollups) {
      if (o.get("objective").asText().equals(objective)
          && o.get("method").asText().equals(method)) {
        return o.get("progress").decimalValue();
      }
    }
    throw new AssertionError("no " + method + " roll-up of " + objective);
  }

  private static void checkRollup(String objective, BigDecimal... children) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = BigDecimal.ONE;
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal c : children) {
      BigDecimal p = clamp(c);
      sum = sum.add(p);
      min = min.min(p);
      max = max.max(p);
    }
    // every sub-goal has weight 1
    BigDecimal mean = div(sum, BigDecimal.valueOf(children.length));
    assertThat(rollup(objective, "weighted_mean").subtract(mean).abs())
        .as(objective + " weighted mean")
        .isLessThan(TOLERANCE);
    assertThat(rollup(objective, "and_minimum").subtract(min).abs())
        .as(objective + " AND")
        .isLessThan(TOLERANCE);
    assertThat(rollup(objective, "or_maximum").subtract(max).abs())
        .as(objective + " OR")
        .isLessThan(TOLERANCE);
  }

  @Test
  void theCampfireObjectivesRollUpTheirSubGoals() {
    // expand-segment: influencer-relations (104 of 100), influencer-partnerships (6 of 12) and
    // branded-content (August's summed reach against 1.1 x March's)
    BigDecimal august = sum("reach", r -> true, "2026-08-01", "2026-08-20");
    BigDecimal march = sum("reach", r -> true, "2026-03-01", "2026-03-31");
    checkRollup(
        "expand-segment",
        new BigDecimal("1.04"),
        new BigDecimal("0.5"),
        div(august, march.multiply(new BigDecimal("1.1"))));

    // ship-features: launch-campaign (June's summed reach of 650,000) and feature-awareness
    BigDecimal june = sum("reach", is("campaign", "Feature launch"), "2026-06-01", "2026-06-30");
    Predicate<Map<String, String>> instagram = is("platform", "instagram");
    BigDecimal rate = err(instagram, "2026-07-24", "2026-08-20");
    BigDecimal may = err(instagram, "2026-05-04", "2026-05-31");
    BigDecimal awareness =
        div(rate.subtract(may), may.multiply(new BigDecimal("1.1")).subtract(may));
    checkRollup("ship-features", div(june, BigDecimal.valueOf(650_000)), awareness);

    // raise-smb-nps: smb-nps alone
    Predicate<Map<String, String>> survey = is("content", "SMB survey");
    BigDecimal q3 = nps(survey, "2026-07-01", "2026-08-20");
    BigDecimal q1 = nps(survey, "2026-01-01", "2026-03-31");
    checkRollup("raise-smb-nps", div(q3.subtract(q1), BigDecimal.valueOf(30).subtract(q1)));
  }

  @Test
  void everyGoalWithAMetricThatHasStartedShowsANumberAndBothCampfireObjectivesRollUp() {
    for (JsonNode g : printed.values()) {
      boolean started = !g.path("status").asText().equals("not_started");
      if (!g.get("metric").isNull() && started) {
        assertThat(g.get("current").isNumber()).as(g.get("goal").asText()).isTrue();
      }
    }
    List<String> rolled = new ArrayList<>();
    for (JsonNode o : rollups) {
      if (o.get("progress").isNumber()) {
        rolled.add(o.get("objective").asText() + "/" + o.get("method").asText());
      }
    }
    assertThat(rolled)
        .contains(
            "expand-segment/weighted_mean",
            "ship-features/weighted_mean",
            "expand-segment/and_minimum",
            "ship-features/or_maximum");
  }
}
