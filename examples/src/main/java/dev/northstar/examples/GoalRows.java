package dev.northstar.examples;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTableBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows of the generated metrics that the example goals measure beyond the platforms' organic
 * and campaign rows, drawn from a random stream of their own so that the other rows keep their
 * values:
 *
 * <ul>
 *   <li>skateboard-shoe sales on Facebook, Instagram and Pinterest every day of the year, about
 *       1,150 pairs a day over the three (product "skateboard shoes", no campaign);
 *   <li>influencers signed for the skincare line on Instagram, on three days of the third quarter;
 *   <li>the SMB customer survey every Monday (content "SMB survey", no platform): NPS answers, with
 *       promoters rising and detractors falling over the year;
 *   <li>the "Feature launch" campaign on Facebook and Instagram in June.
 * </ul>
 */
final class GoalRows {

  static final MetricId INFLUENCERS = MetricId.of("influencers");
  static final MetricId NPS_RESPONSES = MetricId.of("nps_responses");
  static final MetricId NPS_PROMOTERS = MetricId.of("nps_promoters");
  static final MetricId NPS_DETRACTORS = MetricId.of("nps_detractors");

  /** The measures these rows add to the table. */
  static final MetricId[] MEASURES = {INFLUENCERS, NPS_RESPONSES, NPS_PROMOTERS, NPS_DETRACTORS};

  /** The days an influencer signed for the skincare line. */
  static final List<LocalDate> SKINCARE_SIGNINGS =
      List.of(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 9, 22));

  private static final LocalDate LAUNCH_START = LocalDate.of(2026, 6, 1);
  private static final LocalDate LAUNCH_END = LocalDate.of(2026, 6, 30);

  private GoalRows() {}

  /** Leaves this class's measures missing on a row of another kind. */
  static void none(MetricTableBuilder rows) {
    for (MetricId m : MEASURES) {
      rows.missing(m);
    }
  }

  /** Adds the day's rows. */
  static void add(MetricTableBuilder rows, SplittableRandom random, LocalDate day) {
    for (int i : new int[] {0, 1, 3}) {
      long sales = Math.round(383 * DailyMetrics.factor(random, 0.06));
      rows.dimension(Dimension.PLATFORM, DailyMetrics.PROFILES.get(i).platform())
          .dimension(DailyMetrics.PRODUCT, "skateboard shoes")
          .date(day)
          .count(DailyMetrics.SALES, sales)
          .amount(
              DailyMetrics.REVENUE,
              DailyMetrics.money(sales * 52 * DailyMetrics.factor(random, 0.1)));
      none(rows);
      rows.endRow();
    }
    if (SKINCARE_SIGNINGS.contains(day)) {
      rows.dimension(Dimension.PLATFORM, "instagram")
          .dimension(DailyMetrics.PRODUCT, "skincare line")
          .date(day)
          .count(INFLUENCERS, 1)
          .missing(NPS_RESPONSES)
          .missing(NPS_PROMOTERS)
          .missing(NPS_DETRACTORS)
          .endRow();
    }
    if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
      survey(rows, random, day);
    }
    if (DailyMetrics.within(day, LAUNCH_START, LAUNCH_END)) {
      for (int i : new int[] {0, 1}) {
        DailyMetrics.campaign(
            rows,
            random,
            day,
            DailyMetrics.PROFILES.get(i),
            "Feature launch",
            null,
            12_000,
            2,
            150,
            0);
      }
    }
  }

  /** A week's NPS answers: promoters from 38% to 50% over the year, detractors from 24% to 16%. */
  private static void survey(MetricTableBuilder rows, SplittableRandom random, LocalDate day) {
    double year = (day.getDayOfYear() - 1) / 365.0;
    long answers = Math.max(10, Math.round(40 + DailyMetrics.noise(random, 6)));
    long promoters = Math.round(answers * (0.38 + 0.12 * year) * DailyMetrics.factor(random, 0.1));
    long detractors =
        Math.min(
            answers - promoters,
            Math.round(answers * (0.24 - 0.08 * year) * DailyMetrics.factor(random, 0.1)));
    rows.dimension(Dimension.CONTENT, "SMB survey")
        .date(day)
        .missing(INFLUENCERS)
        .count(NPS_RESPONSES, answers)
        .count(NPS_PROMOTERS, promoters)
        .count(NPS_DETRACTORS, detractors)
        .endRow();
  }
}
