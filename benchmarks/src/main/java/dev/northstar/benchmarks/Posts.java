package dev.northstar.benchmarks;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.RowMapping;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark data: post rows of 8 platforms over 365 days, drawn with a fixed seed, in random
 * order, as primitive columns, as records and as a Northstar table.
 */
final class Posts {

  /** The seed of every data set. */
  static final long SEED = 20_261_201L;

  /** The platforms, by their Northstar ids (the platform dimension's values). */
  static final String[] PLATFORMS = {
    "facebook", "instagram", "linkedin", "x", "tiktok", "youtube", "pinterest", "threads"
  };

  /** Days in the data; with the platforms, {@code 8 x 365 = 2,920} groups. */
  static final int DAYS = 365;

  /** The first day of the data. */
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  static final Currency USD = Currency.getInstance("USD");

  /** Engagement rate by reach with engagements = likes + comments + shares on every platform. */
  static final RatioKpi ERR_LCS =
      RatioKpi.builder(MetricId.of("err_lcs"))
          .name("Engagement rate by reach (likes + comments + shares)")
          .numerator(LinearSum.parse("likes + comments + shares"))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();

  /** A post row as a user's record; serializable for Beam's {@code SerializableCoder}. */
  record Post(
      String platform,
      LocalDate date,
      long likes,
      long comments,
      long shares,
      long reach,
      long clicks,
      long impressions,
      long spendCents)
      implements Serializable {}

  /** The group key of the record contenders. */
  record Key(String platform, LocalDate date) {}

  /** How a {@link Post} maps to a table for the group-by: the columns it reads. */
  static final RowMapping<Post> MAPPING =
      RowMapping.<Post>builder()
          .dimension(Dimension.PLATFORM, Post::platform)
          .date(Post::date)
          .count(CoreMetrics.LIKES, Post::likes)
          .count(CoreMetrics.COMMENTS, Post::comments)
          .count(CoreMetrics.SHARES, Post::shares)
          .count(CoreMetrics.REACH, Post::reach)
          .build();

  final int rows;
  final int[] platform;
  final int[] day;
  final int[] epochDay;
  final long[] likes;
  final long[] comments;
  final long[] shares;
  final long[] reach;
  final long[] clicks;
  final long[] impressions;
  final long[] spendCents;

  /** Draws {@code rows} rows. */
  Posts(int rows) {
    this.rows = rows;
    platform = new int[rows];
    day = new int[rows];
    epochDay = new int[rows];
    likes = new long[rows];
    comments = new long[rows];
    shares = new long[rows];
    reach = new long[rows];
    clicks = new long[rows];
    impressions = new long[rows];
    spendCents = new long[rows];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < rows; i++) {
      platform[i] = random.nextInt(PLATFORMS.length);
      day[i] = random.nextInt(DAYS);
      epochDay[i] = firstEpochDay() + day[i];
      long r = random.nextInt(20_000);
      reach[i] = r;
      impressions[i] = r + random.nextInt(5_000);
      likes[i] = random.nextInt(1 + (int) (r / 20));
      comments[i] = random.nextInt(1 + (int) (r / 200));
      shares[i] = random.nextInt(1 + (int) (r / 400));
      clicks[i] = random.nextInt(1 + (int) (r / 50));
      spendCents[i] = random.nextInt(10_000);
    }
  }

  /** The epoch day of the first day. */
  static int firstEpochDay() {
    return (int) FIRST_DAY.toEpochDay();
  }

  /** The columns as a Northstar table, built from the arrays. */
  MetricTable table() {
    return MetricTable.columns(rows)
        .dimension(Dimension.PLATFORM, PLATFORMS, platform)
        .dates(epochDay)
        .measure(Measure.count(CoreMetrics.LIKES), likes)
        .measure(Measure.count(CoreMetrics.COMMENTS), comments)
        .measure(Measure.count(CoreMetrics.SHARES), shares)
        .measure(Measure.count(CoreMetrics.REACH), reach)
        .measure(Measure.count(CoreMetrics.CLICKS), clicks)
        .measure(Measure.count(CoreMetrics.IMPRESSIONS), impressions)
        .measure(Measure.amount(CoreMetrics.SPEND, USD), spendCents)
        .build();
  }

  /** The rows as records; platforms and dates are shared instances, as a reader would intern. */
  List<Post> records() {
    LocalDate[] dates = new LocalDate[DAYS];
    for (int d = 0; d < DAYS; d++) {
      dates[d] = FIRST_DAY.plusDays(d);
    }
    List<Post> list = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      list.add(
          new Post(
              PLATFORMS[platform[i]],
              dates[day[i]],
              likes[i],
              comments[i],
              shares[i],
              reach[i],
              clicks[i],
              impressions[i],
              spendCents[i]));
    }
    return list;
  }

  /** The group-by query of the engagement rate by reach, by platform and day. */
  static KpiQuery errByPlatformAndDay() {
    return KpiQuery.builder()
        .kpis(ERR_LCS)
        .groupBy(Dimension.PLATFORM)
        .bucket(TimeBucket.DAY)
        .build();
  }
}
