package dev.northstar.examples;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The generator of {@code examples/data/generated/daily-metrics-2026.csv}: a realistic year of
 * synthetic daily metrics for five platforms, with two campaigns and one content series that the
 * example goals in {@code examples/goals/} are about.
 *
 * <p>Each day has one organic row per platform (reach, impressions, likes, comments, shares, saves,
 * clicks, page views, leads, sales, revenue, spend and the follower count), plus rows for the
 * campaigns running that day ("Back to school" on Facebook and X from 5 August to 1 September;
 * "Pre-Holiday Blow Out" for skateboard shoes on Facebook, Instagram and Pinterest in the third
 * quarter; "Feature launch" on Facebook and Instagram in June) and for Pinterest's "New items" pins
 * from September. Followers are counted only on organic rows; LinkedIn and X do not report saves,
 * so theirs are missing. The rows of {@link GoalRows} add what the other example goals measure:
 * skateboard-shoe sales all year, influencers signed and the weekly SMB survey's NPS answers.
 *
 * <p>The numbers come from {@link SplittableRandom} with the fixed {@link #SEED} and {@link
 * StrictMath}, so every JDK regenerates the same bytes:
 *
 * <pre>{@code ./mvnw -q -pl examples -am package -DskipTests && java -cp ... DailyMetrics out.csv}
 * </pre>
 */
public final class DailyMetrics {
  /** The seed of the committed file. */
  public static final long SEED = 20_260_101L;

  /** The first day of the data. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  /** The last day of the data. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

  static final Currency USD = Currency.getInstance("USD");
  static final Dimension PRODUCT = Dimension.of("product");
  static final MetricId POSTS = MetricId.of("posts");
  static final MetricId REACH = MetricId.of("reach");
  static final MetricId IMPRESSIONS = MetricId.of("impressions");
  static final MetricId LIKES = MetricId.of("likes");
  static final MetricId COMMENTS = MetricId.of("comments");
  static final MetricId SHARES = MetricId.of("shares");
  static final MetricId SAVES = MetricId.of("saves");
  static final MetricId CLICKS = MetricId.of("clicks");
  static final MetricId PAGE_VIEWS = MetricId.of("page_views");
  static final MetricId LEADS = MetricId.of("leads");
  static final MetricId SALES = MetricId.of("sales");
  static final MetricId REVENUE = MetricId.of("revenue");
  static final MetricId SPEND = MetricId.of("spend");
  static final MetricId FOLLOWERS = MetricId.of("followers");

  /** Organic profile of a platform: audience, growth per day, and how its posts perform. */
  record Profile(
      String platform,
      double followersOnJan1,
      double growthFirstHalf,
      double growthSecondHalf,
      double postsPerDay,
      double reachPerFollower,
      double engagementRate,
      boolean reportsSaves) {}

  static final List<Profile> PROFILES =
      List.of(
          new Profile("facebook", 15_000, 0.0004, 0.0005, 2, 1.65, 0.031, true),
          new Profile("instagram", 6_100, 0.00178, 0.0021, 1.5, 1.4, 0.045, true),
          new Profile("linkedin", 1_200, 0.0036, 0.0015, 1, 1.9, 0.028, false),
          new Profile("pinterest", 2_500, 0.001, 0.0012, 3, 2.2, 0.012, true),
          new Profile("x", 4_000, 0.0006, 0.0006, 4, 1.1, 0.018, false));

  private DailyMetrics() {}

  /**
   * Writes the generated table as Northstar's CSV.
   *
   * @param args the output file, by default {@code examples/data/generated/daily-metrics-2026.csv}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out =
        Path.of(args.length > 0 ? args[0] : "examples/data/generated/daily-metrics-2026.csv");
    MetricCsv.write(generate(SEED), out);
  }

  /**
   * Generates the year of data.
   *
   * @param seed the random seed; {@link #SEED} gives the committed file
   * @return the table, rows by date, then platform, organic first
   */
  public static MetricTable generate(long seed) {
    TableSchema schema =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM, Dimension.CAMPAIGN, Dimension.CONTENT, PRODUCT)
            .dated()
            .counts(
                POSTS,
                REACH,
                IMPRESSIONS,
                LIKES,
                COMMENTS,
                SHARES,
                SAVES,
                CLICKS,
                PAGE_VIEWS,
                LEADS,
                SALES)
            .measure(Measure.amount(REVENUE, USD, 2))
            .measure(Measure.amount(SPEND, USD, 2))
            .counts(FOLLOWERS)
            .counts(GoalRows.MEASURES)
            .build();
    MetricTableBuilder rows = MetricTable.builder(schema);
    SplittableRandom random = new SplittableRandom(seed);
    // The rows added for the goals' own measures draw from a stream of their own.
    SplittableRandom extra = new SplittableRandom(seed + 1);
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      for (Profile p : PROFILES) {
        organic(rows, random, p, day);
      }
      campaigns(rows, random, day);
      GoalRows.add(rows, extra, day);
    }
    return rows.build();
  }

  private static void organic(
      MetricTableBuilder rows, SplittableRandom random, Profile p, LocalDate day) {
    double followers = followers(p, day);
    double weekday = isWeekend(day) ? 0.8 : 1.05;
    long posts = Math.max(0, Math.round(p.postsPerDay() * weekday + noise(random, 0.6)));
    double reach =
        followers * p.reachPerFollower() * weekday * factor(random, 0.12) * (posts == 0 ? 0.35 : 1);
    Post post = post(random, reach, p.engagementRate());
    double sales = post.clicks() * 0.004 * factor(random, 0.3);
    rows.dimension(Dimension.PLATFORM, p.platform()).date(day).count(POSTS, posts);
    post.writeTo(rows, p.reportsSaves());
    rows.count(PAGE_VIEWS, Math.round(post.clicks() * 0.8 * factor(random, 0.1)))
        .count(LEADS, Math.round(post.clicks() * 0.01 * factor(random, 0.4)))
        .count(SALES, Math.round(sales))
        .amount(REVENUE, money(Math.round(sales) * 45 * factor(random, 0.1)))
        .amount(SPEND, money(0))
        .count(FOLLOWERS, Math.round(followers));
    GoalRows.none(rows);
    rows.endRow();
  }

  private static void campaigns(MetricTableBuilder rows, SplittableRandom random, LocalDate day) {
    if (within(day, LocalDate.of(2026, 8, 5), LocalDate.of(2026, 9, 1))) {
      campaign(rows, random, day, PROFILES.get(0), "Back to school", null, 7_500, 18.5, 120, 0);
      campaign(rows, random, day, PROFILES.get(4), "Back to school", null, 2_600, 5.2, 40, 0);
    }
    if (within(day, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))) {
      double ramp = 1 + 0.25 * (day.getDayOfYear() - 182) / 91.0;
      for (int i : new int[] {0, 1, 3}) {
        campaign(
            rows,
            random,
            day,
            PROFILES.get(i),
            "Pre-Holiday Blow Out",
            "skateboard shoes",
            3_000 * ramp,
            1.5,
            60,
            // about 120 more pairs a day over the three platforms, 25% more at the end
            40 * ramp);
      }
    }
    if (!day.isBefore(LocalDate.of(2026, 9, 1))) {
      double growth = StrictMath.max(0, day.getDayOfYear() - 244) * 0.0045;
      Post pins = post(random, 9_000 * (1 + growth) * factor(random, 0.1), 0.012);
      rows.dimension(Dimension.PLATFORM, "pinterest")
          .dimension(Dimension.CONTENT, "New items")
          .date(day)
          .count(POSTS, 2);
      pins.writeTo(rows, true);
      GoalRows.none(rows);
      rows.count(PAGE_VIEWS, Math.round(3_000 * (1 + growth) * factor(random, 0.08)))
          .count(LEADS, 0)
          .count(SALES, Math.round(pins.clicks() * 0.005))
          .amount(REVENUE, money((double) (Math.round(pins.clicks() * 0.005) * 38)))
          .amount(SPEND, money(0))
          .missing(FOLLOWERS)
          .endRow();
    }
  }

  static void campaign(
      MetricTableBuilder rows,
      SplittableRandom random,
      LocalDate day,
      Profile p,
      String name,
      @Nullable String product,
      double reachPerDay,
      double leadsPerDay,
      double spendPerDay,
      double productSalesPerDay) {
    Post post = post(random, reachPerDay * factor(random, 0.15), p.engagementRate() * 1.2);
    long sales =
        Math.round(
            leadsPerDay * 0.3 * factor(random, 0.3) + productSalesPerDay * factor(random, 0.06));
    rows.dimension(Dimension.PLATFORM, p.platform()).dimension(Dimension.CAMPAIGN, name);
    if (product != null) {
      rows.dimension(PRODUCT, product);
    }
    rows.date(day).count(POSTS, 1);
    post.writeTo(rows, p.reportsSaves());
    GoalRows.none(rows);
    rows.count(PAGE_VIEWS, Math.round(post.clicks() * 0.85))
        .count(
            LEADS,
            Math.max(0, Math.round(leadsPerDay + noise(random, StrictMath.sqrt(leadsPerDay)))))
        .count(SALES, sales)
        .amount(REVENUE, money(sales * 52 * factor(random, 0.1)))
        .amount(SPEND, money(spendPerDay * factor(random, 0.05)))
        .missing(FOLLOWERS)
        .endRow();
  }

  /** The interactions of a day's posts on one row. */
  private record Post(
      long reach,
      long impressions,
      long likes,
      long comments,
      long shares,
      long saves,
      long clicks) {
    void writeTo(MetricTableBuilder rows, boolean withSaves) {
      rows.count(REACH, reach)
          .count(IMPRESSIONS, impressions)
          .count(LIKES, likes)
          .count(COMMENTS, comments)
          .count(SHARES, shares);
      if (withSaves) {
        rows.count(SAVES, saves);
      } else {
        rows.missing(SAVES);
      }
      rows.count(CLICKS, clicks);
    }
  }

  private static Post post(SplittableRandom random, double reach, double rate) {
    double engaged = reach * rate * factor(random, 0.2);
    return new Post(
        Math.round(reach),
        Math.round(reach * 1.6 * factor(random, 0.05)),
        Math.round(engaged * 0.72),
        Math.round(engaged * 0.12 * factor(random, 0.2)),
        Math.round(engaged * 0.09 * factor(random, 0.2)),
        Math.round(engaged * 0.07 * factor(random, 0.2)),
        Math.round(reach * 0.011 * factor(random, 0.2)));
  }

  private static double followers(Profile p, LocalDate day) {
    int d = day.getDayOfYear() - 1;
    int firstHalf = Math.min(d, 180);
    int secondHalf = Math.max(0, d - 180);
    return p.followersOnJan1()
        * StrictMath.exp(firstHalf * p.growthFirstHalf() + secondHalf * p.growthSecondHalf());
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  static boolean within(LocalDate day, LocalDate first, LocalDate last) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** A multiplicative noise factor around 1, never below 0.05. */
  static double factor(SplittableRandom random, double spread) {
    return StrictMath.max(0.05, 1 + noise(random, spread));
  }

  /** A normal deviate by Box-Muller, from uniform doubles only, so it is the same on every JDK. */
  static double noise(SplittableRandom random, double sd) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return sd * StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  static BigDecimal money(double dollars) {
    return BigDecimal.valueOf(StrictMath.max(0, dollars)).setScale(2, RoundingMode.HALF_EVEN);
  }
}
